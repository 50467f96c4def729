// Properties of error objects
const e = new RangeError('out of range');
console.log(e.name, e.message, e.toString(), Object.keys(e), e.hasOwnProperty('message'), e.hasOwnProperty('name'));
console.log(Object.getPrototypeOf(e) === RangeError.prototype, RangeError.prototype.name, e.constructor.name);
e.code = 'E_RANGE';
e.details = { min: 0, max: 10 };
console.log(Object.keys(e), e.code, e.details.max);
const plain = new Error('plain');
console.log('stack' in plain, typeof plain.stack, plain.stack.split('\n')[0]);
try { null.x; } catch (err) {
  console.log(err.constructor === TypeError, err.name, Object.getPrototypeOf(err) === TypeError.prototype, typeof err.message);
}
try { undefinedFunction(); } catch (err) { console.log(err.name, err.message, err instanceof ReferenceError); }
const copy = Object.assign({}, new Error('copied'));
console.log(copy, JSON.stringify(new Error('json')), String(new Error('str')));
class MyErr extends Error {}
const m = new MyErr('mine');
console.log(m.name, String(m), m instanceof MyErr, m.constructor.name, Object.keys(m));

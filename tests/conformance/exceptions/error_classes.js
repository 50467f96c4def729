// Error classes: name, message, instanceof, String(e)
const classes = [Error, TypeError, RangeError, SyntaxError, ReferenceError];
for (const C of classes) {
  const e = new C('msg for ' + C.name);
  console.log(e.name, '|', e.message, '|', String(e), '|', e instanceof C, e instanceof Error, e.constructor === C);
}
const noNew = TypeError('called without new');
console.log(noNew instanceof TypeError, noNew.message, noNew.name);
console.log(new Error().message === '', String(new Error()), String(new TypeError()), new Error(undefined).message === '');
console.log(new Error(42).message, typeof new Error(42).message, new Error(null).message, new Error({}).message);
console.log(Object.keys(new Error('x')), 'message' in new Error('x'), new Error('x').hasOwnProperty('message'), new Error().hasOwnProperty('message'));
console.log(typeof new Error('x').stack, new Error('x').stack.split('\n')[0]);
console.log(new RangeError('r') instanceof TypeError, TypeError.prototype instanceof Error, Error.prototype.toString.call({ name: 'N', message: 'M' }));
const e = new Error('mutable');
e.message = 'changed';
e.name = 'Renamed';
console.log(String(e), e.toString());
console.log(Error.prototype.toString.call({}), Error.prototype.toString.call({ message: 'only msg' }), Error.prototype.toString.call({ name: 'only name' }));
console.log(Error.name, TypeError.name, Error.length, typeof Error.prototype.toString);

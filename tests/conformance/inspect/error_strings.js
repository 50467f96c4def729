// Errors are printed via String()/message, never directly (stack traces hold paths)
const errs = [new Error('plain'), new TypeError('type'), new RangeError('range'), new SyntaxError('syntax'), new ReferenceError('ref')];
for (const e of errs) console.log(String(e), '|', e.name, '|', e.message, '|', `${e}`, '|', e + '');
console.log(errs.map(String));
console.log(errs.map(function (e) { return e.name; }), errs.map(function (e) { return e.message; }));
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(String(new MyError('custom')), [String(new MyError('in array'))]);
try { null.f(); } catch (e) { console.log('%s', e.message); }

// Global functions and globalThis
console.log(typeof globalThis, globalThis === globalThis.globalThis, typeof globalThis.console);
console.log(globalThis.parseInt === parseInt, globalThis.Math === Math, globalThis.JSON === JSON, globalThis.Array === Array);
console.log(isNaN(NaN), isNaN('abc'), isNaN('12'), isNaN(''), isNaN(undefined), isNaN(null), isNaN({}), isNaN([]), isNaN('  '), isNaN(true));
console.log(isFinite(1), isFinite('12'), isFinite(Infinity), isFinite(NaN), isFinite(null), isFinite('x'), isFinite('1e308'), isFinite('1e309'));
console.log(typeof undefined, undefined === void 0, typeof NaN, typeof Infinity, Infinity === 1 / 0);
globalThis.myGlobal = 'set via globalThis';
console.log(myGlobal, typeof myGlobal);
myGlobal = 'reassigned';
console.log(globalThis.myGlobal);
// node runs files as CommonJS modules: top-level declarations do not become globalThis properties
function declaredFn() {}
console.log(typeof globalThis.declaredFn);
let letVar = 1;
console.log(globalThis.letVar);
console.log(String(1), Number('2'), Boolean(''), typeof String, typeof Number, typeof Boolean);
console.log(typeof Object, typeof Function, typeof Array, typeof Map, typeof Set, typeof Error, typeof TypeError, typeof RangeError, typeof SyntaxError, typeof ReferenceError);
undefined = 5;
NaN = 1;
console.log(undefined, NaN);
console.log(Object.keys(globalThis).includes('myGlobal'));

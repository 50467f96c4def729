// typeof, void, delete, in, instanceof
console.log(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {});
console.log(typeof NaN, typeof class {}, typeof (() => 1), typeof new Number(1), typeof Number(1), typeof Math, typeof JSON);
console.log(typeof undeclaredVariable, typeof undeclaredVariable === 'undefined', typeof typeof 1);
console.log(typeof console.log, typeof Object, typeof Object.prototype, typeof Function.prototype, typeof globalThis);
console.log(void 0, void 'x', void (1 + 2), typeof void 0);
let sideEffect = 0;
void sideEffect++;
console.log(sideEffect);
const obj = { a: 1, b: 2, c: 3 };
console.log(delete obj.a, obj, 'a' in obj, delete obj.zzz, delete obj['b'], obj);
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length, 1 in arr, 0 in arr, '2' in arr, 3 in arr);
console.log('length' in arr, 'push' in arr, 'toString' in obj, 'c' in obj, 'C' in obj);
console.log(delete obj.c.nonexistent, delete 5, delete 'x'.length === false);
var globalVar = 1;
console.log(delete globalThis.globalVar, typeof globalVar);
globalThis.implicitGlobal = 2;
console.log(delete globalThis.implicitGlobal, typeof implicitGlobal);
function F() {}
const f = new F();
console.log(f instanceof F, f instanceof Object, [] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(null instanceof Object, 1 instanceof Number, new Number(1) instanceof Number, 'x' instanceof String);
console.log((function () {}) instanceof Function, Object instanceof Function, Function instanceof Object);
try { console.log(1 instanceof 1); } catch (e) { console.log(e.name); }
try { console.log('a' in 'abc'); } catch (e) { console.log(e.name); }
try { console.log({} instanceof {}); } catch (e) { console.log(e.name); }

// Built-in prototypes and constructor properties
console.log([].constructor === Array, ({}).constructor === Object, (1).constructor.name, 'x'.constructor.name);
console.log((function () {}).constructor === Function, new Map().constructor === Map, new Error('e').constructor === Error);
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(typeof Array.prototype.map, typeof String.prototype.padStart, typeof Number.prototype.toFixed);
console.log(Array.prototype.constructor === Array, Object.getPrototypeOf(Array.prototype) === Object.prototype);
function F() {}
console.log(F.prototype.constructor === F);
console.log(Function.prototype.constructor === Function, Object.getPrototypeOf(Object) === Function.prototype);
const methods = ['push', 'pop', 'map', 'filter', 'reduce', 'at', 'flat', 'flatMap', 'findLast', 'includes'];
console.log(methods.map(function (m) { return typeof Array.prototype[m]; }).join(','));
const smethods = ['at', 'padStart', 'padEnd', 'replaceAll', 'trimStart', 'trimEnd', 'codePointAt', 'localeCompare'];
console.log(smethods.map(function (m) { return typeof ''[m]; }).join(','));
console.log(Object.prototype.toString.call(Array.prototype), Array.isArray(Array.prototype));

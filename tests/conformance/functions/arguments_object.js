// The arguments object: length, indices, fewer/more args, arrows see the outer one
function count() { return arguments.length; }
console.log(count(), count(1), count(1, 2, 3), count(undefined));
function second(a) { return arguments[1]; }
console.log(second(1, 'two'), second(1));
function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(sum(), sum(1, 2, 3, 4), sum('a', 'b'));
function viaSlice() { return Array.prototype.slice.call(arguments, 1); }
console.log(viaSlice(1, 2, 3), viaSlice());
function outer() { const inner = () => arguments[0] * 2; return inner(100); }
console.log(outer(21));
function shadow(arguments) { return arguments; }
console.log(shadow(5));
function kinds() { return [typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)]; }
console.log(kinds(1));
function keys() { return Object.keys(arguments); }
console.log(keys('x', 'y', 'z'));
function shown() { return arguments; }
console.log(shown(1, 'a', [2]));
function strictLen() { 'use strict'; return arguments.length; }
console.log(strictLen(1, 2));
function apply() { return Math.max.apply(null, arguments); }
console.log(apply(3, 9, 4));

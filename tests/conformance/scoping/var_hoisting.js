// var hoisting and function scope
console.log(typeof a, a);
var a = 1;
console.log(a);
function f() {
  console.log('inner before', x);
  if (true) { var x = 'block var'; }
  console.log('inner after', x);
  for (var i = 0; i < 3; i++) {}
  console.log('loop var', i);
  return typeof y;
  var y = 2;
}
console.log(f());
var a = 2;
console.log('redeclared', a);
var b;
console.log(b);
var b;
console.log(b);
function shadow() {
  var a = 'local';
  return a;
}
console.log(shadow(), a);
function noVar() {
  implicit = 'leaks';
}
noVar();
console.log(implicit, globalThis.implicit);
var g = 'global';
// node runs files as CommonJS modules: top-level var is module-local, not a globalThis property
console.log(globalThis.g);
console.log(hoisted());
function hoisted() { return 'fn hoisted'; }
console.log(typeof notYet);
var notYet = function () { return 1; };
console.log(typeof notYet);
function dup() { return 1; }
function dup() { return 2; }
console.log(dup());
var fnOrVar = 'var value';
function fnOrVar() {}
console.log(typeof fnOrVar);

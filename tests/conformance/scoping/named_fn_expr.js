// Named function expressions and declarations
const fact = function factorial(n) { return n <= 1 ? 1 : n * factorial(n - 1); };
console.log(fact(10), fact.name, typeof factorial);
const f2 = function inner() { inner = 5; return typeof inner; };
console.log(f2());
const g = function self() { return self; };
console.log(g() === g);
const anon = function () {};
console.log(anon.name, (function () {}).name === '', (() => {}).name === '');
const obj = { method: function () {}, arrow: () => {}, short() {}, named: function nm() {} };
console.log(obj.method.name, obj.arrow.name, obj.short.name, obj.named.name);
let later;
later = function () {};
console.log(later.name);
function outer() {
  return inner2();
  function inner2() { return 'inner2 hoisted inside'; }
}
console.log(outer());
if (true) {
  function conditional() { return 'cond'; }
}
console.log(conditional());
const countdown = function go(n) { return n === 0 ? ['liftoff'] : [n].concat(go(n - 1)); };
console.log(countdown(3));

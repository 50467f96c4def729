// Closures capturing and mutating outer variables
function makeCounter() {
  let count = 0;
  return {
    inc() { return ++count; },
    dec() { return --count; },
    get() { return count; },
  };
}
const c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
function adder(x) { return function (y) { return x + y; }; }
const add5 = adder(5);
console.log(add5(1), add5(10), adder('a')('b'));
let outer = 1;
function bump() { outer *= 2; }
bump(); bump();
console.log(outer);
function once(fn) {
  let done = false, result;
  return function (v) { if (!done) { done = true; result = fn(v); } return result; };
}
const init = once(function (v) { console.log('init runs', v); return v * 2; });
console.log(init(3), init(4));
function memo(fn) {
  const cache = {};
  return function (n) {
    if (n in cache) return cache[n];
    return (cache[n] = fn(n));
  };
}
let calls = 0;
const slowSquare = memo(function (n) { calls++; return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);
const fib = memo(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(50), fib(90));
function compose(f, g) { return function (x) { return f(g(x)); }; }
const inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function curry3(f) { return a => b => c => f(a, b, c); }
console.log(curry3((a, b, c) => a * 100 + b * 10 + c)(1)(2)(3));
let x = 'global x';
function show() { return x; }
function wrapper() { let x = 'wrapper x'; return show(); }
console.log(wrapper());
const fns = {};
(function () {
  let secret = 'hidden';
  fns.reveal = () => secret;
  fns.change = v => { secret = v; };
})();
fns.change('changed');
console.log(fns.reveal());
function counterGen() { let i = 0; return () => i++; }
const g1 = counterGen();
console.log(g1(), g1(), g1());

// Closures capture variables, not values: each counter keeps its own
// `count`, and `let` in a for loop gives every iteration a fresh binding.
function makeCounter(start) {
  let count = start;
  return {
    next: () => ++count,
    reset() { count = start; },
  };
}

const a = makeCounter(0);
const b = makeCounter(100);
a.next(); a.next();
console.log('a:', a.next(), 'b:', b.next());
a.reset();
console.log('a after reset:', a.next());

const callbacks = [];
for (let i = 0; i < 3; i++) callbacks.push(() => i * 10);
console.log(callbacks.map((f) => f()));

function memoize(f) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, f(n));
    return cache.get(n);
  };
}
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log('fib(90) =', fib(90));

const compose = (f, g) => (x) => f(g(x));
const inc = (x) => x + 1;
const twice = (x) => x * 2;
console.log(compose(inc, twice)(5), compose(twice, inc)(5));

// Compare calls bench() repeatedly: closure creation and calls.
function bench() {
  let total = 0;
  for (let i = 0; i < 20000; i++) {
    const add = (x) => x + i;
    total += add(1);
  }
  return total;
}
console.log('bench:', bench());

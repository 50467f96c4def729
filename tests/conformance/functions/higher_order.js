// Higher-order functions and callbacks
function repeat(n, fn) { for (let i = 0; i < n; i++) fn(i); }
repeat(3, function (i) { console.log('iteration', i); });
function pipe() {
  const fns = [].slice.call([]);
  return fns;
}
const pipeline = [x => x + 1, x => x * 3, x => x - 2, String, s => s + '!'];
console.log(pipeline.reduce(function (acc, f) { return f(acc); }, 4));
function mapObj(obj, fn) { const out = {}; for (const k of Object.keys(obj)) out[k] = fn(obj[k], k); return out; }
console.log(mapObj({ a: 1, b: 2 }, function (v, k) { return k + v; }));
function debounceLike(fn) { let last; return function (v) { last = v; return function flush() { return fn(last); }; }; }
const d = debounceLike(function (v) { return 'flushed ' + v; });
d(1); d(2);
console.log(d(3)());
const byKey = key => (a, b) => a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
const people = [{ n: 'c', a: 3 }, { n: 'a', a: 9 }, { n: 'b', a: 1 }];
console.log(people.slice().sort(byKey('n')).map(p => p.n).join(''), people.slice().sort(byKey('a')).map(p => p.n).join(''));
function times(n) { return function (f) { return function (x) { for (let i = 0; i < n; i++) x = f(x); return x; }; }; }
console.log(times(5)(x => x * 2)(1), times(0)(x => x * 2)(1));
const callbacks = [];
function on(cb) { callbacks.push(cb); }
on(v => console.log('cb1', v));
on(v => console.log('cb2', v * 2));
callbacks.forEach(cb => cb(21));
console.log(typeof pipe());

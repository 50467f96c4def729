// Boxed primitives with properties, in containers, and special objects
const n = new Number(42);
n.unit = 'kg';
console.log(n, [n], { n });
const s = new String('hello');
console.log(s, s.length, [s], { s });
const b = new Boolean(true);
b.why = 'because';
console.log(b);
console.log(Math, JSON);
console.log([Math, JSON]);
console.log(globalThis === globalThis ? 'globalThis exists' : '');

// Baseline fast paths: int32 arithmetic that overflows inside hot loops must
// become doubles exactly where the interpreter's does; results that are
// integral come back as int32s; -0, NaN and Infinity keep their meaning.
function sumTo(n, start) {
  let s = start;
  for (let i = 0; i < n; i++) { s = s + i; }
  return s;
}
console.log(sumTo(10, 0), sumTo(10, 2147483600), sumTo(100000, 0));
let x = 2147483640;
for (let i = 0; i < 20; i++) { x++; }
console.log(x, x - 20, x | 0);
let y = -2147483640;
for (let i = 0; i < 20; i++) { y--; }
console.log(y, y + 20, y >> 0);
let d = 2147483647;
d = d + 1; console.log(d, d - 1, -d);
let m = -2147483648; console.log(m - 1, m + -1, m * -1, -m, m / -1);
console.log(0 * -1, -0 + 0, 1 / (0 * -5), 1 / (-0 - 0), 5 / 0, -5 / 0, 0 / 0);
console.log(7 / 2, 8 / 2, -8 / 2, 1 / 3 * 3, 0.1 + 0.2, 3 * 1.5);
console.log(65536 * 65536, 46341 * 46341, -46341 * 46341, 2147483647 * 2);
function bits(a, b) { return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b]; }
console.log(bits(5, 3).join(), bits(-1, 31).join(), bits(1, 32).join(), bits(1, 33).join(), bits(-8, -1).join());
console.log(bits(1.5, 2).join(), bits('6', 1).join(), bits(2147483648, 0).join());
function cmp(a, b) { return [a < b, a <= b, a > b, a >= b, a === b, a !== b].map(Number).join(''); }
console.log(cmp(1, 2), cmp(2, 2), cmp(3, 2), cmp(1.5, 1.5), cmp(NaN, 1), cmp(1, NaN), cmp(NaN, NaN));
console.log(cmp(0, -0), cmp(-1, 0.5), cmp('a', 'b'), cmp('10', 9), cmp(null, 0), cmp(undefined, 0));
let count = 0;
for (let i = 0.5; i < 10; i += 0.5) { count++; }
console.log(count);
let f = 1;
for (let i = 0; i < 40; i++) { f = f * 3; if (f > 1e15) { f = f / 7; } }
console.log(f);
let mixed = 0;
const values = [1, 2.5, '3', true, null, undefined, 2147483647];
for (let i = 0; i < values.length; i++) { mixed = mixed + values[i]; console.log(mixed); }
let k = 0;
while (true) { k += 1000000000; if (k > 5000000000) break; }
console.log(k, k % 7, -k % 7, k % -7);
const s = 'a';
console.log(s === 'a', s + 1 === 'a1', s !== 'b', 1 === 1.0, NaN === NaN, null === undefined, null == undefined);

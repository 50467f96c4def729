// The arithmetic and comparison paths compiled engines take inline (int32,
// then doubles boxed like any number) at their edges: overflow, -0, NaN,
// Infinity, mixed int32/double operands, and values that are not numbers.
const values = [0, -0, 1, -1, 2147483647, -2147483648, 0.5, -2.5, 1e300, -1e-300, NaN, Infinity, -Infinity, 4294967296];
const show = (v) => (Object.is(v, -0) ? '-0' : String(v));
for (const a of values) {
  const row = [];
  for (const b of values) {
    row.push(show(a + b), show(a - b), show(a * b), show(a / b));
    row.push(a < b, a <= b, a > b, a >= b, a === b, a !== b);
  }
  console.log(show(a), row.join(' '));
}
let i = 2147483640;
for (let k = 0; k < 10; k++) { i = i + 1; }
console.log(i, i - 4294967296, -i - 10);
let m = 65536;
console.log(m * m, m * -m, (m * m) / m, 7 / 2, -7 / 2, 6 / 3, 0 / -5, -0 / 5);
let d = 0.1;
for (let k = 0; k < 9; k++) d = d + 0.1;
console.log(d, d === 1, d < 1, d * 10, 1 / 3 * 3 === 1);
console.log('3' - 1, '3' * '4', 2 < '10', '2' < '10', null + 1, undefined * 2, true + true, [] - 1, {} < 1);
const o = { valueOf() { return 5; } };
console.log(o + 1, o - 1, o * 2, o / 2, o < 6, o >= 5);
let n = 0; for (let k = 0; k < 1000; k++) n = n * 1.0001 + k / 7;
console.log(n);

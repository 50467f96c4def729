// ToInt32 of doubles in bitwise operators (fractions, negatives, values
// past 2^31, 2^32, 2^53 and 2^63, NaN, infinities, -0), int32 remainders
// (negative zero, division by zero, MIN % -1) and string/array lengths,
// all at sites that have also seen plain int32s.
function bits(a, b) {
  return [a | 0, a & b, a ^ b, a << 1, a >> 1, a >>> 0, b | a];
}
for (let i = 0; i < 200; i++) bits(i, i + 1);
const doubles = [0.5, -0.5, 1.9999, -1.9999, 2147483647.5, 2147483648, -2147483649, 4294967296, 4294967297.75,
  -4294967297, 9007199254740991, 9007199254740993, 2 ** 62 + 2 ** 40, 2 ** 63, -(2 ** 63), 2 ** 64 + 2 ** 33, 1e21, -1e300,
  NaN, Infinity, -Infinity, -0, 0.1 + 0.2];
for (const d of doubles) console.log(d, bits(d, 0x7fffffff).join(' '));

function rem(a, b) {
  return a % b;
}
for (let i = 0; i < 200; i++) rem(i, 7);
const pairs = [[7, 3], [-7, 3], [7, -3], [-7, -3], [6, 3], [-6, 3], [0, 5], [-0, 5], [5, 0], [-2147483648, -1],
  [-2147483648, 2], [2147483647, -1], [5.5, 2], [-5.5, 2], [1e20, 7]];
for (const pair of pairs) {
  const a = pair[0];
  const b = pair[1];
  const r = rem(a, b);
  console.log(a, '%', b, '=', r, Object.is(r, -0) ? '(-0)' : '');
}

function len(x) {
  return x.length;
}
for (let i = 0; i < 200; i++) len([i]);
const sparse = [];
sparse[1000] = 1;
console.log(len('hello'), len(''), len('é🙂'), len('a'.repeat(70000)), len([1, 2, 3]), len(sparse), len({ length: 'own' }), len(function (a, b) {}));
let concat = '';
for (let i = 0; i < 100; i++) concat += i;
console.log(len(concat), len(concat + concat));

// Hashing loops mix int32 and double intermediate values.
let h = 0;
const text = 'The quick brown fox jumps over the lazy dog';
for (let round = 0; round < 50; round++) {
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
}
console.log(h, h >>> 0, (h * 1.5) | 0, (h / 3) >> 2);

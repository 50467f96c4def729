// === / !== and the int32 bitwise operators over every kind of operand:
// identical bits, different references (strings equal by content, objects
// never), numbers of both representations, NaN, and results that leave
// the int32 range (>>> of negatives).
const vals = [0, -0, 1, -1, 2147483647, -2147483648, 4294967295, 1.5, -2.5, NaN, Infinity, -Infinity,
  'a', 'ab', 'a' + 'b', '', '0', null, undefined, true, false, {}, [], 31, 32, 33, 1e21];
let trues = 0;
let hash = 0;
for (const a of vals) {
  for (const b of vals) {
    if (a === b) trues++;
    if (a !== b) trues += 2;
    for (const r of [a & b, a | b, a ^ b, a << b, a >> b, a >>> b]) {
      hash = (hash * 31 + r) % 1000000007;
    }
  }
}
console.log('pairs', vals.length * vals.length, 'trues', trues, 'hash', hash);

const o = {};
const s1 = 'x'.repeat(3);
const s2 = 'xxx';
console.log(o === o, o === {}, s1 === s2, s1 !== s2, s1 === 'xx' + 'x', NaN === NaN, 0 === -0);
console.log(-1 >>> 0, -1 >>> 1, 1 << 31, (1 << 31) >>> 0, -8 >> 1, -8 >>> 28, 5 & -2, 7 ^ -1, 1 << 32, 1 << -1);

// The same site seeing int32s first, then other kinds.
function mask(a, b) {
  return (a & b) | (a >>> 3);
}
let acc = 0;
for (let i = 0; i < 1000; i++) acc = (acc + mask(i, 0xff)) | 0;
console.log(acc, mask(2.7, 3), mask('12', 5), mask(-1, -1), mask(null, undefined), mask(2 ** 33 + 5, 7));
function same(a, b) {
  return a === b;
}
for (let i = 0; i < 1000; i++) same(i, i);
console.log(same(1, 1.0), same('q', 'q'), same([], []), same(undefined, null), same(NaN, NaN), same(s1, s2));

// Bitwise operators
console.log(6 & 3, 6 | 3, 6 ^ 3, ~6, 6 << 2, 6 >> 1, -6 >> 1, -6 >>> 1, 6 >>> 0);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xff, ~0xff, 1 << 0, 1 << 31, (1 << 31) >>> 0);
console.log(5.7 & 3.2, '7' & '3', '0b11' | 0, null ^ 1, undefined & 1, NaN | 5, Infinity ^ 1);
console.log(1 << 32, 1 << 33, 1 >> 32, 8 >> 33, 8 >>> 35, -1 << 31, -1 >>> 31);
console.log(2 ** 31 | 0, 2 ** 32 | 0, -(2 ** 31) | 0, -(2 ** 31) - 1 | 0, 2 ** 40 + 3 | 0);
console.log(0x12345678 << 8, 0x12345678 >>> 8, 0x87654321 >> 4, 0x87654321 >>> 4);
for (let i = 0; i < 8; i++) console.log(i, (1 << i), (255 >> i), (-255 >> i), (-255 >>> i), (i ^ 5), (~i & 7));
function popcount(n) { let c = 0; while (n) { n &= n - 1; c++; } return c; }
console.log(popcount(0), popcount(255), popcount(-1), popcount(0x55555555));
console.log(1 + 2 << 1, 1 << 2 + 1, 5 & 3 | 8, 5 | 3 & 1, 6 ^ 3 & 5, 1 < 2 & 1);

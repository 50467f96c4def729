// 2^53 limits
const M = Number.MAX_SAFE_INTEGER;
console.log(M, M + 1, M + 2, M + 3, M + 4);
console.log(M + 1 === M + 2, 2 ** 53 === 2 ** 53 + 1);
console.log(Number.isSafeInteger(M), Number.isSafeInteger(M + 1), Number.isSafeInteger(-M));
console.log(Number.isSafeInteger(1.5), Number.isSafeInteger('1'), Number.isSafeInteger(NaN));
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger(2 ** 60));
console.log(Number.isInteger(Infinity), Number.isInteger('5'), Number.isInteger(-0));
console.log(9007199254740993 === 9007199254740992);
console.log(2 ** 53 - 1, -(2 ** 53), 2 ** 63, 2 ** 63 - 1);
console.log(123456789 * 987654321);
console.log(0.1 + 0.7, 1.1 * 1.1, 3 * 1.1);
console.log(Number.isFinite(1), Number.isFinite(Infinity), Number.isFinite('1'), Number.isFinite(NaN));
console.log(Number.isNaN(NaN), Number.isNaN('NaN'), Number.isNaN(undefined), Number.isNaN(0 / 0));
let f = 1;
for (let i = 1; i <= 25; i++) { f *= i; console.log(i, f); }

// Integer arithmetic patterns: divmod, digit manipulation, overflow into doubles
function divmod(a, b) { return [Math.floor(a / b), ((a % b) + b) % b]; }
console.log(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3));
function digits(n) { const out = []; do { out.unshift(n % 10); n = Math.floor(n / 10); } while (n > 0); return out; }
console.log(digits(0), digits(7), digits(1234567890), digits(2 ** 40));
function reverseNum(n) { let r = 0; while (n > 0) { r = r * 10 + n % 10; n = Math.floor(n / 10); } return r; }
console.log(reverseNum(12345), reverseNum(1200), reverseNum(9007199254740991));
let p = 1;
for (let i = 0; i < 70; i += 7) { console.log('2^' + i, 2 ** i, p); p *= 128; }
console.log(Number.MAX_SAFE_INTEGER % 10, (2 ** 53) % 3, 2 ** 53 / 2, (2 ** 53 + 2) / 2);
console.log(Math.floor(-0.5), Math.floor(7 / 2), Math.trunc(-7 / 2), -7 % 2, 7 % -2);
console.log(12345678 * 87654321, 99999 * 99999, 2147483647 * 2, 65536 * 65536);
let sum = 0;
for (let i = 1; i <= 100000; i++) sum += i;
console.log(sum, 100000 * 100001 / 2);

// Numeric comparisons and equality across representations
console.log(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005, 1e21 === 1000000000000000000000, 0x10 === 16, 0b10 === 2, 0o10 === 8);
console.log(1 === 1.0, 1 === 1.0000000000000001, 1 === 1.000000000000001, -0 === +0, NaN === NaN, Infinity === Infinity);
console.log(9007199254740992 === 9007199254740993, 2 ** 53 === 2 ** 53 + 1, 0.1 * 3 === 0.3, 0.5 + 0.25 === 0.75);
console.log(5 > 4 > 3, 3 < 4 < 5, '10' > 9, '10' > '9', 'a' > 5, null >= 0 && null <= 0 && null != 0);
const xs = [3, -1, 0, -0, 2.5, -Infinity, Infinity, 1e-10];
console.log(xs.slice().sort(function (a, b) { return a - b; }), xs.filter(function (x) { return x > 0; }), xs.map(Math.sign));
console.log(Number.EPSILON > 0, 1 + Number.EPSILON === 1, 1 + Number.EPSILON / 2 === 1, Number.MIN_VALUE > 0, Number.MIN_VALUE / 2 === 0);

// Math constants and rounding functions
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
const xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5, 0.49999999999999994, -0, 0, 1e21, -1e-300, NaN, Infinity, -Infinity, 4.7, -4.7];
for (const x of xs) console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x), Math.abs(x), Math.fround(x));
console.log(Math.round('2.5'), Math.floor(null), Math.ceil(undefined), Math.abs([-3]), Math.abs('-7'), Math.trunc('x'));
console.log(Object.is(Math.round(-0.4), -0), Object.is(Math.ceil(-0.5), -0), Object.is(Math.trunc(-0.9), -0), Object.is(Math.sign(-0), -0));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50));

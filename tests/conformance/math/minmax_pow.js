// min/max/pow/sqrt/cbrt/hypot
console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(1, NaN, 3), Math.min('5', 2), Math.max(-0, 0), Math.min(0, -0));
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Math.max(undefined, 1), Math.max(null, -1), Math.max([], -1));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(0, 0), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-1, Infinity), Math.pow(2, -1074), Math.pow(10, 308), Math.pow(10, 309));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.sqrt(Infinity), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-3), Math.hypot(1, 1, 1), Math.hypot(NaN, Infinity), Math.hypot(5, 12));
console.log(Math.pow(2, 53) + 1, 2 ** 0.5 === Math.SQRT2, Math.sqrt(0.25), Math.sqrt(1e-300));

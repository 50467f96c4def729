// Number formatting inside containers
console.log([0.1 + 0.2, 1 / 3, 2 / 3, 1e21, 1e-7, -1e-7, 123e-20, 5e-324, 2 ** 64]);
console.log({ a: -0, b: 0, c: NaN, d: -Infinity, e: 1.0, f: 100, g: 1e100 });
console.log([1.10, 2.200, 3.0, 0.5e1]);
console.log([-1, -0.5, -0, 0, 0.5, 1]);
console.log([1e300 * 1e10, -1e300 * 1e10, 0 / 0]);
console.log(new Map([[0.1, 0.2], [-0, 1e21]]), new Set([1e-7, 123456789.123]));

// Number -> string: shortest round-trip
const xs = [0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e21, 1e20, 999999999999999900000, 1e-6, 1e-7,
  5e-324, 123e-20, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, 2 ** 64, 2 ** 70,
  -1e-7, 123456789.123456789, 0.000001, 1.1, 100, 1e100, 1.5e300 * 1.5e10, 4.94e-322,
  0.3, 0.7 + 0.1, 1.005 * 1000, 3.0, 12345678901234567890, 25e-5, 1 / 7];
for (const x of xs) console.log(x, String(x), '' + x, x.toString());
console.log(-0, String(-0), (-0).toString(), `${-0}`, [-0] + '', JSON.stringify(-0));
console.log(NaN, Infinity, -Infinity, String(NaN), String(-Infinity));
console.log(0 / 0, 1 / 0, -1 / 0, 1 / -0, -0 === 0, Object.is(-0, 0));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(1e21 - 1, 1e21 + 1e5, 9.999999999999999e20);
console.log(0.000001 * 10, 0.0000001 * 10);
console.log(1.23e-5, 1.23e+5, 1.23e+25, -1.23e-25);

// Where Number->string switches between fixed and exponential notation
const xs = [1e20, 1e21, 1.5e20, 1.5e21, 123456789012345680000, 1234567890123456800000,
  1e-6, 1e-7, 1.5e-6, 1.5e-7, 0.000001, 0.0000001, 0.00000123, 0.000000123,
  -1e21, -1e-7, 9.999999999999999e20, 1.0000000000000001e21, 2e-7, 1e300, 1e-300];
for (const x of xs) console.log(x, String(x).length);
for (let e = 15; e <= 25; e++) console.log('1e' + e, 10 ** e, Number('1e' + e));
for (let e = -10; e <= -4; e++) console.log('1e' + e, Number('1e' + e), 3 * Number('1e' + e), Number('3e' + e));

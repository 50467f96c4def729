// Numeric literal forms
console.log(0, 1, 42, 1234567890);
console.log(.5, 5., 0.5e1, 1e3, 1E3, 1e+3, 1e-3, 2.5E-2);
console.log(0x10, 0XfF, 0xdeadBEEF, 0o17, 0O777, 0b1010, 0B11111111);
console.log(1_000, 1_000_000.000_1, 0xff_ff, 0b1010_0101, 0o7_7, 1e1_0);
console.log(0.1, 0.10, 0.100e1);
console.log(1e21, 1e20, 123456789012345678901234567890);
console.log(0x7fffffff, 0xffffffff, 0x100000000, 0x1fffffffffffff, 0x20000000000001);
console.log(.0001, .00001, .000001, .0000001);
console.log(5e-324, 5e-325, 1.7976931348623157e308, 1.8e308);
console.log(-0x10, -.5, +.5, - - 1);
console.log(typeof 1_0, 1_0 + 1);
console.log(1.5.toFixed(1), 1..toString(), 1 .toString(), (1).toString());
console.log(0b0, 0o0, 0x0, 0.0, -0.0);
console.log(9007199254740993, 9007199254740992, 9007199254740991);
console.log(4.35, 0.000001234, 1e-7, 1.5e-7, 100e-9);

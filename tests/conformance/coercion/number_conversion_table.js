// Number() on strings: whitespace, signs, radix prefixes, exponents
const inputs = ['0', '-0', '+0', '00', '007', '0.0', '.0', '0.', '1e0', '1E+2', '1e-2', '-1.5e3', '  42\n', '\t\v\f\r 7', '1 2',
  '0x1f', '0X1F', '-0x1f', '0b102', '0o8', '0b1', '0o7', 'Infinity', '+Infinity', '-Infinity', 'INFINITY', 'NaN', 'null', 'true',
  '1,000', '1_000', '١٢', '１２', '12abc', 'abc12', '.', 'e5', '5e', '--5', '+-5', '\u00a05\u00a0', '\ufeff9', '9007199254740993'];
for (const s of inputs) console.log(JSON.stringify(s).padEnd(22), Number(s), parseFloat(s), parseInt(s));

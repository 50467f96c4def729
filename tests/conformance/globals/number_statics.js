// Number statics and constructors as functions
console.log(Number.isInteger(1), Number.isSafeInteger(2 ** 53 - 1), Number.isFinite(1), Number.isNaN(NaN));
console.log(Number.parseFloat('1.5x'), Number.parseInt('0x1A'), Number.MAX_SAFE_INTEGER, Number.EPSILON > 0, Number.MIN_VALUE);
console.log(Number.EPSILON, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
console.log(Number('  0b11  '), Number(new Number(5)), Number({ valueOf() { return '7'; } }), Number([['9']]));
console.log(typeof Number, Number.name, Number.length, String.name, Boolean.length);
console.log(Boolean('false'), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(' '), Boolean({}), Boolean([]), Boolean(null));

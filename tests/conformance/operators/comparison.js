// Relational comparison with coercion
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1);
console.log('2' > '10', 2 > '10', '2' > 10, 'a' > 'A', 'abc' < 'abd', 'B' < 'a');
console.log(null < 1, null >= 0, null > 0, null == 0, undefined < 1, undefined > 0, undefined == 0);
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN, 'a' < 1, 'a' > 1);
console.log([2] > 1, [1, 2] > 1, [] < 1, [] <= 0, {} < 1, true > false, true >= 1);
console.log(-0 < 0, -0 <= 0, 0 <= -0, Infinity > 1e308, -Infinity < -1e308);
const obj = { valueOf() { console.log('valueOf called'); return 5; } };
console.log(obj > 4, obj < 4);
const strObj = { toString() { return '10'; } };
console.log(strObj > 9, strObj > '9', strObj < '9');
console.log('10' < '9', 10 < 9, '10' < 9, '' < 0, ' ' == 0, '\n' == 0);
const order = [];
const l = { valueOf() { order.push('l'); return 1; } };
const r = { valueOf() { order.push('r'); return 2; } };
console.log(l < r, l > r, l <= r, l >= r, order.join(''));

// Operator precedence and associativity
console.log(1 + 2 * 3 ** 2, (1 + 2) * 3 ** 2, 2 ** 2 ** 3, (2 ** 2) ** 3, -(2 ** 2));
console.log(10 - 5 - 2, 10 - (5 - 2), 100 / 10 / 2, 2 * 3 % 4, 2 * (3 % 4), 7 % 4 % 2);
console.log(1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1, 2 == 2 == 2, 1 < 2 == true);
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + '2' - 1, '5' - 2 + '2', '5' * '2' + '1');
console.log(true || false && false, (true || false) && false, (null ?? 0) || 5, (0 || null) ?? 'x');
console.log(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 3, (1 << 2) + 3, 5 & 3 === 3, (5 & 3) === 1);
console.log(!true === false, !(true === false), typeof 1 + 2, typeof (1 + 2), void 0 + 1, -'3' + 4);
let a = 1, b = 2, c;
c = a += b *= 3;
console.log(a, b, c);
console.log(a > 0 ? b > 5 ? 'both' : 'a only' : 'neither', a ? 1 : 2 ? 3 : 4);
let x = 5;
console.log(x++ + ++x, x, (-x) ** 2, -(x ** 2));
const o = { f() { return this === o; } };
console.log(o.f(), (o.f)(), (o.f || null)(), new Array(3).length, typeof new Object());

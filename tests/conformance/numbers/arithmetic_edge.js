// Arithmetic edge cases
console.log(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 2, -0 % 5, 0 % -5);
console.log(5 % 0, Infinity % 2, 2 % Infinity, -2 % Infinity, 0 % 0);
console.log(1 / 0, -1 / 0, 0 / 0, 0 * Infinity, Infinity - Infinity, Infinity + Infinity, Infinity * -1);
console.log(-0 + 0, -0 - 0, -0 * 1, 0 * -1, -0 + -0, 1 / (-0 + 0), 1 / (-0 - 0));
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3), 0 ** 0, NaN ** 0, 1 ** Infinity, (-2) ** 3);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, -(2 ** 2), 10 ** 21, 10 ** -7);
console.log(0.1 * 0.2, 0.3 - 0.1, 1 - 0.9, 100 * 1.1, 0.57 * 100, 1.15 * 100);
console.log(9.95 * 100, 4.35 * 100, 1e16 + 1, 1e16 + 2, 1e15 + 0.3);
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2, Number.MIN_VALUE * 0.5);
console.log(7 / 2, -7 / 2, Math.floor(-7 / 2), Math.trunc(-7 / 2), 1 / 3 * 3);
console.log('3' * '4', '3' - 1, '3' + 1, 3 + '1', '10' / '4', '7' % '4', true + true, null + 1, undefined + 1);
console.log([] + [], [] - [], {} + 1, [2] * [3], '' - 1, ' 5 ' * 2);
let x = 0.1;
let sum = 0;
for (let i = 0; i < 10; i++) sum += x;
console.log(sum, sum === 1);
console.log((0.1).toFixed(1) === '0.1', 1e300 * 1e10, -1e300 * 1e10);

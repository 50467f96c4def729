// Exactly representable power and root results
for (let e = 0; e <= 12; e++) console.log('2^' + e, 2 ** e, Math.pow(2, e), '3^' + e, 3 ** e, Math.sqrt(4 ** e), Math.cbrt(8 ** e));
console.log(2 ** -1, 2 ** -10, 4 ** 0.5, 27 ** (1 / 3), 16 ** 0.25, (-8) ** 3, (-2) ** 2, 0 ** 5, 0 ** -1, (-0) ** -1);
console.log(Math.sqrt(144), Math.sqrt(1e10), Math.sqrt(0.0625), Math.sqrt(2) * Math.sqrt(2) === 2, Math.pow(Math.sqrt(3), 2));
console.log(1.5 ** 2, 0.5 ** 10, 10 ** 15, 10 ** 16, 10 ** 21, 10 ** 22, 7 ** 17, 7 ** 18);

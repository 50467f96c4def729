// Column alignment with mixed widths, negatives and decimals
console.log([1, -1, 10, -10, 100, -100, 1000, -1000]);
console.log([0.5, 1.25, 10.125, 100.0625, 3, 4, 5, 6]);
console.log([1e21, 2, 3, 4, 5, 6, 7]);
console.log([NaN, 1, Infinity, 2, -Infinity, 3, -0]);
console.log([123456789, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
const pow2 = [];
for (let i = 0; i < 40; i++) pow2.push(2 ** i);
console.log(pow2);
const mixedSigns = [];
for (let i = 0; i < 18; i++) mixedSigns.push(i % 3 === 0 ? -i * 11 : i);
console.log(mixedSigns);

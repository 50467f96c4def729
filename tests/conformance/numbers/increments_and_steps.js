// Accumulating steps: loops with fractional increments
const seen = [];
for (let x = 0; x < 1; x += 0.1) seen.push(x);
console.log(seen.length, seen);
const fixed = [];
for (let i = 0; i <= 10; i++) fixed.push(i / 10);
console.log(fixed);
let y = 1;
for (let i = 0; i < 5; i++) y *= 1.1;
console.log(y, y.toFixed(5), Math.round(y * 1e4) / 1e4);
let z = 100;
for (let i = 0; i < 10; i++) z -= 9.99;
console.log(z, z.toFixed(2));
let h = 0.5;
for (let i = 0; i < 60; i++) h /= 2;
console.log(h, h * 2 ** 60);

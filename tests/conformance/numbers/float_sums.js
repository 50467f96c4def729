// Floating-point accumulation and representation
let s = 0;
for (let i = 1; i <= 10; i++) { s += 0.1; console.log(i, s); }
let t = 1;
for (let i = 0; i < 10; i++) { t /= 3; }
console.log(t, t * 59049);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(1.1 + 2.2, 3.3 * 3, 1.15 + 1.15, 4.35 * 100, 8.675 * 100, 0.07 * 100);
console.log(1e16 + 1 - 1e16, 1e16 + 2 - 1e16, (0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3));
console.log(100 / 3, 200 / 3, 1000 / 7, 22 / 7, 355 / 113);
console.log(2 / 3 * 3, 0.3 / 0.1, 0.6 / 0.2, 4.2 - 0.1, 10.1 - 10);
console.log(1 - 1e-16, 1 + 1e-16, 1 + 2e-16, 1 + 3e-16);

// toString(radix) with fractions and large values
const vals = [0.1, 0.5, 0.25, 0.125, 1 / 3, 2 / 3, 0.2, 3.75, 255.5, -10.625, 1e-5, 123456.789];
for (const v of vals) console.log(String(v).padEnd(20), v.toString(2).slice(0, 40), v.toString(8).slice(0, 20), v.toString(16), v.toString(36));
console.log((2 ** 60).toString(16), (2 ** 60 + 2 ** 10).toString(2).length, (1e20).toString(36), Number.MAX_SAFE_INTEGER.toString(36));
console.log((-255).toString(2), (-0.5).toString(16), (0.000001).toString(16), (1e21).toString(2).length);

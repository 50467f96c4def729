// toString / toFixed / toPrecision over a table of values
const vals = [0, 1, -1, 0.5, 1.25, 123.456, -98.7654, 1e-5, 12345.6789, 2 ** 31, 1 / 3, 7e-10, 5.55, 0.045];
for (const v of vals) {
  console.log(String(v).padEnd(20), v.toFixed(0).padEnd(12), v.toFixed(3).padEnd(14), v.toPrecision(3).padEnd(10), v.toPrecision(8).padEnd(14), v.toString(2).slice(0, 24));
}

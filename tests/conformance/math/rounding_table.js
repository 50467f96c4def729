// round/floor/ceil/trunc over halves and negatives
const xs = [-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, -2.4999, 2.5000001, 1e15 + 0.5, -1e15 - 0.5, 4503599627370495.5, 0.49999999999999994];
for (const x of xs) console.log(String(x).padEnd(22), Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x));
function roundTo(x, d) { const p = 10 ** d; return Math.round(x * p) / p; }
console.log([1.005, 1.015, 1.025, 2.675, 10.235, -1.005].map(function (x) { return roundTo(x, 2); }));
console.log([1.005, 1.015, 1.025, 2.675, 10.235, -1.005].map(function (x) { return x.toFixed(2); }));

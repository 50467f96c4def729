// Generates math-vectors.txt: node's results for Math functions on special
// and pseudo-random inputs, as hex bit patterns. Usage:
//   node math-vectors.js [COUNT] > math-vectors.txt
// Each line: `name in1 [in2] out`, doubles as 16 hex digits.
'use strict';
const count = Number(process.argv[2] || 60);
const buf = new DataView(new ArrayBuffer(8));
const hex = (x) => { buf.setFloat64(0, x); return buf.getBigUint64(0).toString(16).padStart(16, '0'); };
let seed = 0x2545f491n;
function rand() { // xorshift64, deterministic
  seed ^= (seed << 13n) & 0xffffffffffffffffn; seed ^= seed >> 7n; seed ^= (seed << 17n) & 0xffffffffffffffffn;
  return Number(seed & 0xfffffffffffffn) / 2 ** 52;
}
const specials = [0, -0, 1, -1, 0.5, -0.5, 2, -2, 1.5, 2.5, -2.5, 0.49999999999999994, Math.PI, -Math.PI, Math.E,
  1e-300, -1e-300, 5e-324, 1e300, -1e300, Number.MAX_VALUE, Infinity, -Infinity, NaN, 3, 10, 100, 0.1, 1e-10, 710, -745, 4503599627370497];
function inputs(scale) {
  const out = specials.slice();
  for (let i = 0; i < count; i++) {
    const r = rand();
    out.push((r - 0.5) * scale);
    out.push(Math.exp((rand() - 0.5) * 40) * (rand() < 0.5 ? -1 : 1));
    out.push((rand() - 0.5) * Math.pow(10, 6 + (i % 40) * 7.5)); // huge: sin/cos reduction
  }
  return out;
}
const unary = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp',
  'expm1', 'floor', 'fround', 'log', 'log1p', 'log10', 'log2', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];
const lines = [];
for (const name of unary) {
  const scale = ['acos', 'asin', 'atanh'].includes(name) ? 2.2 : ['exp', 'cosh', 'sinh', 'expm1'].includes(name) ? 1500 : 2000;
  for (const x of inputs(scale)) lines.push(`${name} ${hex(x)} ${hex(Math[name](x))}`);
}
for (const name of ['atan2', 'pow', 'hypot', 'imul', 'max', 'min']) {
  const xs = inputs(20);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i], y = xs[(i * 7 + 3) % xs.length];
    lines.push(`${name} ${hex(x)} ${hex(y)} ${hex(Math[name](x, y))}`);
  }
  for (const x of specials) for (const y of specials.slice(0, 26)) lines.push(`${name} ${hex(x)} ${hex(y)} ${hex(Math[name](x, y))}`);
}
console.log(lines.join('\n'));

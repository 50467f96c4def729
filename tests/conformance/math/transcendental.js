// exp/log/trig (node is the oracle; inputs chosen to be well-conditioned)
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(10), Math.expm1(0), Math.expm1(1e-10), Math.exp(710), Math.exp(-750));
console.log(Math.log(1), Math.log(Math.E), Math.log(10), Math.log(0), Math.log(-1), Math.log1p(0), Math.log1p(1e-10));
console.log(Math.log2(8), Math.log2(1024), Math.log2(3), Math.log10(1000), Math.log10(0.001), Math.log10(2));
console.log(Math.sin(0), Math.sin(Math.PI / 2), Math.cos(0), Math.cos(Math.PI), Math.tan(0), Math.tan(Math.PI / 4));
console.log(Math.sin(1), Math.cos(1), Math.tan(1), Math.sin(-0), Math.sin(Infinity), Math.cos(NaN));
console.log(Math.asin(1), Math.acos(1), Math.acos(0), Math.atan(1), Math.atan(Infinity), Math.asin(2), Math.acos(-1));
console.log(Math.atan2(1, 1), Math.atan2(1, 0), Math.atan2(0, -1), Math.atan2(-0, -1), Math.atan2(0, 0), Math.atan2(-1, -1));
console.log(Math.sinh(0), Math.sinh(1), Math.cosh(0), Math.cosh(1), Math.tanh(0), Math.tanh(1), Math.tanh(Infinity));
console.log(Math.asinh(0), Math.asinh(1), Math.acosh(1), Math.acosh(2), Math.atanh(0), Math.atanh(0.5), Math.atanh(1));
for (let d = 0; d <= 360; d += 45) {
  const r = d * Math.PI / 180;
  console.log(d, Math.round(Math.sin(r) * 1e6) / 1e6, Math.round(Math.cos(r) * 1e6) / 1e6);
}

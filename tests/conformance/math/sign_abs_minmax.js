// sign/abs/min/max over tricky inputs
const xs = [5, -5, 0, -0, NaN, Infinity, -Infinity, '3', '-2', '', null, undefined, true, [], [7], 'x'];
for (const x of xs) {
  const label = typeof x === 'string' ? JSON.stringify(x) : Array.isArray(x) ? '[' + x + ']' : String(x);
  console.log(label.padEnd(10), Math.sign(x), Math.abs(x), Math.max(x, 0), Math.min(x, 0));
}
console.log(Math.max(1, 2, '3', [4]), Math.min.apply(null, [5, 3, 9]), Math.max.call(null), Math.min(1, undefined));
const big = [];
for (let i = 0; i < 1000; i++) big.push((i * 7919) % 1009);
console.log(Math.max.apply(null, big), Math.min.apply(null, big));

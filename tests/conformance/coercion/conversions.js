// String / Number / Boolean conversion tables
const values = [undefined, null, true, false, 0, -0, 1, NaN, Infinity, '', ' ', '0', '1.5', 'abc', '  12  ', [], [0], [1, 2], {}, function () {}];
for (const v of values) {
  const label = typeof v === 'function' ? 'fn' : Array.isArray(v) ? 'arr[' + v.length + ']' : typeof v === 'string' ? JSON.stringify(v) : String(v);
  console.log(label.padEnd(10), String(Number(v)).padEnd(10), String(Boolean(v)).padEnd(6), typeof v === 'function' ? '(fn)' : JSON.stringify(String(v)));
}
console.log(Boolean(), Number(), String() === '', typeof String(), typeof Number(), typeof Boolean());
console.log(!!document_like_missing());
function document_like_missing() { return undefined; }
console.log(Number('12e-1'), Number('-Infinity'), Number('infinity'), Number('0.0000001'), Number('1e1000'));
console.log(String(123.0), String(1.50), String(-1e-7), String(0.000001), String(2e21), String(-1e21));

// parseInt with radix table and parseFloat on prefixes
const inputs = ['10', '0x10', '010', '1e3', '  -12.9xyz', 'z', 'Z', '0b11', '077', '', '-', 'ff', '1_0', '٣'];
for (const s of inputs) {
  const row = [2, 8, 10, 16, 36, undefined].map(function (r) { return String(parseInt(s, r)); });
  console.log(JSON.stringify(s).padEnd(12), row.map(function (c) { return c.padStart(6); }).join(''), String(parseFloat(s)).padStart(8));
}
console.log(parseInt('123', 2), parseInt('2', 2), parseInt('1', 2), parseInt('11', 3), parseInt('zZ', 36), parseInt('-ff', 16), parseInt('0x', 16));
console.log(parseInt(0.00000001), parseInt('0.00000001'), parseInt(1e-7), parseInt(1234.5678), parseInt(-0.5), parseInt(true), parseInt([10, 20]));

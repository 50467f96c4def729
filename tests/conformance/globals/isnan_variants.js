// Global isNaN/isFinite coerce; Number.isNaN/isFinite do not
const vals = [NaN, 'NaN', undefined, null, '', ' ', '12', '12px', {}, [], [1], [1, 2], true, Infinity, '-Infinity', 1e308 * 10, 0 / 0];
for (const v of vals) {
  const label = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? '[' + v + ']' : typeof v === 'object' && v ? '{}' : String(v);
  console.log(label.padEnd(12), isNaN(v), Number.isNaN(v), isFinite(v), Number.isFinite(v), Number.isInteger(v));
}

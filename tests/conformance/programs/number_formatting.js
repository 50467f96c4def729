// Roman numerals, thousands separators, currency, ordinals, number words, base conversion
function toRoman(n) {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) throw new RangeError('out of range: ' + n);
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const pair of table) while (n >= pair[0]) { out += pair[1]; n -= pair[0]; }
  return out;
}
function fromRoman(s) {
  const v = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]], next = v[s[i + 1]] || 0;
    if (cur === undefined) throw new SyntaxError('bad numeral ' + s[i]);
    total += cur < next ? -cur : cur;
  }
  return total;
}
function withCommas(n) {
  const neg = n < 0;
  const parts = Math.abs(n).toFixed(2).split('.');
  let int = parts[0], out = '';
  while (int.length > 3) { out = ',' + int.slice(-3) + out; int = int.slice(0, -3); }
  return (neg ? '-' : '') + int + out + '.' + parts[1];
}
function ordinal(n) {
  const rem100 = n % 100, rem10 = n % 10;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : rem10 === 1 ? 'st' : rem10 === 2 ? 'nd' : rem10 === 3 ? 'rd' : 'th';
  return n + suffix;
}
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function words(n) {
  if (n < 0) return 'minus ' + words(-n);
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? '-' + ONES[n % 10] : '');
  if (n < 1000) return ONES[Math.floor(n / 100)] + ' hundred' + (n % 100 ? ' and ' + words(n % 100) : '');
  const scales = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
  for (const s of scales) if (n >= s[0]) return words(Math.floor(n / s[0])) + ' ' + s[1] + (n % s[0] ? (n % s[0] < 100 ? ' and ' : ' ') + words(n % s[0]) : '');
}
function convertBase(str, from, to) { return parseInt(str, from).toString(to); }
for (const n of [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]) {
  const r = toRoman(n);
  console.log(String(n).padStart(4), r.padEnd(12), fromRoman(r) === n ? 'ok' : 'MISMATCH');
}
for (const bad of [0, 4000, 2.5, -1]) { try { toRoman(bad); } catch (e) { console.log(e.name, e.message); } }
try { fromRoman('XIZ'); } catch (e) { console.log(e.name, e.message); }
for (const n of [0, 7, 999.999, 1000, 1234567.891, -9876543.21, 1e15, 0.005, 1.005]) console.log(String(n).padEnd(14), withCommas(n));
console.log([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003].map(ordinal).join(' '));
for (const n of [0, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 7000042, -15, 2147483647]) console.log(n, '=>', words(n));
console.log(convertBase('ff', 16, 2), convertBase('777', 8, 10), convertBase('zz', 36, 16), convertBase('101010', 2, 36));
const bytes = [0, 1023, 1024, 1536, 1048576, 5.5 * 1024 * 1024 * 1024, 1e15];
function human(b) { const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']; let i = 0; while (b >= 1024 && i < units.length - 1) { b /= 1024; i++; } return (i ? b.toFixed(1) : String(b)) + ' ' + units[i]; }
console.log(bytes.map(human));
function pct(x) { return (x * 100).toPrecision(3) + '%'; }
console.log([0.5, 0.123456, 1, 0.0001234, 12.5].map(pct));
console.log([1 / 3, 2 / 3, 10 / 3].map(function (x) { return x.toFixed(4) + ' ' + x.toPrecision(4) + ' ' + x.toString(2).slice(0, 12); }));

// A right-aligned report table mixing the formatters above
const rows = [['widgets', 1234, 0.0825], ['gadgets', 98765.4321, 0.5], ['gizmos', 0.5, 1], ['doohickeys', 1e6, 0.000125]];
console.log('item'.padEnd(12) + 'amount'.padStart(16) + 'share'.padStart(10) + '  rank');
rows.forEach(function (r, i) {
  console.log(r[0].padEnd(12) + withCommas(r[1]).padStart(16) + pct(r[2]).padStart(10) + '  ' + ordinal(i + 1) + ' (' + toRoman(i + 1) + ')');
});

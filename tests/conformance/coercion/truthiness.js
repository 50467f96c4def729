// Truthiness in conditions
const vals = [0, -0, NaN, '', null, undefined, false, '0', 'false', ' ', [], {}, function () {}, -1, Infinity, new Boolean(false), new Number(0), new String('')];
const out = [];
for (let i = 0; i < vals.length; i++) {
  if (vals[i]) out.push(i + ':T'); else out.push(i + ':F');
}
console.log(out.join(' '));
let n = 3;
while (n) { console.log('n', n); n--; }
console.log([0, 1, '', 'a', null, {}].filter(Boolean).length);
console.log(0 ? 'a' : 'b', '' ? 'a' : 'b', ' ' ? 'a' : 'b', [] ? 'a' : 'b');
for (const v of vals.slice(0, 8)) console.log(String(v), !v, !!v);

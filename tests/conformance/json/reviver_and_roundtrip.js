// JSON.parse with revivers and round-tripping values
const text = JSON.stringify({ when: 'T:1700000000', amount: '12.50', tags: ['a', 'b'], nested: { when: 'T:5' } });
const revived = JSON.parse(text, function (key, value) {
  if (typeof value === 'string' && value.startsWith('T:')) return { ts: Number(value.slice(2)) };
  if (key === 'amount') return Number(value);
  return value;
});
console.log(revived);
const path = [];
JSON.parse('{"a":[1,{"b":2}],"c":3}', function (k, v) { path.push(JSON.stringify(k)); return v; });
console.log(path.join(' '));
console.log(JSON.parse('{"a":1,"b":2}', function (k, v) { return k === 'a' ? undefined : v; }));
console.log(JSON.parse('[1,2,3]', function (k, v) { return Array.isArray(v) ? v.length : v * 10; }));
const values = [0, -1.5, 'str', 'é😀\n"', true, null, [], {}, [1, [2, [3]]], { a: { b: { c: {} } } }, 1e21, 1e-7];
for (const v of values) {
  const s = JSON.stringify(v);
  console.log(s, JSON.stringify(JSON.parse(s)) === s);
}
console.log(JSON.parse('"\\u00e9"'), JSON.parse('"\\/"'), JSON.parse('1E2'), JSON.parse('-0.0'), JSON.parse('  true  '));

// JSON.parse
const text = '{"name":"kiln","n":42,"f":-1.5e3,"t":true,"z":null,"arr":[1,"two",{"three":3}],"nested":{"x":{"y":"z"}}}';
const v = JSON.parse(text);
console.log(v);
console.log(v.arr[2].three, v.nested.x.y, typeof v.n, v.f);
console.log(JSON.parse('1'), JSON.parse('"s"'), JSON.parse('true'), JSON.parse('null'), JSON.parse('[]'), JSON.parse('{}'));
console.log(JSON.parse(' \n\t [ 1 , 2 ] \r\n'), JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'), JSON.parse('"\\ud83d\\ude00"'));
console.log(JSON.parse('-0'), Object.is(JSON.parse('-0'), -0), JSON.parse('1e400'), JSON.parse('0.1'), JSON.parse('123456789012345678901'));
console.log(JSON.parse('{"b":1,"a":2,"1":3}'), Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')));
console.log(JSON.parse('{"a":1,"a":2}'));
const bad = ['', '{', '[1,]', '{"a":1,}', "{'a':1}", '01', '1.', '.5', 'undefined', 'NaN', '"\t"', '[1 2]', '{"a" 1}', 'tru', '"abc', '+1', '0x10'];
for (const b of bad) {
  try { JSON.parse(b); console.log('parsed?!', JSON.stringify(b)); } catch (e) { console.log(JSON.stringify(b), e.name); }
}
console.log(JSON.parse('[1,2,3]', function (k, v) { return typeof v === 'number' ? v * 2 : v; }));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', function (k, v) { return k === 'c' ? undefined : v; }));
const order = [];
JSON.parse('{"a":{"b":1},"c":[2]}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
console.log(order.join(' '));
const round = { s: 'é😀\n', n: [0.1, 1e21, -5], b: [true, false], o: { deep: { er: null } } };
console.log(JSON.stringify(JSON.parse(JSON.stringify(round))) === JSON.stringify(round));
console.log(JSON.parse(JSON.stringify('\u2028\u2029')).length);

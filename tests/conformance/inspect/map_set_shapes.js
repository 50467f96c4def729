// Map and Set content shapes
console.log(new Map([['a', 1]]), new Map([[1, 'a']]), new Map([[{}, []]]), new Map([[[], {}]]));
console.log(new Set([[]]), new Set([{}]), new Set(['a', 'b', 'c']), new Set([1.5, -0, NaN]));
const m = new Map();
for (let i = 0; i < 4; i++) m.set('key' + i, { index: i, label: 'item number ' + i });
console.log(m);
const s = new Set();
for (let i = 0; i < 8; i++) s.add('value-' + i);
console.log(s);
console.log(new Map([['nested', new Map([['deeper', new Map([['deepest', 1]])]])]]));
console.log([new Set([1, 2]), new Set(), new Map()]);
console.log({ m: new Map([['x', [1, 2, 3]]]), s: new Set([[1, [2, [3]]]]) });

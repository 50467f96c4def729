// Objects: empty, nested, key quoting, depth limit
console.log({}, { a: 1 }, { a: { b: { c: {} } } }, { a: { b: { c: { d: 1 } } } });
console.log({ a: [1, 2, { b: [3, { c: [4] }] }] });
console.log({ nested: { arr: [[1, [2, [3]]]] } });
console.log({ 'a-b': 1, a_b: 2, 'a b': 3, 0: 'zero', '-1': 'neg', 1.5: 'f', Ünï: 'u', class: 'kw' });
console.log({ undef: undefined, nul: null, nan: NaN, neg0: -0, fn() {}, arrow: () => 1, str: 'x' });
console.log({ f: function () {}, g: function named() {}, h: class {}, i: class K {} });
const o = { x: 1 };
console.log({ a: o, b: o });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);

// Nesting depth > 2 collapses to [Object] / [Array]
const deep = { l0: { l1: { l2: { l3: { l4: {} } } } } };
console.log(deep);
console.log([[[[[1]]]]], [[[[]]]], [[[{}]]], [[[{ a: 1 }]]]);
console.log({ a: { b: { c: [] } } }, { a: { b: { c: [1] } } }, { a: { b: { c: {} } } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } }, { a: { b: { c: new Set() } } });
console.log([{ a: [{ b: [1] }] }]);
console.log({ a: { b: { c: function f() {} } } }, { a: { b: { c: new (class Foo {})() } } });
console.log({ a: { b: { c: { d: 1 } }, b2: [1, [2, [3]]] } });
console.log({ list: [[1, 2, [3, 4, [5]]], [6]] });

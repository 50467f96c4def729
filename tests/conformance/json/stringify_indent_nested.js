// Indentation of nested structures with empty containers and mixed values
const v = { a: [], b: {}, c: [[], {}], d: [{}], e: { f: [] }, g: [1, [2, []]], h: 'str', i: null };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, 1));
console.log(JSON.stringify([[[1]]], null, 3));
console.log(JSON.stringify({ list: [1, 2, 3], map: { x: 1 } }, null, '  |'));
console.log(JSON.stringify([undefined, function () {}], null, 2));
console.log(JSON.stringify({ u: undefined, f: function () {} }, null, 2));

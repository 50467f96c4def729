// Objects with many keys and long values
const o = {};
for (let i = 0; i < 30; i++) o['key' + i] = i;
console.log(o);
const words = {};
'lorem ipsum dolor sit amet consectetur adipiscing elit sed do'.split(' ').forEach(function (w, i) { words[w] = w.length * i; });
console.log(words);
const numeric = {};
for (let i = 10; i > 0; i--) numeric[i * 7] = 'v' + i;
console.log(numeric);
const mixed = { z: 1, 5: 'five', a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], m: { n: { o: 1 } }, 1: 'one' };
console.log(mixed);
const wide = {};
for (let i = 0; i < 5; i++) wide['property_' + i] = 'value_' + i;
console.log(wide);
const few = { a: 'x'.repeat(10), b: 'y'.repeat(10), c: 'z'.repeat(10), d: 1, e: 2, f: 3 };
console.log(few);

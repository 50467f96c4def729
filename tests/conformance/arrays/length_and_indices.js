// Array length semantics and index edge cases
const a = [];
a[0] = 'a';
a[2] = 'c';
console.log(a.length, a, 1 in a);
a.length = 1;
console.log(a, a[2]);
a.length = 0;
console.log(a, a.length);
const b = [1, 2, 3];
b[b.length] = 4;
b[b.length] = 5;
console.log(b, b.length);
b['3'] = 'four';
b['04'] = 'not an index';
b[1.0] = 'one';
console.log(b, b.length);
const c = new Array(3);
console.log(c.length, c[0], c.every(function () { return false; }), Object.keys(c));
try { c.length = -1; } catch (e) { console.log(e.name, e.message); }
try { c.length = 1.5; } catch (e) { console.log(e.name); }
const d = [1, 2, 3];
d.length = '2';
console.log(d);
console.log([].length, [undefined].length, [, ].length, [, , ].length, Array(5).length);
const e = [1, 2, 3];
console.log(e[-1], e.at(-1), e['-1'], e[3], e[1.5], e['1']);

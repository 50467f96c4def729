// Arrays with non-index keys, sparse and long
const a = [1, 2, 3];
a.name = 'named';
a.meta = { x: 1 };
console.log(a);
const b = [];
b.only = 'prop';
console.log(b);
const c = new Array(5);
c.flag = true;
console.log(c);
const d = [];
for (let i = 0; i < 10; i++) d.push(i);
d.label = 'ten numbers';
console.log(d);
const e = ['x', , 'z'];
e[-5] = 'neg';
console.log(e);

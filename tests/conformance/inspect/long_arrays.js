// More than 100 items and more than 6 numbers (grouped columns)
const hundred = [];
for (let i = 0; i < 100; i++) hundred.push(i);
console.log(hundred);
const many = [];
for (let i = 0; i < 150; i++) many.push(i);
console.log(many);
const strs = [];
for (let i = 0; i < 120; i++) strs.push('s' + i);
console.log(strs);
console.log(new Array(200).fill(7));
const sparse = new Array(300);
sparse[150] = 'mid';
console.log(sparse);
console.log({ arr: many.slice(0, 101) });

// Building strings incrementally
let s = '';
for (let i = 0; i < 10; i++) s += i;
console.log(s, s.length);
let t = '';
for (let i = 0; i < 1000; i++) t += String.fromCharCode(97 + (i % 26));
console.log(t.length, t.slice(0, 30), t.slice(-5));
const parts = [];
for (let i = 1; i <= 5; i++) parts.push('item' + i);
console.log(parts.join(', '));
let pyramid = '';
for (let i = 1; i <= 5; i++) pyramid += ' '.repeat(5 - i) + '*'.repeat(2 * i - 1) + '\n';
console.log(pyramid);
const table = [];
for (let r = 1; r <= 5; r++) { let row = ''; for (let c = 1; c <= 5; c++) row += String(r * c).padStart(4); table.push(row); }
console.log(table.join('\n'));
let big = 'ab';
for (let i = 0; i < 15; i++) big += big;
console.log(big.length, big.indexOf('ba'), big.lastIndexOf('ab'));
console.log(['a', 'b', 'c'].reduce(function (acc, c, i) { return acc + c.repeat(i + 1); }, '>'));

// Comma operator, ternary, grouping
let x = (1, 2, 3);
console.log(x);
let i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
const r = (console.log('side'), 'value');
console.log(r);
function f() { return 1, 2; }
console.log(f());
const age = 20;
console.log(age >= 18 ? 'adult' : 'minor', age > 65 ? 'senior' : age > 18 ? 'adult' : 'young');
const grade = (s) => s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F';
console.log([95, 85, 72, 10].map(grade).join(''));
let n = 0;
const t = true ? (n++, n++, n) : 'no';
console.log(t, n);
console.log(((((1 + 2)))) * 3, (1, 2) + (3, 4));
const tern = null ? 'a' : undefined ? 'b' : 0 ? 'c' : '' ? 'd' : 'e';
console.log(tern);

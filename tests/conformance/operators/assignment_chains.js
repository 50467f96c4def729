// Assignment expressions: values, chains, evaluation order
let a, b, c;
a = b = c = 5;
console.log(a, b, c);
const o = {};
o.x = o.y = [];
o.x.push(1);
console.log(o, o.x === o.y);
let i = 0;
const arr = [0, 0, 0];
arr[i++] = arr[i++] = i;
console.log(arr, i);
let s = 'a';
s += s += 'b';
console.log(s);
let n = 1;
n = n++ + n;
console.log(n);
const order = [];
function target() { order.push('target'); return {}; }
function value() { order.push('value'); return 2; }
target().p = value();
console.log(order.join(','));
let x = 1;
const r = (x = 2) + x;
console.log(r, x);
let y = 10;
console.log((y += 5, y *= 2, y));

// for-in: order, inherited enumerable keys, arrays, shadowed keys, deletion
function Base() { this.own1 = 1; }
Base.prototype.inherited1 = 'i1';
const obj = new Base();
obj[2] = 'two'; obj.b = 'b'; obj[1] = 'one'; obj.a = 'a';
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(','));
const own = [];
for (const k in obj) if (obj.hasOwnProperty(k)) own.push(k);
console.log(own.join(','));
const arr = ['x', 'y'];
arr.extra = 'e';
const ak = [];
for (const k in arr) ak.push(k + ':' + typeof k);
console.log(ak.join(' '));
const shadow = Object.create({ s: 'proto', p: 'proto-only' });
shadow.s = 'own';
const sk = [];
for (const k in shadow) sk.push(k + '=' + shadow[k]);
console.log(sk.join(' '));
const del = { a: 1, b: 2, c: 3, d: 4 };
const seen = [];
for (const k in del) { seen.push(k); if (k === 'a') { delete del.c; del.e = 5; } }
console.log(seen.join(','), Object.keys(del).join(','));
let n = 0;
for (const k in 'str') n++;
for (const k in 42) n += 100;
for (const k in {}) n += 1000;
console.log(n);
var loose;
for (loose in { q: 1, r: 2 }) {}
console.log(loose);

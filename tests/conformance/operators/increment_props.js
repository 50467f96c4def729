// ++/-- on properties, array elements and with coercion
const o = { n: 1, s: '5', u: undefined, nu: null, b: true, arr: [1, 2] };
console.log(o.n++, o.n, ++o.n, o.n--, --o.n, o.n);
console.log(o.s++, o.s, typeof o.s, o.u++, o.u, o.nu++, o.nu, o.b++, o.b);
console.log(o.arr[0]++, ++o.arr[1], o.arr, o['n']++, o.n);
let i = 0;
const a = [10, 20, 30];
a[i++] += 100;
console.log(a, i);
a[++i]--;
console.log(a, i);
const counter = {};
for (const ch of 'abracadabra') counter[ch] = (counter[ch] || 0) + 1;
console.log(counter);
const c2 = {};
for (const ch of 'hello') { if (!c2[ch]) c2[ch] = 0; c2[ch]++; }
console.log(c2);
let big = 2 ** 53;
big++;
console.log(big, big === 2 ** 53);
let f = 0.1;
f++;
console.log(f);
let m = -1;
console.log(m++, m, m--, m, -m--, m);

// charCodeAt / fromCharCode round trips and ASCII arithmetic
const s = 'Hello, World! 123';
const codes = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(' '));
console.log(String.fromCharCode.apply(null, codes) === s);
const rot = s.split('').map(function (c) { const n = c.charCodeAt(0); return n >= 33 && n <= 126 ? String.fromCharCode(33 + (n - 33 + 47) % 94) : c; }).join('');
console.log(rot);
const upper = [];
for (let c = 65; c <= 90; c++) upper.push(String.fromCharCode(c));
console.log(upper.join(''), upper.map(function (u) { return u.toLowerCase().charCodeAt(0) - u.charCodeAt(0); })[0]);
console.log(String.fromCharCode(0x41, 0x42, 0x10041, -1 >>> 16), String.fromCharCode(65.9), String.fromCharCode('66'), String.fromCharCode(NaN).charCodeAt(0));
console.log('z'.charCodeAt(0) - 'a'.charCodeAt(0), '9'.charCodeAt(0) - '0'.charCodeAt(0), String.fromCharCode('a'.charCodeAt(0) + 25));
function hash(str) { let h = 5381; for (let i = 0; i < str.length; i++) h = ((h << 5) + h + str.charCodeAt(i)) | 0; return h >>> 0; }
console.log(['', 'a', 'hello', 'Hello', 'the quick brown fox'].map(hash));

// Array builtins take fast paths only while Array.prototype and
// Object.prototype hold no indexed properties: adding and removing them
// (in named storage and as elements) must switch the paths each time.
const a = [1, 2, 3];
a.push(4);
console.log(a, a.indexOf(4));
Object.prototype[7] = 'seven';
const b = [];
b.push(1); b.length = 9;
console.log(b[7], b.indexOf('seven'), b.includes('seven'));
delete Object.prototype[7];
const c = [];
c.push(1); c.length = 9;
console.log(c[7], c.indexOf('seven'));
Array.prototype[2] = 'two';
const d = [0]; d.length = 4;
console.log(d[2], d.indexOf('two'), d.join('-'));
Array.prototype.length = 0;
const e = [0]; e.length = 3; console.log(e.indexOf('two'), e.join('-'));

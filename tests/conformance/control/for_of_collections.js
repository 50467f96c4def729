// for-of over arrays, strings, Map/Set and their iterators, with break
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
for (const e of m) { if (e[0] === 'c') break; console.log('entry', e); }
for (const v of m.values()) console.log('value', v);
for (const k of m.keys()) console.log('key', k);
for (const e of m.entries()) console.log('entries()', e[0] + e[1]);
const s = new Set(['x', 'y']);
for (const v of s) console.log('set', v);
for (const e of s.entries()) console.log('set entry', e);
for (const e of ['p', 'q'].entries()) console.log('array entry', e);
for (const i of ['p', 'q'].keys()) console.log('array key', i);
let chars = '';
for (const ch of 'héllo😀') chars += '[' + ch + ']';
console.log(chars);
const arr = [1, 2, 3];
for (const v of arr) { if (v === 2) continue; console.log('arr', v); }
for (const v of []) console.log('never');
for (const v of new Set()) console.log('never');

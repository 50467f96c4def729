// for, while, do-while, for-in, for-of
for (let i = 0; i < 3; i++) console.log('for', i);
for (let i = 10, j = 0; i > j; i -= 4, j++) console.log('two vars', i, j);
let k = 0;
for (;;) { if (++k > 2) break; console.log('infinite-for', k); }
for (let x = 0; x < 0; x++) console.log('never');
let w = 3;
while (w-- > 0) console.log('while', w);
let d = 0;
do { console.log('do', d); d++; } while (d < 2);
do console.log('do-once'); while (false);
const obj = { b: 2, a: 1, 10: 'ten', 2: 'two' };
for (const key in obj) console.log('for-in', key, obj[key]);
for (const idx in ['x', 'y']) console.log('for-in array', idx, typeof idx);
for (const ch in 'hi') console.log('for-in string', ch);
function P() { this.own = 1; }
P.prototype.inherited = 2;
for (const key in new P()) console.log('for-in proto', key);
for (const key in null) console.log('never null');
for (const key in undefined) console.log('never undefined');
for (const v of [10, 20]) console.log('for-of', v);
for (const c of 'a😀b') console.log('for-of string', c);
for (const entry of new Map([['k1', 'v1'], ['k2', 'v2']])) console.log('for-of map', entry[0], entry[1]);
for (const v of new Set(['s1', 's2', 's1'])) console.log('for-of set', v);
for (const k of new Map([['a', 1]]).keys()) console.log('map keys', k);
let sum = 0;
for (var vi = 0; vi < 5; vi++) sum += vi;
console.log('var after loop', vi, sum);
const arr = [1, 2, 3];
for (const v of arr) { if (v === 1) arr.push(4); console.log('growing', v); if (arr.length > 5) break; }
let existing;
for (existing of ['p', 'q']) {}
console.log('assign target', existing);
const o2 = {};
for (o2.prop of [1, 2]) {}
console.log(o2.prop);
const mutate = { a: 1, b: 2, c: 3 };
for (const key in mutate) { console.log('mutating for-in', key); delete mutate.b; }
try { for (const v of 5) {} } catch (e) { console.log(e.name, e instanceof TypeError); }
try { for (const v of {}) {} } catch (e) { console.log(e.name, e instanceof TypeError); }

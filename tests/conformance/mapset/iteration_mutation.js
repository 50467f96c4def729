// Deleting and adding during iteration
const m = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
for (const e of m) {
  console.log('visit', e[0]);
  if (e[0] === 'a') m.delete('b');
  if (e[0] === 'c') m.set('e', 5);
}
console.log(Array.from(m.keys()));
const s = new Set([1, 2, 3]);
for (const v of s) {
  console.log('set visit', v);
  if (v === 1) { s.delete(1); s.add(1); }
  if (v > 5) break;
  if (s.size < 10 && v < 3) s.add(v + 10);
}
console.log(Array.from(s));
const m2 = new Map([[1, 'x'], [2, 'y']]);
m2.forEach(function (v, k) {
  console.log('forEach', k, v);
  if (k === 1) { m2.delete(2); m2.set(3, 'z'); }
});
const s2 = new Set(['p', 'q', 'r']);
const it = s2.values();
console.log(JSON.stringify(it.next()));
s2.delete('q');
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
const m3 = new Map([['k', 1]]);
for (const e of m3) { m3.clear(); console.log('cleared during', e[0]); }
console.log(m3.size);

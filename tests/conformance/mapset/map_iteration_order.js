// Insertion order survives updates; re-insertion after delete moves to the end
const m = new Map();
m.set('z', 1).set('a', 2).set('m', 3).set(10, 'num').set(2, 'num2');
console.log(Array.from(m.keys()));
m.set('a', 'updated');
console.log(Array.from(m.keys()));
m.delete('z');
m.set('z', 'back');
console.log(Array.from(m.keys()), Array.from(m.values()));
const s = new Set([5, 1, 4]);
s.add(1);
s.delete(5);
s.add(5);
console.log(Array.from(s));
const fromObj = new Map(Object.entries({ b: 1, a: 2, 3: 'x', 1: 'y' }));
console.log(fromObj);
const keysSeen = [];
for (const k of m.keys()) { keysSeen.push(k); if (k === 'a') m.set('late', 'added'); }
console.log(keysSeen);

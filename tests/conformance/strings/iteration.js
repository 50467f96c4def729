// Iterating strings: for-of code points, index loops code units, Array.from
const s = 'aé😀中\u0301z';
const units = [], points = [];
for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i).toString(16));
for (const ch of s) points.push(ch.codePointAt(0).toString(16));
console.log(s.length, units.join(' '));
console.log(points.length, points.join(' '));
console.log(Array.from(s).length, s.split('').length);
let reversedUnits = '';
for (let i = s.length - 1; i >= 0; i--) reversedUnits += s[i];
console.log(reversedUnits.length, Array.from(s).reverse().join('') === Array.from('z\u0301中😀éa').join(''));
const counts = {};
for (const ch of 'mississippi') counts[ch] = (counts[ch] || 0) + 1;
console.log(counts);
let idx = 0;
for (const ch of 'abc') console.log(idx++, ch, ch.charCodeAt(0));

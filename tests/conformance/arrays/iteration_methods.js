// forEach map filter reduce reduceRight some every find findIndex findLast
const a = [3, 1, 4, 1, 5, 9, 2, 6];
a.forEach(function (v, i, arr) { if (i < 2) console.log('forEach', v, i, arr.length); });
console.log(a.map(function (v, i) { return v * i; }), a.filter(function (v) { return v % 2; }));
console.log(a.reduce(function (s, v) { return s + v; }), a.reduce(function (s, v) { return s + v; }, 100), a.reduce(function (m, v) { return v > m ? v : m; }, -Infinity));
console.log(a.reduceRight(function (acc, v) { return acc + v; }, ''), ['a', 'b', 'c'].reduceRight(function (acc, v) { return acc + v; }));
console.log(a.some(function (v) { return v > 8; }), a.some(function (v) { return v > 9; }), [].some(function () { return true; }));
console.log(a.every(function (v) { return v > 0; }), a.every(function (v) { return v > 1; }), [].every(function () { return false; }));
console.log(a.find(function (v) { return v > 3; }), a.find(function (v) { return v > 10; }), a.findIndex(function (v) { return v > 3; }), a.findIndex(function (v) { return v > 10; }));
console.log(a.findLast(function (v) { return v < 4; }), a.findLastIndex(function (v) { return v < 4; }), a.findLast(function (v) { return v > 100; }), a.findLastIndex(function () { return false; }));
try { [].reduce(function (s, v) { return s + v; }); } catch (e) { console.log(e.name, e.message); }
try { [].reduceRight(function () {}); } catch (e) { console.log(e.name); }
console.log([5].reduce(function () { return 'never'; }), [].reduce(function () { return 'never'; }, 'init'));
const visited = [];
[1, , 3].forEach(function (v, i) { visited.push(i); });
console.log(visited, [1, , 3].map(function (v) { return v * 2; }), [1, , 3].filter(function () { return true; }));
const ctx = { factor: 10 };
console.log([1, 2].map(function (v) { return v * this.factor; }, ctx));
const mutated = [1, 2, 3];
const seen = [];
mutated.forEach(function (v, i) { seen.push(v); if (i === 0) mutated.push(99); });
console.log(seen, mutated);
const words = ['apple', 'bob', 'kayak', 'level', 'noon', 'xyz'];
console.log(words.filter(function (w) { return w === w.split('').reverse().join(''); }));
console.log(words.map(function (w) { return w.length; }).reduce(function (a, b) { return a + b; }, 0));
const grouped = words.reduce(function (acc, w) { const k = w.length; (acc[k] = acc[k] || []).push(w); return acc; }, {});
console.log(grouped);
try { [1].map(5); } catch (e) { console.log(e.name, e.message); }
try { [1].forEach(); } catch (e) { console.log(e.name, e.message); }

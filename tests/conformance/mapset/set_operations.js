// Set algebra implemented with Set methods available in Level 1
function union(a, b) { const out = new Set(a); for (const v of b) out.add(v); return out; }
function intersection(a, b) { const out = new Set(); for (const v of a) if (b.has(v)) out.add(v); return out; }
function difference(a, b) { const out = new Set(); for (const v of a) if (!b.has(v)) out.add(v); return out; }
function symmetricDiff(a, b) { return union(difference(a, b), difference(b, a)); }
function isSubset(a, b) { for (const v of a) if (!b.has(v)) return false; return true; }
const evens = new Set([0, 2, 4, 6, 8, 10]), threes = new Set([0, 3, 6, 9]), small = new Set([2, 4]);
console.log(union(evens, threes), intersection(evens, threes), difference(evens, threes), symmetricDiff(evens, threes));
console.log(isSubset(small, evens), isSubset(evens, small), isSubset(new Set(), small));
const words = 'the cat sat on the mat with the hat'.split(' ');
const uniq = new Set(words);
console.log(uniq.size, words.length, Array.from(uniq).join(' '));
const letters = new Set('hello world');
letters.delete(' ');
console.log(Array.from(letters).sort().join(''), letters.has('o'), letters.has(' '));
const seen = new Set();
const dups = [];
for (const w of words) { if (seen.has(w)) dups.push(w); else seen.add(w); }
console.log(dups);

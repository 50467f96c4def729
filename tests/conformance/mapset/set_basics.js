// Set semantics
const s = new Set([3, 1, 3, 2, 1]);
console.log(s.size, Array.from(s), s.has(3), s.has('3'), s.add(4) === s, s.size);
s.add(1);
console.log(s.size, Array.from(s));
console.log(s.delete(3), s.delete(3), Array.from(s));
s.add(3);
console.log(Array.from(s));
const z = new Set([0, -0, NaN, NaN, 0 / 0, '0', null, undefined, undefined]);
console.log(z.size, Array.from(z), Object.is(Array.from(z)[0], 0));
const objs = new Set([{}, {}, []]);
console.log(objs.size);
const fromStr = new Set('mississippi');
console.log(Array.from(fromStr).join(''), fromStr.size);
console.log(Array.from(s.keys()), Array.from(s.values()), Array.from(s.entries()));
s.forEach(function (v, k, set) { console.log('forEach', v, k, set === s); });
const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
console.log('union', Array.from(new Set(Array.from(a).concat(Array.from(b)))));
console.log('intersection', Array.from(a).filter(function (x) { return b.has(x); }));
console.log('difference', Array.from(a).filter(function (x) { return !b.has(x); }));
s.clear();
console.log(s.size, new Set().size, new Set(null).size, new Set([]).size);
console.log(Array.from(new Set([5, 4, 5, 3, 4])).length, new Set([1, 2]) instanceof Set);
try { new Set(5); } catch (e) { console.log(e.name); }
const dedupe = Array.from(new Set(['b', 'a', 'b', 'c', 'a']));
console.log(dedupe);

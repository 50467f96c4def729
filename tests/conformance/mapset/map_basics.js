// Map semantics
const m = new Map();
console.log(m.set('a', 1) === m, m.set('b', 2).set('c', 3).size, m.get('a'), m.get('zz'), m.has('b'), m.has('zz'));
m.set('a', 'updated');
console.log(Array.from(m.keys()), Array.from(m.values()), Array.from(m.entries()));
console.log(m.delete('b'), m.delete('b'), m.size, Array.from(m.keys()));
m.set('b', 'readded');
console.log(Array.from(m.keys()));
const keys = new Map();
keys.set(0, 'zero');
console.log(keys.get(-0), keys.has(-0));
keys.set(-0, 'negzero');
console.log(keys.size, keys.get(0), Array.from(keys.keys()), Object.is(Array.from(keys.keys())[0], -0));
keys.set(NaN, 'nan');
console.log(keys.get(NaN), keys.has(0 / 0), keys.size);
keys.set('1', 'string one').set(1, 'number one');
console.log(keys.get('1'), keys.get(1), keys.size);
const objKey = {}, fnKey = function () {}, arrKey = [];
keys.set(objKey, 'obj').set(fnKey, 'fn').set(arrKey, 'arr');
console.log(keys.get(objKey), keys.get({}), keys.get(fnKey), keys.get(arrKey), keys.get([]));
keys.set(null, 'null').set(undefined, 'undef');
console.log(keys.get(null), keys.get(undefined), keys.get(), keys.has(undefined));
const fromPairs = new Map([['x', 1], ['y', 2], ['x', 3]]);
console.log(fromPairs.size, fromPairs.get('x'), Array.from(fromPairs));
const copy = new Map(fromPairs);
copy.set('z', 26);
console.log(fromPairs.size, copy.size);
fromPairs.forEach(function (v, k, map) { console.log('forEach', k, v, map === fromPairs); });
m.clear();
console.log(m.size, m.get('a'));
console.log(new Map().size, new Map(undefined).size, new Map(null).size, new Map([]).size);
try { new Map([1, 2]); } catch (e) { console.log(e.name); }
try { Map(); } catch (e) { console.log(e.name); }
const counts = new Map();
for (const w of 'a b a c b a'.split(' ')) counts.set(w, (counts.get(w) || 0) + 1);
console.log(counts, Array.from(counts).sort(function (p, q) { return q[1] - p[1]; })[0]);
console.log(typeof m.keys().next, m instanceof Map, Object.prototype.toString.call(m));

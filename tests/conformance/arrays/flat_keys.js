// flat flatMap keys values entries, Array.isArray/from/of
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [[]].flat(), [1, , 3].flat());
console.log([1, 2, 3].flatMap(function (x) { return [x, x * 10]; }), ['a b', 'c'].flatMap(function (s) { return s.split(' '); }), [1, 2].flatMap(function (x) { return [[x]]; }));
const a = ['a', 'b', 'c'];
for (const k of a.keys()) console.log('key', k);
for (const v of a.values()) console.log('value', v);
for (const e of a.entries()) console.log('entry', e[0], e[1]);
console.log(Array.from(a.keys()), Array.from(a.entries()), Array.from([, 'x'].keys()));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(new Array(3)), Array.isArray(Array.prototype));
console.log(Array.from('héllo'), Array.from('😀ab'), Array.from({ length: 3 }), Array.from({ length: 3 }, function (_, i) { return i * i; }));
console.log(Array.from([1, 2, 3], function (x) { return x * 2; }), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'a']])));
console.log(Array.from({ length: 2, 0: 'x', 1: 'y', 2: 'ignored' }), Array.from(5), Array.from(true));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined), new Array(3).length, new Array(3, 4), new Array('3'));
console.log(Array(2), Array(1, 2), [].concat(Array(2)).length);
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { new Array(1.5); } catch (e) { console.log(e.name); }
const iter = a.values();
console.log(typeof iter.next, JSON.stringify(iter.next()), JSON.stringify(iter.next()), JSON.stringify(iter.next()), JSON.stringify(iter.next()));

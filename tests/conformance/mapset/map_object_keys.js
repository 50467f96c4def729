// Maps keyed by objects, functions and primitives of every type
const m = new Map();
const k1 = {}, k2 = [], k3 = function () {}, k4 = new Map();
m.set(k1, 'object').set(k2, 'array').set(k3, 'function').set(k4, 'map');
m.set(1, 'one').set('1', 'string one').set(true, 'true').set(null, 'null').set(undefined, 'undefined').set(NaN, 'nan').set(-0, 'zero');
console.log(m.size, m.get(k1), m.get(k2), m.get(k3), m.get(k4), m.get({}), m.get([]));
console.log(m.get(1), m.get('1'), m.get(true), m.get(null), m.get(undefined), m.get(NaN), m.get(0), m.get(-0), m.get(+0));
console.log(Array.from(m.values()));
const visits = new Map();
const pages = [{ url: '/a' }, { url: '/b' }];
for (const p of [pages[0], pages[1], pages[0], pages[0]]) visits.set(p, (visits.get(p) || 0) + 1);
console.log(Array.from(visits).map(function (e) { return e[0].url + '=' + e[1]; }).join(' '));
const sym = new Map([[1, 'a']]);
sym.set(1.0, 'b');
sym.set('01', 'c');
console.log(sym);

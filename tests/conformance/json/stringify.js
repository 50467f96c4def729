// JSON.stringify
console.log(JSON.stringify({ a: 1, b: 'two', c: [1, 2, { d: null }], e: true }));
console.log(JSON.stringify([undefined, function () {}, NaN, Infinity, -0, null]));
console.log(JSON.stringify({ u: undefined, f: function () {}, n: NaN, i: -Infinity, z: -0, keep: 1 }));
console.log(JSON.stringify('str'), JSON.stringify(42), JSON.stringify(null), JSON.stringify(true), JSON.stringify(undefined), JSON.stringify(function () {}));
console.log(JSON.stringify('quote " backslash \\ newline \n tab \t ctrl \u0001 \u001f del \u007f é 😀 \u2028'));
console.log(JSON.stringify('\ud800'), JSON.stringify('\udc00x'), JSON.stringify('\ud83d\ude00'));
console.log(JSON.stringify({ 2: 'b', 1: 'a', z: 'z', y: 'y' }));
console.log(JSON.stringify([new Number(1), new String('s'), new Boolean(false)]));
console.log(JSON.stringify({ nested: { deeper: { deepest: [[[]]] } } }), JSON.stringify([]), JSON.stringify({}));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Error('e')));
console.log(JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(5e-324), JSON.stringify(-1e-7));
const withToJSON = { secret: 'x', toJSON() { return { public: 'shown' }; } };
console.log(JSON.stringify(withToJSON), JSON.stringify({ inner: withToJSON }), JSON.stringify([withToJSON]));
const keyAware = { toJSON(key) { return 'key=' + key; } };
console.log(JSON.stringify({ k1: keyAware, arr: [keyAware] }), JSON.stringify(keyAware));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ a: { toJSON() { return undefined; } } }));
class Temp { constructor(c) { this.c = c; } toJSON() { return this.c + 'C'; } }
console.log(JSON.stringify({ t: new Temp(21) }));
const circ = { name: 'c' };
circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name, e instanceof TypeError); }
console.log(JSON.stringify({ a: [1, { b: 2 }] }, ['a', 'b']), JSON.stringify({ a: 1, b: 2, c: 3 }, ['c', 'a']));
console.log(JSON.stringify({ 1: 'one', 2: 'two' }, [1]), JSON.stringify({ a: 1 }, []));
console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 2] }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { return k === 'b' ? undefined : v; }));
console.log(JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(Object.create(null)));
console.log(JSON.stringify([[1, 2], [3]]), JSON.stringify({ arr: [] , obj: {} }));

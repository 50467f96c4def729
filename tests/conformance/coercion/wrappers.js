// Primitive wrapper objects
const n = new Number(42), s = new String('hi'), b = new Boolean(false);
console.log(typeof n, typeof s, typeof b, n instanceof Number, s instanceof String, b instanceof Boolean);
console.log(n + 1, s + '!', b ? 'truthy object' : 'falsy', b.valueOf(), !b);
console.log(n.valueOf(), s.valueOf(), n.toString(), s.toString(), b.toString(), n.toFixed(2));
console.log(n == 42, n === 42, s == 'hi', s === 'hi', new Number(1) == new Number(1));
console.log(Number(n), String(s), Boolean(b), Boolean(new Boolean(false)));
console.log(Object(1) instanceof Number, typeof Object('x'), Object(true) instanceof Boolean);
console.log((5).constructor === Number, 'x'.constructor === String, true.constructor === Boolean);
console.log(Number.prototype.toString.call(255, 16), typeof Number.prototype.valueOf.call(3));
n.extra = 'prop';
console.log(n.extra, Object.keys(n), Object.keys(s));
const prim = 'str';
prim.extra = 1;
console.log(prim.extra);
console.log(JSON.stringify([n, s, b]), JSON.stringify({ n: new Number(3) }));
console.log([new Number(3), new String('ab'), new Boolean(true)].map(function (x) { return typeof x.valueOf(); }));
try { Number.prototype.toString.call('x'); } catch (e) { console.log(e instanceof TypeError); }

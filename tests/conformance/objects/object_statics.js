// Object.keys/values/entries/assign/freeze/create/getPrototypeOf
const src = { a: 1, b: [2, 3], c: { d: 4 } };
console.log(Object.keys(src), Object.values(src), Object.entries(src));
const target = { a: 0, z: 26 };
const r = Object.assign(target, src, { e: 5 }, null, undefined, { a: 'last' });
console.log(r === target, target);
console.log(Object.assign({}, 'ab'), Object.assign({}, [7, 8]), Object.assign({}, 5));
const shallow = Object.assign({}, src);
shallow.c.d = 'shared';
console.log(src.c.d);
// freeze may be a no-op in kiln (LANGUAGE.md): only its return value is checked
const toFreeze = { x: 1 };
console.log(Object.freeze(toFreeze) === toFreeze, Object.freeze(5));
const proto = { greet() { return 'hi ' + this.n; } };
const child = Object.create(proto);
child.n = 'child';
console.log(child.greet(), Object.getPrototypeOf(child) === proto, Object.keys(child), 'greet' in child);
const bare = Object.create(null);
bare.k = 'v';
console.log(Object.keys(bare), Object.getPrototypeOf(bare), 'toString' in bare, typeof bare.hasOwnProperty);
console.log(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.keys('abc'), Object.values('ab'), Object.entries([5, 6]), Object.keys(42));
try { Object.keys(null); } catch (e) { console.log(e.name, e.message); }
try { Object.keys(undefined); } catch (e) { console.log(e.name); }
try { Object.create(5); } catch (e) { console.log(e.name); }
const withProto = Object.create(proto, {});
console.log(Object.keys(withProto), withProto.greet());
console.log(Object.entries({}).length, Object.values({ x: undefined }));
const freq = Object.entries({ b: 2, a: 3, c: 1 }).sort(function (p, q) { return q[1] - p[1]; });
console.log(freq);

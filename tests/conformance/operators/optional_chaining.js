// ?. ?.[] ?.() with short-circuit
const o = { a: { b: { c: 42 } }, arr: [1, 2, 3], fn() { return 'called'; }, nul: null };
console.log(o?.a?.b?.c, o.x?.y, o.x?.y.z.w, o.nul?.foo, o.arr?.[1], o.arr?.[10], o.missing?.[0]);
console.log(o.fn?.(), o.nofn?.(), o.a.b?.c.toString(), o?.['a']?.['b']);
let n = null;
let u;
console.log(n?.x, u?.x, n?.[0], u?.(), n?.x.y.z(), typeof u?.x);
let count = 0;
const r = n?.[count++];
console.log(r, count);
const r2 = o?.[count++];
console.log(r2, count);
console.log((n?.a)?.b, o.a?.b.c);
const arr = [null, { name: 'x' }, undefined];
for (const item of arr) console.log(item?.name ?? '(none)');
const api = { get(k) { return k === 'user' ? { profile: { email: 'a@b' } } : null; } };
console.log(api.get('user')?.profile?.email, api.get('other')?.profile?.email);
console.log(o.fn?.call ? 'has call' : 'none', o.fn?.call(o), o.arr.map?.(function (v) { return v * 2; }));
try { o.a.nope.c; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { o.nofn(); } catch (e) { console.log(e instanceof TypeError, e.message); }
try { o.a.b.c(); } catch (e) { console.log(e instanceof TypeError, e.message); }
const s = 'str';
console.log(s?.length, s?.toUpperCase?.(), (0)?.toFixed(1), ''?.length);
delete o?.a?.b;
console.log(o.a, delete n?.x);

// Optional calls preserve this; short-circuit covers the whole chain
const obj = {
  name: 'obj',
  get() { return this && this.name; },
  nested: { name: 'nested', get() { return this.name; } },
};
console.log(obj.get?.(), obj?.get(), obj.nested?.get(), obj?.nested?.get?.(), (obj?.get)());
let calls = 0;
function side() { calls++; return 'k'; }
const none = null;
console.log(none?.[side()], none?.a[side()].b, none?.a(side()), calls);
console.log(obj.missing?.(side()), calls);
console.log(obj?.[side()], calls);
const arr = [() => 'first'];
console.log(arr[0]?.(), arr[1]?.(), arr?.[0]?.());
const fns = { run: null };
console.log(fns.run?.(), typeof fns.run?.call);
const deep = { a: { b: null } };
console.log(deep.a.b?.c.d.e, deep.a?.b?.c, deep?.a?.b ?? 'fallback');
try { deep.a.b.c; } catch (e) { console.log(e.name, e.message); }

// Inline caches in compiled code: monomorphic, polymorphic and megamorphic
// sites, shapes changing under a hot loop, dictionary-mode objects,
// prototype properties, accessors, closures' environment slots.
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; }
const shapes = [{ x: 1 }, { y: 0, x: 2 }, { z: 0, y: 0, x: 3 }, { w: 0, x: 4 }, { v: 0, x: 5 }, { u: 0, t: 0, x: 6 }];
let total = 0;
for (let round = 0; round < 50; round++) {
  for (let i = 0; i < shapes.length; i++) { setX(shapes[i], getX(shapes[i]) + 1); total += getX(shapes[i]); }
}
console.log(total, shapes.map(getX).join());
const o = { a: 1, x: 10 };
for (let i = 0; i < 100; i++) { if (i === 50) { o.b = 2; } if (i === 70) { delete o.a; } total += getX(o); }
console.log(total, JSON.stringify(o));
const proto = { x: 'from proto' };
const child = Object.create(proto);
console.log(getX(child), getX(proto));
proto.x = 'changed'; console.log(getX(child));
child.x = 'own'; console.log(getX(child), getX(proto));
let calls = 0;
const acc = { get x() { calls++; return 'getter'; }, set x(v) { calls += v; } };
for (let i = 0; i < 3; i++) { console.log(getX(acc)); setX(acc, 10); }
console.log(calls);
const frozen = Object.freeze({ x: 1 });
setX(frozen, 2); console.log(getX(frozen));
function strictSet(obj) { 'use strict'; obj.x = 3; }
try { strictSet(frozen); } catch (e) { console.log(e.constructor.name); }
console.log(getX('str'), getX(5), getX([1, 2]));
try { getX(null); } catch (e) { console.log(e.message); }
try { setX(undefined, 1); } catch (e) { console.log(e.message); }
function counter() { let n = 0; return function () { n = n + 1; return n; }; }
const c1 = counter(), c2 = counter();
for (let i = 0; i < 10; i++) c1();
console.log(c1(), c2());
function tdz() { try { return later; } catch (e) { return e.name; } let later = 1; }
console.log(tdz());
class Base { constructor() { this.kind = 'base'; } }
class Derived extends Base { constructor(early) { if (early) { try { this.kind; } catch (e) { console.log(e.name); } } super(); } }
console.log(new Derived(true).kind, new Derived(false).kind);
const arr = [];
for (let i = 0; i < 8; i++) { const p = {}; p['k' + i] = i; p.x = i; arr.push(p); }
console.log(arr.map(getX).join());

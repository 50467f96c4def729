// One property site seeing many situations, each after the site's inline
// cache has been filled: new shapes, prototype hits that stop being true,
// deletions, accessors, frozen objects, primitives. Every answer must be
// what a fresh lookup gives.
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; return o.x; }

// Monomorphic, then polymorphic, then megamorphic.
var shapes = [{ x: 1 }, { a: 0, x: 2 }, { b: 0, c: 0, x: 3 }, { d: 0, x: 4 }, { e: 0, f: 0, g: 0, x: 5 }, { x: 6, y: 7 }];
var seen = [];
for (var round = 0; round < 3; round++) {
  for (var i = 0; i < shapes.length; i++) seen.push(getX(shapes[i]));
}
console.log(seen.join(' '));

// A prototype hit, then the prototype changes under the cached site.
function Base() {}
Base.prototype.x = 'from proto';
var child = new Base();
var hits = [];
for (var j = 0; j < 3; j++) hits.push(getX(child));
Base.prototype.x = 'proto updated';
hits.push(getX(child));
child.x = 'own now';
hits.push(getX(child));
delete child.x;
hits.push(getX(child));
delete Base.prototype.x;
hits.push(getX(child));
Object.defineProperty(Base.prototype, 'x', { get: function () { return 'getter'; }, configurable: true });
hits.push(getX(child));
console.log(hits.join(' | '));

// Stores: existing slot, then a frozen object (ignored in sloppy mode),
// then an accessor, then a read-only property in strict mode.
var target = { x: 0 };
var stores = [];
for (var k = 1; k <= 3; k++) stores.push(setX(target, k));
var frozen = Object.freeze({ x: 'frozen' });
stores.push(setX(frozen, 'changed?'));
var log = [];
var withSetter = { get x() { return 'get:' + log.length; }, set x(v) { log.push(v); } };
stores.push(setX(withSetter, 'via setter'));
console.log(stores.join(' '), log);
function strictSet(o, v) { 'use strict'; o.x = v; return o.x; }
var plain = { x: 1 };
for (var m = 0; m < 3; m++) strictSet(plain, m);
try {
  strictSet(Object.freeze({ x: 1 }), 2);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Deleting properties (dictionary mode) after the site is warm.
var victim = { p: 1, x: 2, q: 3 };
var before = getX(victim);
delete victim.p;
console.log(before, getX(victim), victim);

// Primitives and arrays through the same named site.
function len(o) { return o.length; }
console.log(len('abc'), len([1, 2, 3, 4]), len({ length: 'own' }), len(function (a, b) {}), len('🙂'));
function upper(s) { return s.toUpperCase; }
console.log(typeof upper('x'), upper('y') === String.prototype.toUpperCase);

// Adding properties in different orders gives different shapes.
function make(order) {
  var o = {};
  for (var n = 0; n < order.length; n++) o[order[n]] = n;
  return o;
}
var objs = [make('xyz'), make('zyx'), make('yxz'), make('x'), make('zx')];
console.log(objs.map(getX).join(','));

// Reading missing properties and from null/undefined.
console.log(getX({}), getX(Object.create(null)), getX(Object.create({ x: 'inherited' })));
try {
  getX(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  setX(undefined, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

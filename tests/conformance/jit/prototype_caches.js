// Named loads answered by prototype-chain inline caches in compiled code:
// methods on prototypes, polymorphic receivers, and every change that must
// invalidate a cached hit (prototype objects mutated, prototypes swapped,
// own properties shadowing, getters appearing).
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
Animal.prototype.kind = 'animal';
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.speak = function () { return this.name + ' barks'; };

function speak(a) { return a.speak(); }
function kind(a) { return a.kind; }

var a = new Animal('cat');
var d = new Dog('rex');
for (var i = 0; i < 30; i++) { speak(a); speak(d); kind(a); kind(d); }
console.log(speak(a), speak(d), kind(a), kind(d));

// The holder's value changes: the cache reads it afresh.
Animal.prototype.kind = 'creature';
console.log(kind(a), kind(d));

// A new property on an intermediate prototype shadows the holder's.
Dog.prototype.kind = 'dog';
console.log(kind(a), kind(d));
delete Dog.prototype.kind;
console.log(kind(d));

// An own property shadows the prototype's.
d.kind = 'own';
console.log(kind(d));
delete d.kind;
console.log(kind(d));

// The prototype is swapped.
Object.setPrototypeOf(d, { speak: function () { return 'swapped'; }, kind: 'other' });
console.log(speak(d), kind(d));

// A getter replaces the data property.
Object.defineProperty(Animal.prototype, 'kind', { get: function () { return 'getter ' + this.name; }, configurable: true });
console.log(kind(a));

// Many receiver shapes at one site (past the polymorphic limit).
function get(o) { return o.m; }
var protoM = { m: 'inherited' };
var shapes = [];
for (var s = 0; s < 8; s++) {
  var o = Object.create(protoM);
  o['p' + s] = s;
  shapes.push(o);
}
var out = [];
for (var r = 0; r < 5; r++) for (var t = 0; t < shapes.length; t++) out.push(get(shapes[t]));
console.log(out.length, out[0], out[out.length - 1]);
protoM.m = 'changed';
console.log(get(shapes[3]));

// Classes: methods through two levels of prototypes.
class Base { hello() { return 'base hello'; } }
class Mid extends Base {}
class Leaf extends Mid { leaf() { return this.hello(); } }
var leaf = new Leaf();
for (var q = 0; q < 30; q++) leaf.leaf();
console.log(leaf.leaf());
Base.prototype.hello = function () { return 'patched hello'; };
console.log(leaf.leaf());
Mid.prototype.hello = function () { return 'mid hello'; };
console.log(leaf.leaf());

// String receivers: methods from String.prototype.
function upper(s) { return s.toUpperCase(); }
for (var u = 0; u < 30; u++) upper('x');
console.log(upper('abc'));

// `new F` takes its receiver's prototype from F.prototype at each call:
// a site that saw one prototype must notice a replaced one, a primitive
// (the receiver then inherits from Object.prototype), and a different
// constructor at the same site.
function Point(x) { this.x = x; }
Point.prototype.describe = function () { return 'point ' + this.x; };

function make(F, v) { return new F(v); }

var results = [];
for (var i = 0; i < 5; i++) results.push(make(Point, i).describe());
console.log(results.join(', '));

// Replace the prototype object: later instances see the new one.
var oldProto = Point.prototype;
Point.prototype = { describe: function () { return 'new point ' + this.x; } };
var p = make(Point, 7);
console.log(p.describe(), Object.getPrototypeOf(p) === Point.prototype, p instanceof Point);
console.log(Object.getPrototypeOf(make(Point, 1)) === oldProto);

// A primitive prototype: the receiver inherits from Object.prototype.
Point.prototype = 42;
var q = make(Point, 8);
console.log(Object.getPrototypeOf(q) === Object.prototype, q.x, typeof q.describe);
Point.prototype = null;
console.log(Object.getPrototypeOf(make(Point, 9)) === Object.prototype);
Point.prototype = 'str';
console.log(Object.getPrototypeOf(make(Point, 10)) === Object.prototype);

// Back to an object after primitives.
Point.prototype = oldProto;
console.log(make(Point, 11).describe());

// Another constructor at the same site, and one with an extra property
// (a different shape for the same `prototype` key).
function Other(v) { this.v = v; }
Other.prototype.describe = function () { return 'other ' + this.v; };
function Tagged(v) { this.v = v; }
Tagged.extra = true;
Tagged.prototype.describe = function () { return 'tagged ' + this.v; };
var fs = [Point, Other, Tagged, Point, Tagged, Other];
var out = [];
for (var j = 0; j < fs.length; j++) out.push(make(fs[j], j).describe());
console.log(out.join(' | '));

// A constructor returning an object replaces the receiver; returning a
// primitive keeps it.
function Ret(o) { this.a = 1; return o; }
console.log(make(Ret, { b: 2 }), make(Ret, 5), make(Ret, null));

// Arrow functions and methods are not constructors.
var arrow = () => 1;
try { make(arrow, 1); } catch (e) { console.log(e.constructor.name, e.message); }
var obj = { m() {} };
try { make(obj.m, 1); } catch (e) { console.log(e.constructor.name, e.message); }
// Bound functions construct their target.
var Bound = Point.bind(null, 99);
console.log(make(Bound, 0).x, make(Bound, 0) instanceof Point);

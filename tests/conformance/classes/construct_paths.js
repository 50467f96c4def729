// `new` of base classes, derived classes, classes with fields and default
// constructors at one site, and calls of class constructors without `new`
// (which must throw whichever path compiled code takes).
class A { constructor(x) { this.x = x; } get twice() { return this.x * 2; } }
class F { y = 5; constructor(x) { this.x = x; } }
class D extends A { constructor(x) { super(x + 1); this.d = true; } }
class E {}
class G extends E {}
class R { constructor() { return { r: 1 }; } }
class P { constructor() { return 7; } }
function mk(C, v) { return new C(v); }
for (var i = 0; i < 3; i++) {
  console.log(mk(A, i), mk(A, i).twice, mk(F, i), mk(D, i), mk(E, i), mk(G, i), mk(R, i), mk(P, i));
}
var classes = [A, F, D, E, G, R];
for (var j = 0; j < classes.length; j++) {
  try { classes[j](1); } catch (e) { console.log(e.constructor.name, e.message); }
  try { classes[j].call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
}
class NT { constructor() { this.t = new.target === NT; } }
console.log(mk(NT), new NT());
// A throwing constructor leaves no half-made object behind.
class Thrower { constructor(x) { if (x > 1) throw new RangeError('too big: ' + x); this.x = x; } }
for (var k = 0; k < 4; k++) {
  try { console.log(mk(Thrower, k)); } catch (e) { console.log(e.name, e.message); }
}
// Many instances: the site's cache and the shapes stay right.
var sum = 0;
for (var n = 0; n < 1000; n++) sum += mk(A, n).twice;
console.log(sum, Object.getPrototypeOf(mk(A, 1)) === A.prototype, mk(D, 1) instanceof A);

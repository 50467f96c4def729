// What `new` of a derived class gives: this made by super(...), an object
// it returns instead, and the errors (no super call, a primitive result,
// super called twice), each at a site that saw good constructions first.
class Base { constructor(v) { this.v = v; } }
class Good extends Base { constructor(v) { super(v * 2); this.good = true; } }
class ReturnsObject extends Base { constructor(v) { return { replaced: v }; } }
class ReturnsUndefined extends Base { constructor(v) { super(v); return undefined; } }
class NoSuper extends Base { constructor(v) { if (v > 10) super(v); } }
class ReturnsNumber extends Base { constructor(v) { super(v); return 42; } }
class TwiceSuper extends Base { constructor(v) { super(v); if (v > 10) super(v); } }
class Deep extends Good { constructor(v) { super(v + 1); this.deep = this.v; } }
class WithField extends Base { extra = 'field'; constructor(v) { super(v); this.after = this.extra; } }
class Default extends Base {}

function mk(C, v) { return new C(v); }
var kinds = [Good, ReturnsObject, ReturnsUndefined, NoSuper, ReturnsNumber, TwiceSuper, Deep, WithField, Default];
for (var round = 0; round < 2; round++) {
  for (var i = 0; i < kinds.length; i++) {
    try {
      var o = mk(kinds[i], round * 20 + i);
      console.log(kinds[i].name, o, o instanceof kinds[i]);
    } catch (e) {
      console.log(kinds[i].name, e.constructor.name + ': ' + e.message);
    }
  }
}
// Thrown from the constructor body after super: the error propagates.
class Throws extends Base { constructor(v) { super(v); throw new Error('after super ' + this.v); } }
try { mk(Throws, 3); } catch (e) { console.log(e.message); }
// Many instances of a hierarchy.
var total = 0;
for (var n = 0; n < 500; n++) total += mk(Deep, n).deep;
console.log(total);

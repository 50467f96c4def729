// Class basics: constructor, methods, static, fields
class Point {
  x = 0;
  y = 0;
  label = 'pt';
  constructor(x, y) {
    if (x !== undefined) this.x = x;
    if (y !== undefined) this.y = y;
  }
  norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return '(' + this.x + ', ' + this.y + ')'; }
  static origin() { return new Point(); }
  static distance(a, b) { return a.add(new Point(-b.x, -b.y)).norm(); }
}
const p = new Point(3, 4);
console.log(p.norm(), String(p), `${p.add(p)}`, Point.origin().toString());
console.log(Point.distance(new Point(1, 1), new Point(4, 5)));
console.log(p);
console.log(typeof Point, Point.name, p instanceof Point, p.constructor === Point, Object.keys(p));
console.log(Object.getPrototypeOf(p) === Point.prototype, typeof Point.prototype.norm, Object.keys(Point.prototype));
console.log(p.hasOwnProperty('x'), p.hasOwnProperty('norm'), 'norm' in p);
class Empty {}
console.log(new Empty(), Object.keys(new Empty()), typeof new Empty());
class Counter {
  count = 0;
  step = this.count + 1;
  inc() { this.count += this.step; return this; }
}
const c = new Counter();
console.log(c.inc().inc().inc().count, c);
class WithComputed {
  ['comp' + 'uted']() { return 'computed method'; }
  'quoted name'() { return 'quoted'; }
  42() { return 'numeric'; }
}
const w = new WithComputed();
console.log(w.computed(), w['quoted name'](), w[42]());
class Static {
  static make() { Static.count++; return new Static(); }
}
Static.count = 0;
Static.make(); Static.make();
console.log(Static.count);
const Expr = class Named { who() { return Named.name; } };
console.log(Expr.name, new Expr().who());
const Anon = class {};
console.log(Anon.name);
class Fields {
  a = 1;
  b;
  c = this.a + 10;
  d = () => this.a;
}
const f = new Fields();
console.log(f, f.d.call(null));

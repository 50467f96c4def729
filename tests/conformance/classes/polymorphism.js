// Polymorphism through method overriding and super chains
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  perimeter() { return 0; }
  describe() { return this.name + ': area=' + this.area().toFixed(2) + ' perimeter=' + this.perimeter().toFixed(2); }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = 'square'; }
  describe() { return super.describe() + ' side=' + this.w; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
  perimeter() { return 2 * Math.PI * this.r; }
}
class Triangle extends Shape {
  constructor(a, b, c) {
    super('triangle');
    if (a + b <= c || a + c <= b || b + c <= a) throw new RangeError('invalid triangle ' + [a, b, c].join('/'));
    this.sides = [a, b, c];
  }
  perimeter() { return this.sides.reduce(function (x, y) { return x + y; }); }
  area() { const s = this.perimeter() / 2; return Math.sqrt(this.sides.reduce(function (p, x) { return p * (s - x); }, s)); }
}
const shapes = [new Rect(3, 4), new Square(2.5), new Circle(1), new Triangle(3, 4, 5), new Shape('blob')];
for (const s of shapes) console.log(s.describe());
try { new Triangle(1, 2, 10); } catch (e) { console.log(e.name, e.message); }
const total = shapes.reduce(function (sum, s) { return sum + s.area(); }, 0);
console.log('total area', total.toFixed(4));
console.log(shapes.map(function (s) { return s.constructor.name; }), shapes.filter(function (s) { return s instanceof Rect; }).length);
const sorted = shapes.slice().sort(function (a, b) { return b.area() - a.area(); });
console.log(sorted.map(function (s) { return s.name; }).join(' > '));

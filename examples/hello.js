// The example the README runs: a little of everything kiln compiles.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  toString() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Square extends Shape {
  constructor(s) { super('square'); this.s = s; }
  area() { return this.s * this.s; }
}
const shapes = [new Circle(1), new Square(2), new Circle(0.5)];
console.log('Hello from kiln!');
for (const s of shapes) console.log(String(s));
const byName = new Map();
for (const s of shapes) byName.set(s.name, (byName.get(s.name) ?? 0) + 1);
console.log(byName);
console.log(shapes.map((s) => s.area()).sort((a, b) => a - b));
console.log({ total: shapes.reduce((sum, s) => sum + s.area(), 0), count: shapes.length });

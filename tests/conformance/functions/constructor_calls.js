// `new` of plain functions and base classes: what a constructor returns,
// where `this` comes from, exceptions crossing the `new`, and recursion
// through constructors (the interpreter enters these without recursing).
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm1 = function () { return Math.abs(this.x) + Math.abs(this.y); };
var p = new Point(3, -4);
console.log(p, p.norm1(), p instanceof Point, Object.getPrototypeOf(p) === Point.prototype);

// Primitive results are replaced by `this`; object results win.
function ReturnsPrimitive() { this.kept = true; return 42; }
function ReturnsNull() { this.kept = true; return null; }
function ReturnsString() { this.kept = true; return 'str'; }
function ReturnsObject() { this.lost = true; return { replaced: 1 }; }
function ReturnsArray() { return [1, 2]; }
function ReturnsFunction() { return function named() {}; }
function ReturnsUndefinedExplicitly() { this.a = 1; return undefined; }
console.log(new ReturnsPrimitive(), new ReturnsNull(), new ReturnsString());
console.log(new ReturnsObject(), new ReturnsArray(), typeof new ReturnsFunction());
console.log(new ReturnsUndefinedExplicitly());

// A non-object `prototype` falls back to Object.prototype.
function NoProto() { this.v = 1; }
NoProto.prototype = 7;
var np = new NoProto();
console.log(Object.getPrototypeOf(np) === Object.prototype, np);
NoProto.prototype = { tag: 'new proto' };
console.log(new NoProto().tag);

// new.target, arguments and missing/extra arguments.
function Seen(a, b) {
  this.target = new.target === Seen;
  this.count = arguments.length;
  this.b = b;
}
console.log(new Seen(1), new Seen(1, 2, 3), new Seen);

// Exceptions thrown inside a constructor reach the caller's handler, and the
// caller's registers are intact afterwards.
function Fails(n) {
  this.n = n;
  if (n > 2) throw new RangeError('too big: ' + n);
}
var made = [];
for (var i = 0; i < 5; i++) {
  try {
    made.push(new Fails(i).n);
  } catch (e) {
    made.push(e.name + '(' + e.message + ')');
  }
}
console.log(made.join(', '));

// Recursion through constructors (a tree built by `new` inside `new`).
function Node(depth) {
  this.left = depth > 0 ? new Node(depth - 1) : null;
  this.right = depth > 0 ? new Node(depth - 1) : null;
}
function count(n) { return n === null ? 0 : 1 + count(n.left) + count(n.right); }
console.log(count(new Node(10)));

// A constructor calling other functions and constructors, and `this` in
// nested calls.
function Wrapper(v) {
  this.inner = new Point(v, v * 2);
  this.sum = sum(this.inner.x, this.inner.y);
}
function sum(a, b) { return a + b; }
console.log(new Wrapper(5));

// Classes without field initializers, with methods and getters.
class Counter {
  constructor(start) { this.value = start; }
  inc() { this.value++; return this; }
  get doubled() { return this.value * 2; }
}
var c = new Counter(10).inc().inc();
console.log(c, c.doubled, c instanceof Counter);
class ReturnsOther {
  constructor() { return { other: true }; }
}
console.log(new ReturnsOther());

// Deep recursion through `new` is a RangeError, caught here.
function Deep(n) { this.next = new Deep(n + 1); }
try {
  new Deep(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}

// Non-constructors still throw.
var arrow = () => 1;
var obj = { method() {} };
for (var f of [arrow, obj.method, Math.max, 5, undefined]) {
  try {
    new f();
    console.log('constructed?');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}

// Class instances and constructor-function instances
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Child extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), new Empty(), new Child());
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ p: new Point(0, 0), e: new Empty() });
function Legacy(v) { this.v = v; }
console.log(new Legacy(5), [new Legacy('s')]);
const obj = Object.create(Point.prototype);
console.log(obj);
const noProto = Object.create(null);
console.log(noProto);
noProto.a = 1;
console.log(noProto, [noProto], { inner: noProto });
const protoObj = Object.create({ inherited: true });
protoObj.own = 1;
console.log(protoObj);
class WithFields { a = 1; b = 'two'; c = [3]; d = { e: 4 }; }
console.log(new WithFields());
class Deep { constructor() { this.l1 = { l2: { l3: { l4: 'deep' } } }; } }
console.log(new Deep());
function Anon() {}
Anon.prototype = {};
console.log(new Anon());
const anonClass = new (class {})();
console.log(anonClass);
class Pt { constructor() { this.x = 1; } toString() { return 'custom'; } }
console.log(new Pt(), String(new Pt()), `${new Pt()}`);

// Three ways to inherit: Object.create, constructor stealing, class extends
const base = { greet() { return 'hi from ' + this.kind; }, kind: 'base' };
const viaCreate = Object.create(base);
viaCreate.kind = 'created';
function Parent(kind) { this.kind = kind; }
Parent.prototype.greet = function () { return 'hi from ' + this.kind; };
function Child(kind) { Parent.call(this, kind); this.child = true; }
Child.prototype = Object.create(Parent.prototype);
Child.prototype.constructor = Child;
class P2 { constructor(kind) { this.kind = kind; } greet() { return 'hi from ' + this.kind; } }
class C2 extends P2 { constructor(kind) { super(kind); this.child = true; } }
const a = viaCreate, b = new Child('child-fn'), c = new C2('child-class');
console.log(a.greet(), b.greet(), c.greet());
console.log(b instanceof Parent, c instanceof P2, base.isPrototypeOf(a), Parent.prototype.isPrototypeOf(b));
console.log(b, c, Object.keys(a));
Child.prototype.greet = function () { return Parent.prototype.greet.call(this).toUpperCase(); };
console.log(b.greet(), new Parent('p').greet());
function extend(Sub, Super) { Sub.prototype = Object.create(Super.prototype); Sub.prototype.constructor = Sub; return Sub; }
const Grand = extend(function Grand() { Child.call(this, 'grand'); }, Child);
const gr = new Grand();
console.log(gr.greet(), gr instanceof Parent, gr.constructor.name, gr);

// extends, super(), super.method(), overriding
class Animal {
  constructor(name) { this.name = name; this.kind = 'animal'; }
  speak() { return this.name + ' makes a sound'; }
  describe() { return this.kind + ':' + this.name; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.kind = 'dog';
    this.breed = breed;
  }
  speak() { return super.speak() + ' (woof)'; }
}
class Puppy extends Dog {
  speak() { return super.speak() + ' (yip)'; }
}
const a = new Animal('generic'), d = new Dog('Rex', 'lab'), p = new Puppy('Bit', 'pug');
console.log(a.speak(), '|', d.speak(), '|', p.speak());
console.log(d.describe(), p.describe(), p.breed);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, d instanceof Puppy, a instanceof Dog);
console.log(Object.getPrototypeOf(Puppy) === Dog, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(Dog.create('made') instanceof Dog, Puppy.create('pp').speak());
console.log(d, p);
class NoCtor extends Animal {}
const n = new NoCtor('implicit');
console.log(n.name, n.kind, n);
class WithField extends Animal {
  legs = 4;
  constructor(name) { super(name); this.after = this.legs * 2; }
}
console.log(new WithField('f'));
class Base { constructor() { this.init(); } init() { this.who = 'base'; } }
class Derived extends Base { init() { this.who = 'derived'; } }
console.log(new Derived().who);
class Shape { area() { return 0; } toString() { return this.constructor.name + '(' + this.area() + ')'; } }
class Sq extends Shape { constructor(s) { super(); this.s = s; } area() { return this.s ** 2; } }
class Circ extends Shape { constructor(r) { super(); this.r = r; } area() { return Math.round(Math.PI * this.r ** 2); } }
console.log([new Sq(3), new Circ(2), new Shape()].map(String).join(' '));
class Stat { static hello() { return 'static ' + this.name; } }
class SubStat extends Stat { static hello() { return super.hello() + '!'; } }
console.log(SubStat.hello());
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class NewStyle extends OldStyle { get2() { return this.get() * 2; } }
console.log(new NewStyle(21).get2());

// Methods, this binding, method extraction
class Greeter {
  greeting = 'Hello';
  constructor(name) { this.name = name; }
  greet() { return this.greeting + ', ' + this.name; }
  greetLater() { return () => this.greet(); }
  chain() { return this; }
}
const g = new Greeter('Ann');
console.log(g.greet(), g.greetLater()(), g.chain().chain().greet());
const m = g.greet;
try { m(); } catch (e) { console.log(e.name, e.message); }
const bound = g.greet.bind({ greeting: 'Yo', name: 'bound' });
console.log(bound());
console.log(['x', 'y'].map(n => new Greeter(n)).map(x => x.greet()));
class Stack {
  items = [];
  push(x) { this.items.push(x); return this; }
  pop() { return this.items.pop(); }
  peek() { return this.items[this.items.length - 1]; }
  size() { return this.items.length; }
}
const s = new Stack().push(1).push(2).push(3);
console.log(s.pop(), s.peek(), s.items.length);
class Temp {
  constructor(c) { this.c = c; }
  toF() { return this.c * 9 / 5 + 32; }
  static fromF(f) { return new Temp((f - 32) * 5 / 9); }
}
console.log(new Temp(100).toF(), Temp.fromF(212).c, Temp.fromF(-40).toF());
class Shadow {
  value = 'field';
  value2() { return 'method'; }
}
const sh = new Shadow();
sh.value2 = () => 'own prop wins';
console.log(sh.value, sh.value2(), Shadow.prototype.value2.call(sh));

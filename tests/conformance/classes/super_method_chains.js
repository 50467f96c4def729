// super.method() through several levels, including static and overridden toString
class A {
  hello() { return 'A'; }
  chain() { return ['A']; }
  static make() { return 'A.make'; }
  toString() { return 'A-instance'; }
}
class B extends A {
  hello() { return 'B>' + super.hello(); }
  chain() { return super.chain().concat('B'); }
  static make() { return super.make() + '>B.make'; }
}
class C extends B {
  hello() { return 'C>' + super.hello(); }
  chain() { return super.chain().concat('C'); }
  static make() { return super.make() + '>C.make'; }
  toString() { return 'C(' + super.toString() + ')'; }
}
const c = new C();
console.log(c.hello(), c.chain(), C.make(), String(c), `${new B()}`);
class Logger {
  constructor() { this.lines = []; }
  log(msg) { this.lines.push(msg); return this; }
}
class TimestampLogger extends Logger {
  constructor() { super(); this.t = 0; }
  log(msg) { this.t += 10; return super.log('[' + this.t + '] ' + msg); }
}
class PrefixLogger extends TimestampLogger {
  log(msg) { return super.log('app: ' + msg); }
}
const lg = new PrefixLogger();
lg.log('start').log('work').log('stop');
console.log(lg.lines, lg.t, lg instanceof Logger);
const method = C.prototype.hello;
console.log(method.call(new C()), B.prototype.hello.call(c), A.prototype.hello.call(null));

// Static blocks run in order with static fields; computed field names are evaluated once
let evaluated = [];
function key(name) { evaluated.push(name); return name; }
class Config {
  static defaults = { retries: 3 };
  static {
    this.ready = true;
    evaluated.push('block1 ' + this.defaults.retries);
  }
  [key('instanceField')] = 'value';
  static [key('staticField')] = 42;
  static {
    evaluated.push('block2 ' + Config.staticField);
    var local = 'hidden';
    this.local = local;
  }
  method() { return this.instanceField; }
}
console.log(evaluated);
console.log(Config.ready, Config.staticField, Config.local, typeof local);
const a = new Config();
const b = new Config();
console.log(a.method(), b.instanceField, evaluated.length);
console.log(Object.keys(a), Object.keys(Config));
class Counter {
  static count = 0;
  static { Counter.count += 10; }
  constructor() { Counter.count++; }
}
new Counter(); new Counter();
console.log(Counter.count);
let i = 0;
class Keys { [`k${++i}`] = i; [`k${++i}`] = i; }
console.log(new Keys(), new Keys(), i);

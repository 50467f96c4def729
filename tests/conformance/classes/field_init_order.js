// Field initialisation order relative to constructors and super()
const log = [];
class Base {
  baseField = (log.push('Base field'), 'b');
  constructor() { log.push('Base ctor, kind=' + this.kind()); }
  kind() { return 'base'; }
}
class Derived extends Base {
  derivedField = (log.push('Derived field'), 'd');
  constructor() {
    log.push('Derived ctor before super');
    super();
    log.push('Derived ctor after super, derivedField=' + this.derivedField);
  }
  kind() { return 'derived(' + this.derivedField + ')'; }
}
const d = new Derived();
console.log(log.join('\n'));
console.log(d);
class Defaults {
  a = 1;
  b = this.a + 1;
  c = this.compute();
  compute() { return this.b * 10; }
}
console.log(new Defaults());
class Overwrite { x = 'field'; constructor() { this.x = 'ctor'; } }
console.log(new Overwrite().x);
class ArrowField { v = 5; get = () => this.v; }
const af = new ArrowField();
const detached = af.get;
console.log(detached(), Object.keys(af));

// Class expressions, classes in closures, classes as values
function makeClass(greeting) {
  return class {
    constructor(name) { this.name = name; }
    greet() { return greeting + ', ' + this.name; }
  };
}
const Hello = makeClass('Hello'), Hola = makeClass('Hola');
console.log(new Hello('Ann').greet(), new Hola('Bea').greet(), Hello === Hola, Hello.name, Hola.name);
const registry = {};
for (const kind of ['Cat', 'Dog']) {
  registry[kind] = class extends Object { speak() { return kind + ' sound'; } };
}
console.log(new registry.Cat().speak(), new registry.Dog().speak());
function mixin(Base, methods) {
  class Mixed extends Base {}
  Object.assign(Mixed.prototype, methods);
  return Mixed;
}
class Plain { hi() { return 'hi'; } }
const Fancy = mixin(Plain, { wave() { return 'wave'; } });
const f = new Fancy();
console.log(f.hi(), f.wave(), f instanceof Plain, Fancy.name);
const classes = [class A {}, class B {}, class {}];
console.log(classes.map(function (C) { return C.name; }), classes.map(function (C) { return typeof new C(); }));
const Named = class Inner { static who() { return Inner.name; } };
console.log(Named.who(), typeof Inner);
console.log(new (class { constructor() { this.made = 'inline'; } })().made);

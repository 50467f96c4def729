// Functions nested in containers, named and anonymous, with properties
function outer() {}
outer.inner = function () {};
outer.named = function named() {};
outer.arrow = () => {};
outer.klass = class Kls {};
outer.nested = { deeper: { fn: function deepFn() {} } };
console.log(outer);
console.log([outer.inner, outer.named, outer.arrow, outer.klass]);
console.log({ methods: { a() {}, b: function () {}, c: () => {} } });
const bound = outer.bind(null);
console.log({ bound, boundArrow: (() => 1).bind(null) });
class Base {}
class Derived extends Base {}
class Deeper extends Derived {}
console.log([Base, Derived, Deeper], { Deeper });
const anonExtends = class extends Derived {};
console.log(anonExtends, [anonExtends]);

// Functions and classes
function foo() {}
const bar = function () {};
const baz = () => {};
class A {}
class B extends A {}
const Anon = class {};
const AnonExt = class extends A {};
console.log(foo, bar, baz, A, B, Anon, AnonExt);
console.log([foo, bar, baz, A, B]);
console.log({ foo, bar, baz, A, B });
console.log(function () {}, (function () { return function () {}; })(), (() => () => 1)());
console.log(Math.max, console.log, Object, Array, Map, TypeError, parseInt);
console.log([].map, ''.slice, Object.keys);
function withProps() {}
withProps.version = 2;
withProps.tags = ['a'];
console.log(withProps);
console.log({ withProps });
class WithStatic { static make() {} }
WithStatic.count = 3;
console.log(WithStatic);
const bound = foo.bind(null);
console.log(bound, [bound]);
class C { method() {} static s() {} }
console.log(new C().method, C.s);
const obj = { m() {}, ['comp' + 'uted']() {} };
console.log(obj.m, obj.computed);

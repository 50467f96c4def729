// Walking prototype chains of built-ins and user objects
function chainNames(obj) {
  const names = [];
  let p = Object.getPrototypeOf(obj);
  while (p) {
    names.push(p.constructor ? p.constructor.name : '(no constructor)');
    p = Object.getPrototypeOf(p);
  }
  return names.join(' -> ');
}
class A {}
class B extends A {}
class C extends B {}
function F() {}
console.log(chainNames(new C()));
console.log(chainNames(new F()));
console.log(chainNames([]));
console.log(chainNames(function () {}));
console.log(chainNames(new TypeError('x')));
console.log(chainNames(new Map()));
console.log(chainNames(Object.create(Object.create({}))));
console.log(chainNames(Object.create(null)) === '', chainNames(5), chainNames('s'), chainNames(true));
console.log(chainNames(C), chainNames(Math), chainNames(JSON));

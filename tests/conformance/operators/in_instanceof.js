// in and instanceof in detail
const arr = ['a', 'b'];
console.log(0 in arr, '1' in arr, 2 in arr, 'length' in arr, 'map' in arr, -1 in arr);
const o = { a: undefined };
console.log('a' in o, 'b' in o, 'toString' in o, 'hasOwnProperty' in o, 'constructor' in o);
delete o.a;
console.log('a' in o);
const nullProto = Object.create(null);
console.log('toString' in nullProto);
class A {}
class B extends A {}
function C() {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof C);
C.prototype = A.prototype;
console.log(b instanceof C, new A() instanceof C);
console.log(Object.create(A.prototype) instanceof A, Object.create(null) instanceof Object);
console.log([] instanceof Object, (() => {}) instanceof Function, new Map() instanceof Map, new Set() instanceof Map);
try { 'x' in 'string'; } catch (e) { console.log('in on string:', e.name); }
try { ({}) instanceof 5; } catch (e) { console.log('instanceof number:', e.name); }
try { ({}) instanceof (() => {}); } catch (e) { console.log('instanceof arrow:', e.name); }
console.log(1 in [5, 6], '01' in ['x', 'y'], 1.0 in [5, 6], '1.0' in [5, 6]);

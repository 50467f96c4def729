// TypeErrors around classes
class A { constructor() { this.x = 1; } }
try { A(); } catch (e) { console.log(e.name, e.message); }
try { A.call({}); } catch (e) { console.log(e.name, e.message); }
class B extends A { constructor() { this.y = 2; super(); } }
try { new B(); } catch (e) { console.log(e.name, e instanceof ReferenceError); }
class C extends A { constructor() { } }
try { new C(); } catch (e) { console.log(e.name, e instanceof ReferenceError); }
const notCtor = { m() {} };
try { new notCtor.m(); } catch (e) { console.log(e.name, e.message); }
try { new (() => 1)(); } catch (e) { console.log(e.name, e instanceof TypeError); }
try { new Math.max(); } catch (e) { console.log(e.name, e.message); }
try { new 5(); } catch (e) { console.log(e.name, e instanceof TypeError); }
try { const x = 1; new x(); } catch (e) { console.log(e.name, e.message); }
try { class D extends 5 {} } catch (e) { console.log(e.name, e instanceof TypeError); }
try { new A().missing(); } catch (e) { console.log(e.name, e instanceof TypeError); }
console.log(typeof A, typeof new A());
class E { static s() { return this; } }
console.log(E.s() === E);
const s = E.s;
console.log(s());

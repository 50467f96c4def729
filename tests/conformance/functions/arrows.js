// Arrow functions: expression/block bodies, lexical this
const sq = x => x * x;
const add = (a, b) => a + b;
const noArgs = () => 'none';
const block = (a) => { const b = a * 2; return b + 1; };
const obj = () => ({ wrapped: true });
const noReturn = () => { 1 + 1; };
console.log(sq(7), add(2, 3), noArgs(), block(4), obj(), noReturn());
const counter = {
  count: 0,
  start() {
    const tick = () => { this.count++; return this.count; };
    tick(); tick();
    return tick();
  },
  regular() {
    const self = this;
    return [1, 2].map(function () { return this === self; });
  },
  arrowMap() { return [1, 2].map(() => this === counter); },
};
console.log(counter.start(), counter.count, counter.regular(), counter.arrowMap());
const bound = (() => 'arrow').bind({ x: 1 });
console.log(bound());
function Outer() {
  this.v = 42;
  this.getV = () => this.v;
}
const inst = new Outer();
const detached = inst.getV;
console.log(detached(), detached.call({ v: 0 }));
try { new sq(); } catch (e) { console.log(e.name, e.message); }
console.log(sq.prototype, typeof sq, sq.length, add.length, sq.name);
const curried = a => b => c => a + b + c;
console.log(curried(1)(2)(3));
const ternaryArrow = n => n > 0 ? 'pos' : n < 0 ? 'neg' : 'zero';
console.log([5, -2, 0].map(ternaryArrow));
const nested = () => () => () => 'deep';
console.log(nested()()());

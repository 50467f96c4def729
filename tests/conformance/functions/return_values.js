// Return values: implicit undefined, early returns, returning functions/objects
function none() {}
function empty() { return; }
function early(x) { if (x) return 'early'; return 'late'; }
function obj() { return { a: 1 }; }
function fn() { return function () { return 'inner'; }; }
function arr() { return [1, 2]; }
function cond(n) { return n > 0 ? 'pos' : n < 0 ? 'neg' : 'zero'; }
console.log(none(), empty(), early(1), early(0), obj(), fn()(), arr()[1], cond(-3), cond(0));
function loopReturn(list, target) { for (const v of list) { if (v === target) return 'found ' + v; } return 'missing'; }
console.log(loopReturn([1, 2, 3], 2), loopReturn([], 1));
function switchReturn(k) { switch (k) { case 'a': return 1; case 'b': return 2; default: return 0; } }
console.log(switchReturn('a'), switchReturn('b'), switchReturn('z'));
const arrowObj = () => ({ x: 1 });
const arrowBlock = () => { x: 1 };
console.log(arrowObj(), arrowBlock());
function multiple() { return 1, 2, 3; }
console.log(multiple());
function returnsThis() { return this; }
console.log(returnsThis.call(null) === globalThis, typeof returnsThis.call(7));
function chain() { return { then: function (f) { return f(1); } }; }
console.log(chain().then(function (v) { return v + 1; }));

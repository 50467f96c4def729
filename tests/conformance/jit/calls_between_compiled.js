// Calls and `new` between compiled functions: callees redefined while
// running, recursion to the call-depth limit (a catchable RangeError),
// exceptions through compiled frames, constructors that return objects.
function add(a, b) { return a + b; }
function callAdd(x) { return add(x, 1); }
var total = 0;
for (var i = 0; i < 50; i++) total = callAdd(total);
console.log(total);

// The callee is redefined: the next call runs the new function.
add = function (a, b) { return a - b; };
console.log(callAdd(10));
add = 5;
try { callAdd(1); } catch (e) { console.log(e instanceof TypeError, e.message); }

// Recursion through compiled frames to the limit, caught, then again.
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
console.log(down(500));
function deep() { return deep() + 1; }
for (var r = 0; r < 2; r++) {
  try { deep(); } catch (e) { console.log(e instanceof RangeError, e.message); }
}
var depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log(depth > 100); }

// Exceptions thrown several compiled frames down, caught up the stack.
function thrower(n) { if (n === 0) throw new Error('bottom'); return thrower(n - 1) + 1; }
function catcher() {
  try { return thrower(20); } catch (e) { return 'caught ' + e.message; } finally { console.log('finally'); }
}
console.log(catcher());
function rethrow(n) {
  try { return thrower(n); } catch (e) { throw new Error('wrapped ' + e.message); }
}
try { rethrow(3); } catch (e) { console.log(e.message); }

// Constructors called with `new` from compiled code.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return this.x * this.x + this.y * this.y; };
var acc = 0;
for (var p = 0; p < 40; p++) acc += new Point(p, 1).norm();
console.log(acc);
function ReturnsObject() { this.ignored = true; return { replaced: true }; }
function ReturnsPrimitive() { this.kept = true; return 42; }
console.log(JSON.stringify(new ReturnsObject()), JSON.stringify(new ReturnsPrimitive()));
function Throws() { throw new Error('in constructor'); }
try { new Throws(); } catch (e) { console.log(e.message); }
class Shape { constructor(n) { this.n = n; } }
class Square extends Shape { constructor(n) { super(n); this.sq = n * n; } }
var sq = 0;
for (var s = 0; s < 30; s++) sq += new Square(s).sq;
console.log(sq);
class Bad extends Shape { constructor() { } }
try { new Bad(); } catch (e) { console.log(e instanceof ReferenceError); }
try { new add(); } catch (e) { console.log(e instanceof TypeError); }
var arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e instanceof TypeError); }
function Recurse(n) { this.child = n > 0 ? new Recurse(n - 1) : null; }
var chain = new Recurse(30), len = 0;
while (chain) { len++; chain = chain.child; }
console.log(len);
function Endless() { new Endless(); }
try { new Endless(); } catch (e) { console.log(e instanceof RangeError); }

// `this` in sloppy and strict callees.
function sloppyThis() { return this === undefined ? 'undefined' : typeof this; }
function strictThis() { 'use strict'; return this === undefined ? 'undefined' : typeof this; }
console.log(sloppyThis(), strictThis());

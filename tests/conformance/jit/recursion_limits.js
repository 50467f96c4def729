// Deep recursion in compiled code is a catchable RangeError, and the
// program goes on normally afterwards (also from inside try/finally).
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
console.log(down(1000));
function forever(n) { return forever(n + 1) + 1; }
try { forever(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
let depth = 0;
function withFinally() { depth++; try { return withFinally(); } finally { depth--; } }
try { withFinally(); } catch (e) { console.log(e.name, depth); }
function mutualA(n) { return mutualB(n + 1); }
function mutualB(n) { return mutualA(n + 1); }
try { mutualA(0); } catch (e) { console.log(e.name); }
console.log(down(2000));
function Ctor(n) { this.next = n > 0 ? new Ctor(n - 1) : null; }
try { new Ctor(1e6); } catch (e) { console.log('ctor', e.name); }
let c = new Ctor(100), len = 0;
while (c) { len++; c = c.next; }
console.log(len);

// Deep recursion -> RangeError, catchable, program continues
function recurse(n) { return recurse(n + 1) + 1; }
try { recurse(0); } catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
let depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log('caught at some depth', depth > 1000, e.name); }
function mutualA(n) { return mutualB(n + 1); }
function mutualB(n) { return mutualA(n + 1); }
try { mutualA(0); } catch (e) { console.log('mutual', e.name, e.message); }
const obj = { m() { return this.m(); } };
try { obj.m(); } catch (e) { console.log('method', e.name); }
function recoverAndContinue() {
  try { recurse(0); } catch (e) { return 'recovered'; }
}
console.log(recoverAndContinue(), recoverAndContinue());
let finallyRan = false;
function withFinally(n) { try { return withFinally(n + 1); } finally { finallyRan = true; } }
try { withFinally(0); } catch (e) { console.log('with finally', e.name, finallyRan); }
console.log('still running');

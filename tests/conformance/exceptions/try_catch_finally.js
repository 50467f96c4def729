// try/catch/finally ordering
function order() {
  const log = [];
  try { log.push('try'); throw new Error('boom'); log.push('unreachable'); }
  catch (e) { log.push('catch:' + e.message); }
  finally { log.push('finally'); }
  log.push('after');
  return log.join(' ');
}
console.log(order());
function finallyOverrides() { try { return 'try'; } finally { return 'finally'; } }
console.log(finallyOverrides());
function finallyOverridesThrow() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
console.log(finallyOverridesThrow());
function catchReturn() { try { throw 1; } catch (e) { return 'catch ' + e; } finally { console.log('finally runs before return'); } }
console.log(catchReturn());
function tryReturnValueFixed() { let x = 1; try { return x; } finally { x = 2; } }
console.log(tryReturnValueFixed());
function nested() {
  const log = [];
  try {
    try { throw new Error('inner'); }
    finally { log.push('inner finally'); }
  } catch (e) { log.push('outer caught ' + e.message); }
  return log;
}
console.log(nested());
function rethrow() {
  try { try { throw new TypeError('t1'); } catch (e) { throw new RangeError('from catch: ' + e.message); } }
  catch (e2) { return e2.name + ' ' + e2.message; }
}
console.log(rethrow());
function finallyThrows() {
  try { try { return 'x'; } finally { throw new Error('finally threw'); } } catch (e) { return e.message; }
}
console.log(finallyThrows());
for (let i = 0; i < 3; i++) {
  try { if (i === 1) continue; console.log('body', i); } finally { console.log('finally', i); }
}
let broke = '';
while (true) { try { break; } finally { broke = 'finally on break'; } }
console.log(broke);
try { console.log('no error'); } catch (e) { console.log('never'); } finally { console.log('finally anyway'); }
try { throw 'x'; } catch { console.log('optional catch binding'); }
const r = (function () { try { return 'a'; } catch (e) { return 'b'; } })();
console.log(r);
let e = 'outer e';
try { throw 'inner e'; } catch (e) { console.log(e); }
console.log(e);
function loopFinally() {
  let s = '';
  for (let i = 0; i < 3; i++) { try { s += i; if (i === 1) return s; } finally { s += 'f'; console.log('s in finally', s); } }
  return s;
}
console.log(loopFinally());

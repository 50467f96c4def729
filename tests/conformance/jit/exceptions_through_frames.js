// Exceptions thrown from compiled code unwind through several compiled
// frames to the nearest handler; finally blocks run on the way out, and a
// return inside finally replaces the exception or the value.
function level3(n) {
  if (n % 3 === 0) throw new Error('boom ' + n);
  if (n % 3 === 1) return null.prop;
  return n;
}
function level2(n) { return level3(n) + 1; }
function level1(n) {
  const log = [];
  try {
    log.push('try');
    return level2(n);
  } catch (e) {
    log.push('catch ' + e.constructor.name);
    return e.message;
  } finally {
    log.push('finally');
    console.log(n, log.join(','));
  }
}
for (let i = 0; i < 6; i++) console.log(level1(i));
function finallyReturns() {
  try { throw new TypeError('lost'); } finally { return 'finally wins'; }
}
console.log(finallyReturns());
function finallyOverridesValue() {
  try { return 'try'; } finally { console.log('cleanup'); }
}
console.log(finallyOverridesValue());
function nested(depth) {
  try {
    if (depth === 0) throw depth;
    return nested(depth - 1);
  } finally {
    console.log('unwind', depth);
  }
}
try { nested(4); } catch (e) { console.log('caught', e); }
function rethrow() {
  try { level3(3); } catch (e) { e.message += ' (rethrown)'; throw e; }
}
try { rethrow(); } catch (e) { console.log(e.message); }
function throwInCatch() {
  try { throw 1; } catch (e) { throw e + 1; } finally { console.log('still runs'); }
}
try { throwInCatch(); } catch (e) { console.log('got', e); }
let loops = 0;
for (let i = 0; i < 1000; i++) {
  try { if (i % 100 === 0) throw i; loops++; } catch (e) { loops += 1000; } finally { loops += 0; }
}
console.log(loops);
function breakOut() {
  const out = [];
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      try { if (j === 1) continue outer; if (i === 2) break outer; out.push(i + ':' + j); } finally { out.push('f'); }
    }
  }
  return out.join(' ');
}
console.log(breakOut());
const thrower = { get x() { throw new RangeError('getter'); } };
function readX(o) { return o.x; }
for (let i = 0; i < 3; i++) { try { readX(i < 2 ? { x: i } : thrower); console.log('read', i); } catch (e) { console.log(e.name, e.message); } }

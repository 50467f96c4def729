// Nested try blocks, rethrowing, wrapping errors
function parseAge(s) {
  const n = Number(s);
  if (s.trim() === '' || Number.isNaN(n)) throw new TypeError('not a number: ' + JSON.stringify(s));
  if (n < 0 || n > 150) throw new RangeError('age out of range: ' + n);
  return n;
}
function loadUser(raw) {
  try {
    return { name: raw.name.trim(), age: parseAge(raw.age) };
  } catch (e) {
    const wrapped = new Error('invalid user: ' + e.message);
    wrapped.original = e.name;
    throw wrapped;
  }
}
const inputs = [{ name: ' ann ', age: '31' }, { name: 'bob', age: 'abc' }, { name: 'cy', age: '-4' }, { age: '5' }, { name: 'di', age: '' }];
for (const raw of inputs) {
  try { console.log('ok', loadUser(raw)); }
  catch (e) { console.log('fail', e.message, '(' + e.original + ')'); }
}
function level3() { throw new SyntaxError('deep'); }
function level2() { try { level3(); } finally { console.log('level2 cleanup'); } }
function level1() { try { level2(); } catch (e) { console.log('level1 caught', e.name); throw e; } }
try { level1(); } catch (e) { console.log('top caught', e.message, e instanceof SyntaxError); }
let attempts = 0;
function flaky() { attempts++; if (attempts < 3) throw new Error('attempt ' + attempts + ' failed'); return 'success after ' + attempts; }
function retry(fn, n) { let last; for (let i = 0; i < n; i++) { try { return fn(); } catch (e) { last = e; console.log('retry:', e.message); } } throw last; }
console.log(retry(flaky, 5));
attempts = -10;
try { retry(flaky, 2); } catch (e) { console.log('gave up:', e.message); }

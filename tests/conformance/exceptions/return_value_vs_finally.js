// The value a `return` takes is fixed before `finally` runs, even when the
// finally block reassigns the returned local; a finally's own return wins.
function plain() { let x = 1; try { return x; } finally { x = 2; } }
function nested() {
  let x = "outer";
  try {
    try { return x; } finally { x = "inner finally"; }
  } finally {
    x = "outer finally";
  }
}
function overridden() { let x = 1; try { return x; } finally { return x + 10; } }
function inLoop() {
  let n = 0;
  for (let i = 0; i < 5; i++) {
    try { if (i === 3) return n; } finally { n += 100; }
    n += i;
  }
  return -1;
}
function noFinally(a) { let x = a * 2; try { return x; } catch (e) { return -1; } }
function counterAfterReturn() {
  let calls = 0;
  const bump = () => { calls++; return calls; };
  try { return bump(); } finally { bump(); }
}
console.log(plain(), nested(), overridden(), inLoop(), noFinally(21), counterAfterReturn());

// finally interacting with break/continue/return in loops and switches
function f1() {
  const log = [];
  for (let i = 0; i < 4; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      log.push('body' + i);
    } finally {
      log.push('fin' + i);
    }
  }
  return log.join(' ');
}
console.log(f1());
function f2() {
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      try { if (j === 1) continue outer; if (i === 2) break outer; } finally { console.log('  finally', i, j); }
    }
  }
  return 'done';
}
console.log(f2());
function f3(k) {
  switch (k) {
    case 1:
      try { return 'one'; } finally { console.log('  switch finally'); }
    default:
      return 'other';
  }
}
console.log(f3(1), f3(2));
function f4() {
  let i = 0;
  while (true) {
    try { i++; if (i === 3) return i; } finally { if (i === 3) console.log('  returning', i); }
  }
}
console.log(f4());
function f5() { for (;;) { try { return 'from try'; } finally { break; } } return 'after loop'; }
console.log(f5());
function f6() { let r = 'init'; try { r = 'try'; throw 1; } catch (e) { r += '+catch'; return r; } finally { r += '+finally'; console.log('  r is', r); } }
console.log(f6());

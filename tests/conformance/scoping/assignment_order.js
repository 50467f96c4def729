// Assignments and initializers: the target changes only when the value is complete
var x = 1;
function thrower() { throw new Error('t'); }
try { x = [2, thrower()]; } catch (e) { console.log('caught', e.message); }
console.log(x);
try { x = x + thrower(); } catch (e) { console.log('caught'); }
console.log(x);
try { x = (x = 7, thrower()); } catch (e) { console.log('caught'); }
console.log(x);
try { var y = (1, thrower()); } catch (e) { console.log('caught'); }
console.log(y);
try { var w = { a: 1, b: thrower() }; } catch (e) { console.log('caught'); }
console.log(w);
let a = 1; a = a + a * 2; console.log(a);
let b = 10; b = b > 5 ? b - 1 : b + 1; console.log(b);
let c = 3; c = c > 5 ? c : c * c; console.log(c);
let t = 'ab'; t = t + t; t += t; console.log(t);
let n = 5; n -= n; n++; n++; ++n; n--; console.log(n);
let s = '5'; s++; console.log(s, typeof s);
let o = { v: 1 }; let p = o; o = { v: o.v + 1, prev: o }; console.log(o, p);
try { let v = v + 1; } catch (e) { console.log(e.name, e.message); }
try { const k = k; } catch (e) { console.log(e.name, e.message); }
let m = 1; m = (function () { return m + 1; })(); console.log(m);
let q = 0; q = q || 'default'; q = q && q + '!'; console.log(q);
for (let i = 0, j = 10; i < j; i++, j--) { if (i === 4) console.log(i, j); }
let arr = [1, 2, 3]; let idx = 0; arr[idx++] = arr[idx++] * 10; console.log(arr, idx);
let cnt = 0; cnt = cnt++ + ++cnt; console.log(cnt);
let z = 1; z = typeof z; console.log(z);

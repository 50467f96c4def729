// per-iteration let bindings vs var in loops
const fnsLet = [];
for (let i = 0; i < 3; i++) fnsLet.push(function () { return i; });
console.log(fnsLet.map(function (f) { return f(); }));
const fnsVar = [];
for (var j = 0; j < 3; j++) fnsVar.push(function () { return j; });
console.log(fnsVar.map(function (f) { return f(); }));
const fnsMut = [];
for (let i = 0; i < 3; i++) { fnsMut.push(function () { return i; }); i++; }
console.log(fnsMut.map(function (f) { return f(); }));
const closures = [];
for (let i = 0; i < 3; i++) {
  closures.push(function () { i += 10; return i; });
}
console.log(closures[0](), closures[0](), closures[1](), closures[2]());
const ofFns = [];
for (const v of ['x', 'y', 'z']) ofFns.push(() => v);
console.log(ofFns.map(f => f()).join(''));
const inFns = [];
for (const k in { p: 1, q: 2 }) inFns.push(() => k);
console.log(inFns.map(f => f()).join(''));
const whileFns = [];
let n = 0;
while (n < 3) { let m = n; whileFns.push(() => m); n++; }
console.log(whileFns.map(f => f()));
const sharedFns = [];
let shared = 0;
while (shared < 3) { sharedFns.push(() => shared); shared++; }
console.log(sharedFns.map(f => f()));
const initCapture = [];
for (let i = 0, get = () => i; i < 3; i++) initCapture.push(get);
console.log(initCapture.map(f => f()));
const nested = [];
for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) nested.push(() => a + '' + b);
console.log(nested.map(f => f()).join(' '));

// On-stack replacement in the middle of every kind of loop: each loop runs
// in a function called once (so only OSR moves it into baseline code; with
// `--jit-threshold=1` that happens after 10 back-edges) and keeps iterating
// well past that point, its state carried over in the frame's registers.
function forLoop() {
  let s = 0;
  for (let i = 0; i < 40; i++) { s += i * i; if (i % 13 === 0) console.log('for', i, s); }
  return s;
}
function makeObject(n) {
  const o = {};
  for (let i = 0; i < n; i++) o['k' + i] = i;
  return o;
}
function makeArray(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i % 7);
  return a;
}
// (The loop under test is each function's first: the one its back-edge
// count crosses the OSR threshold in.)
function forIn(o) {
  let keys = '';
  let sum = 0;
  for (const k in o) { keys += k.length; sum += o[k]; if (k === 'k20') delete o.k25; }
  return keys + ' ' + sum;
}
function forInInherited() {
  function P() { this.own1 = 1; this.own2 = 2; }
  P.prototype.inherited = 3;
  let out = [];
  for (let round = 0; round < 8; round++) {
    const p = new P();
    p['extra' + round] = round;
    for (const k in p) out.push(k);
  }
  return out.length + ' ' + out.slice(-5).join();
}
function forOfArray(a) {
  let s = 0;
  for (const v of a) { s = s * 3 + v; s %= 100003; }
  return s;
}
function forOfMap(m) {
  let t = '';
  for (const e of m) t += e[1] % 10;
  return t;
}
function forOfString() {
  let u = 0;
  for (const ch of 'a string long enough to loop through') u += ch.charCodeAt(0);
  return u;
}
function forOfSet(set) {
  let w = 0;
  for (const x of set) w = w * 2 + x;
  return w;
}
function forOf() {
  const m = new Map();
  const keys = makeArray(25);
  for (let i = 0; i < 25; i++) m.set('m' + i, i + keys[i]);
  const set = new Set([5, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 10, 11, 12, 13, 14]);
  return [forOfArray(makeArray(35)), forOfMap(m), forOfString(), forOfSet(set)].join(' ');
}
function whileLoop() {
  let n = 27, steps = 0;
  while (n !== 1) { n = n % 2 === 0 ? n / 2 : 3 * n + 1; steps++; }
  let k = 0;
  while (true) { k++; if (k * k > 500) break; }
  return steps + ' ' + k;
}
function doWhile() {
  let i = 0, s = '';
  do { s += String.fromCharCode(97 + i % 26); i++; } while (i < 40);
  let j = 100;
  do { j -= 3; } while (j > 0);
  return s + ' ' + j;
}
function continueInFor() {
  let odd = 0;
  for (let k = 0; k < 50; k++) { if (k % 2 === 0) continue; odd += k; }
  return odd;
}
function continueInWhile() {
  let even = 0, i = 0;
  while (i < 50) { i++; if (i % 2) continue; even += i; }
  return even;
}
console.log(forLoop());
console.log(forIn(makeObject(30)));
console.log(forInInherited());
console.log(forOf());
console.log(whileLoop());
console.log(doWhile());
console.log(continueInFor(), continueInWhile());
// Top-level loops (the module function runs once).
let total = 0;
for (let i = 0; i < 60; i++) { total += i; }
let w = 0;
while (w < 45) w += 2;
const words = [];
for (const k in { alpha: 1, beta: 2, gamma: 3 }) words.push(k);
console.log(total, w, words.join('-'));

// Property assignments whose object, key or value is a local variable:
// the store may use the local's register directly, so every way the
// value expression can reassign those locals must still store to the
// object and key as they were before the value was computed.
function show(o) { return JSON.stringify(o); }

function plainStores(a, b) {
  const o = {};
  o.x = a;
  o["y"] = b;
  o[a] = b;
  let k = "z";
  o[k] = a;
  this.p = b; // sloppy: this is the global object here, so use a method below
  return show(o);
}
console.log(plainStores.call({}, "s", 2));

function keyReassigned() {
  const o = {};
  let i = 0;
  o[i] = i++;
  o[i] = (i = 5);
  o[i] = i;
  return show(o) + " i=" + i;
}
console.log(keyReassigned());

function objectReassigned() {
  let o = { name: "first" };
  const first = o;
  o.x = (o = { name: "second" }, 1);
  o.y = 2;
  let p = first;
  p[(p = o, "z")] = 3;
  return show(first) + " " + show(o);
}
console.log(objectReassigned());

function valueReassigned() {
  const o = {};
  let v = 1;
  o.a = v;
  v = 2;
  o.b = v;
  o.c = (v = 3);
  o.d = v++;
  o.e = v;
  return show(o);
}
console.log(valueReassigned());

function compoundAndLogical() {
  const o = { a: 1, b: "", c: 5, d: null };
  let k = "a";
  o[k] += (k = "c", 10);
  o[k] ||= (k = "zz", 7);
  o.b ||= k;
  o.d ??= o.a;
  let n = 0;
  o[n] = n;
  o[n]++;
  o[n] += n;
  return show(o) + " k=" + k;
}
console.log(compoundAndLogical());

// Results used as values still come out right.
function chained() {
  const o = {}, q = {};
  let v = "v";
  const r = o.x = q.y = v;
  let w = (o.z = v) + "!";
  return show(o) + show(q) + r + w;
}
console.log(chained());

// Setters and key conversion see the value as it was.
function withSetters() {
  const log = [];
  const o = { set s(x) { log.push("set " + x); } };
  let v = "one";
  o.s = v;
  v = "two";
  o.s = v;
  const key = { toString() { log.push("key"); v = "changed"; return "k"; } };
  o[key] = v;
  log.push("o.k=" + o.k + " v=" + v);
  return log.join(", ");
}
console.log(withSetters());

// Arrays filled by index in a loop, in place and through a local array.
function fill(n) {
  const a = [];
  for (let i = 0; i < n; i++) a[i] = i * i;
  const b = a;
  for (let j = 0; j < n; j++) b[j] = b[j] + a[n - 1 - j];
  return a.join(",");
}
console.log(fill(6));

// Constructors storing parameters, as most classes do.
function Point(x, y) { this.x = x; this.y = y; }
class Box {
  constructor(w, h) { this.w = w; this.h = h; this.area = w * h; }
}
console.log(show(new Point(1, -0)), show(new Box(2, 3)));

// Stores on primitives and frozen objects: strict mode throws, sloppy ignores.
function sloppyStore(s) { s.x = 1; return s.x; }
function strictStore(s) { "use strict"; s.x = 1; return s.x; }
console.log(sloppyStore("str"));
try { strictStore("str"); } catch (e) { console.log(e.constructor.name, e.message); }
const frozen = Object.freeze({ x: 0 });
function strictFrozen(o, v) { "use strict"; o.x = v; }
try { strictFrozen(frozen, 9); } catch (e) { console.log(e.constructor.name, e.message); }
try { let u; u.x = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { let n = null, k = "key"; n[k] = 1; } catch (e) { console.log(e.constructor.name, e.message); }

// for-in and for-of heads assign to members.
function heads() {
  const o = {}, arr = [];
  let i = 0;
  for (o.last in { a: 1, b: 2 }) arr[i++] = o.last;
  for (arr[i++] of ["x", "y"]);
  return show(o) + " " + show(arr);
}
console.log(heads());

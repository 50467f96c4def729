// Registers that are numbers on some paths only: a static pass must prove a
// number on every path before the wasm backend skips a type check.
function pathDependent(c) {
  var v = 1;
  if (c) v = "1";
  var w = v + 1;          // "11" or 2
  var x = v * 3;          // 3 either way
  var y = v - 1;
  console.log(w, typeof w, x, y);
  return w;
}
pathDependent(true);
pathDependent(false);

// A loop variable that changes type in the middle of the loop.
function changes() {
  var out = [];
  for (var i = 0; i < 12; i++) {
    if (i === 5) i = "7";   // a string, then ++ makes it a number again
    out.push(i, typeof i);
  }
  var s = 0;
  for (var j = 0; j < 6; j++) {
    s = s + j;
    if (j === 3) s = s + "x";
  }
  var t = 1.5;
  for (var k = 0; k < 4; k++) {
    t = t * 2;
    if (k === 1) t = null;
  }
  var u = 0;
  while (u < 5) {
    u = u + 1.5;
    if (u > 3) u = String(u);
  }
  console.log(out.join(" "), s, t, u, typeof u);
}
changes();

// valueOf and toString with side effects, through every operator that may
// call them; counts show each is called exactly once, in order.
var log = [];
function counted(name, value) {
  return { valueOf: function () { log.push(name); return value; } };
}
function sideEffects() {
  var a = counted("a", 6), b = counted("b", 4);
  var r1 = a - b, r2 = a * b, r3 = a / b, r4 = a + b, r5 = a % b;
  var r6 = a < b, r7 = a >= b;
  var x = 2.5;
  var r8 = x * a + x / b - a;
  var n = 0;
  for (var i = 0; i < 3; i++) n = n * 10 + counted("i" + i, i);
  console.log(r1, r2, r3, r4, r5, r6, r7, r8, n);
  console.log(log.join(","));
  var s = { toString: function () { return "7"; }, valueOf: null };
  console.log(s * 2, s - 1, 1 + s, s / 2);
}
sideEffects();

// Exceptions thrown in the middle of arithmetic: every value computed before
// the throw is seen by the handler and after it.
function throwing(k) {
  var a = 1.5, b = 0, c = 0;
  var bad = { valueOf: function () { throw new Error("valueOf " + k); } };
  try {
    b = a * 4;
    c = b - 1;
    a = a * (k > 1 ? bad : 2);
    c = c + a;
  } catch (e) {
    console.log("caught", e.message, a, b, c);
    a = a / 3;
  }
  for (var i = 0; i < 3; i++) {
    try {
      c = c * 2;
      if (i === k) throw c;
      c = c + 0.25;
    } catch (x) {
      console.log("thrown", x, c);
      c = -c;
    }
  }
  return [a, b, c];
}
console.log(throwing(0));
console.log(throwing(2));

// A captured variable lives in an environment: a closure may make it a
// string between two arithmetic ops.
function captured() {
  var t = 1;
  function make() { t = "s"; }
  var u = t * 2;
  make();
  var w = t + u;
  var n = 0.5;
  function bump() { n = n + "!"; return 1; }
  var m = n * 2 + bump() + n;
  console.log(u, w, m);
}
captured();

// Math.sqrt replaced in the middle of a loop: the intrinsic is guarded.
function replaced() {
  var total = 0;
  var saved = Math.sqrt;
  for (var i = 0; i < 6; i++) {
    if (i === 3) Math.sqrt = function (x) { return "r" + x; };
    total = total + Math.sqrt(i * 4);
  }
  Math.sqrt = saved;
  console.log(total, typeof total);
}
replaced();

// Strict equality between a number and other values.
function strict(v) {
  var n = 0.5 * 2;
  return [n === v, n !== v, v === n, n == v];
}
console.log(strict(1), strict("1"), strict(true), strict(null), strict(1.0));

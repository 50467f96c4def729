// Numbers the wasm backend keeps unboxed in f64 locals: -0, NaN, int32
// overflow and the int32/double representation must come out exactly as
// the interpreter's (and node's).
function show(label, v) {
  console.log(label, v, Object.is(v, -0) ? "(-0)" : "", typeof v);
}

// -0 through chains of arithmetic, moves and comparisons.
function negativeZero(a, b) {
  var m = a * b;          // -0 for (0, -5)
  var n = m;              // a move of an unboxed number
  var s = n - 0;          // -0 - 0 is -0
  var t = n + 0;          // -0 + 0 is +0
  var d = 1 / n;          // -Infinity
  var z = m * m;          // +0
  show("m", m); show("n", n); show("s", s); show("t", t); show("d", d); show("z", z);
  console.log(m === 0, m < 0, m > -1, 1 / s, 1 / t);
  var arr = [10, 20, 30];
  console.log(arr[m], arr[n + 1], arr[z]);
  return m;
}
show("ret", negativeZero(0, -5));
show("ret", negativeZero(-0, 5));
show("ret", negativeZero(3, 4));

// NaN: unboxed, compared (every comparison false), boxed into arrays.
function nans(x) {
  var q = x / x;          // NaN for 0
  var r = q * 2 + 1;
  var c = 0;
  if (r < 1) c += 1;
  if (r >= 1) c += 2;
  if (r === r) c += 4;
  if (r !== r) c += 8;
  var list = [q, r, q - r];
  for (var i = 0; r < 10 && i < 3; i++) c += 100;
  console.log(q, r, c, list, list.indexOf(r), list.includes(r));
}
nans(0);
nans(3);
nans(Infinity);

// int32 overflow in loops: doubles past 2^31, then back to int32.
function overflow() {
  var x = 1;
  var steps = [];
  for (var i = 0; i < 34; i++) {
    x = x * 2;
    if (i > 28) steps.push(x);
  }
  var y = 2147483647;
  y++;
  var w = -2147483648;
  w--;
  var v = 2147483640;
  for (var k = 0; k < 10; k++) v += 1;
  var back = x / 4294967296;       // an integer again: an int32 index
  var arr = [0, 1, 2, 3, 4, 5];
  console.log(steps, y, w, v, back, arr[back], arr[6 / 3], arr[7 / 2]);
  var sum = 0;
  for (var j = 0; j < 5; j++) sum = sum + 1073741824;
  console.log(sum, sum - 5368709120, (sum - 5368709120) === 0);
  var p = 65536;
  console.log(p * p, p * p - 1, (p * p) | 0, (p * p - 1) >>> 0);
}
overflow();

// Increments of doubles and of numbers that change representation.
function steps() {
  var d = 0.5, e = -0.5, f = -1, g = 1.5e300;
  d++; e++; f++; g--;
  var h = 0.1 + 0.2;
  h++;
  var k = 2147483647.5;
  k--;
  show("d", d); show("e", e); show("f", f); show("g", g); show("h", h); show("k", k);
  var n = 0;
  for (var i = 0.25; i < 3; i++) n = n + i;
  console.log(n);
}
steps();

// Math intrinsics on unboxed values, and -0/NaN through them.
function intrinsics(a) {
  var s = Math.sqrt(a * a);
  var fl = Math.floor(a - 0.5);
  var c = Math.ceil(-a / 10);
  var t = Math.trunc(a / -3);
  var ab = Math.abs(a * -1);
  show("s", s); show("fl", fl); show("c", c); show("t", t); show("ab", ab);
  return s + fl + c + t + ab;
}
console.log(intrinsics(0), intrinsics(-0), intrinsics(2.5), intrinsics(-7), intrinsics(NaN));

// Dividing and multiplying results that are integers or not.
function mixed() {
  var out = [];
  for (var i = -3; i <= 3; i++) {
    out.push(i / 2, i * 0.5, i * 2 / 2, (i - 0.5) * 2 + 1);
  }
  console.log(out.join(","));
  var big = 9007199254740992;
  console.log(big + 1, big * 2 - big, big / 2 / 2);
}
mixed();

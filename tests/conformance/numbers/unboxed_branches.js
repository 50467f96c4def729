// Numbers computed in one basic block and read in the next, whatever ends
// the block: a branch compiled inline, one the runtime takes (`??`, `?.`,
// for-of, for-in), a switch, break/continue, finally.
function nullish(o) {
  var n = 0.5;
  for (var i = 0; i < 3; i++) {
    n = n * 2 + 1;
    var v = o ?? 5;
    n = n + v;
    var w = o?.k;
    n = n - (w === undefined ? 0.5 : w);
  }
  return n;
}
console.log(nullish(null), nullish(1), nullish({ k: 2.5 }));

function iterate(list) {
  var total = 0.25;
  for (var x of list) total = total * 3 - x;
  var keys = 0.5;
  for (var k in { a: 1, b: 2, c: 3 }) keys = keys * 2 - 0.25;
  var chars = 1.5;
  for (var ch of "abc") chars = chars * 2 + ch.length;
  return [total, keys, chars];
}
console.log(iterate([1, 2, 3]), iterate([]));

function control(n) {
  var a = 0.5, b = -0;
  outer: for (var i = 0; i < n; i++) {
    a = a * 1.5;
    switch (i % 4) {
      case 0: b = b - 0.25; break;
      case 1: a = a / 3; continue outer;
      case 2: b = b * -2; if (b > 1) break outer; break;
      default: a = a + b;
    }
    var j = 0;
    do { a = a - 0.125; j++; } while (j < 2 && a > 0);
    b = a > 1 ? b + 1 : b - a;
  }
  return [a, b, Object.is(b, -0)];
}
console.log(control(0), control(1), control(5), control(20));

function withFinally(k) {
  var x = 1.25, y = 0;
  for (var i = 0; i < 4; i++) {
    try {
      x = x * 2;
      if (i === k) return [x, y, "early"];
      y = y - x / 4;
    } finally {
      y = y + 0.5;
    }
  }
  return [x, y];
}
console.log(withFinally(-1), withFinally(2));

function mixedLoop(n) {
  // A register that holds a number at the loop's head on every path but
  // the first (where it is undefined).
  var acc;
  var out = [];
  for (var i = 0; i < n; i++) {
    acc = (acc === undefined ? 0.5 : acc) * 2 - i;
    out.push(acc);
  }
  var s;
  for (var j = 0; j < 3; j++) s = s + 1;
  return [out, s];
}
console.log(mixedLoop(4), mixedLoop(0));

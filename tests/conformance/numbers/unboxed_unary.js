// Unary minus, unary plus and the old value of x-- compiled inline for numbers
// (-0 from negating 0, int32 overflow of -MIN, NaN), the runtime for the rest.
function f(list) {
  var out = [];
  for (var i = 0; i < list.length; i++) {
    var x = list[i];
    var n = -x, p = +x, m = x, q = m--;
    var k = i * 1.5;
    out.push(n, p, q, m, -k, +k, -(k - k), -(i - i), -(-0));
  }
  return out;
}
var r = f([0, -0, 1, -1, 2147483647, -2147483648, 0.5, NaN, Infinity, "3", "x", null, undefined, true, { valueOf: function () { return 7; } }, [], "  -0 "]);
console.log(r.map(function (v) { return Object.is(v, -0) ? "-0" : String(v); }).join(" "));

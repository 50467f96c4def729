// Math.sqrt/floor/ceil/trunc/abs called with one argument: compiled code
// may answer them inline, so every argument kind and every way the callee
// can change must still give the builtin's answer.
const inputs = [0, -0, 1, -1, 2.5, -2.5, 0.49999999999999994, -0.5, 1e21, -1e-300,
  2147483647, -2147483648, 4294967296, NaN, Infinity, -Infinity, "9", "-4.5", "", null,
  undefined, true, false, [], [3], {}, { valueOf() { return 6.25; } }];
function show(v) {
  if (Object.is(v, -0)) return "-0";
  return String(v);
}
for (const x of inputs) {
  const row = [Math.sqrt(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.abs(x)];
  console.log(typeof x, show(x), "->", row.map(show).join(" "));
}

// Results used as numbers right away: int-valued, -0 and NaN.
let acc = 0;
for (let i = -5; i <= 5; i++) acc += Math.floor(i / 2) * 3 + Math.abs(i) - Math.ceil(i / 3);
console.log(acc);
console.log(1 / Math.trunc(-0.2), 1 / Math.ceil(-0.2), 1 / Math.abs(-0), Math.sqrt(-1));

// Extra arguments and no arguments.
console.log(Math.sqrt(), Math.floor(1.5, 99), Math.abs(-2, "x"));

// Arguments with side effects run once, in order.
let log = [];
function arg(v) { log.push(v); return v; }
console.log(Math.floor(arg(3.7)) + Math.sqrt(arg(9)), log.join(","));

// A valueOf that throws propagates.
try {
  Math.abs({ valueOf() { throw new Error("no number"); } });
} catch (e) {
  console.log("caught", e.message);
}

// The callee is looked up each time: replacing Math.sqrt, or Math itself.
function roots(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(Math.sqrt(i * i));
  return out.join(",");
}
console.log(roots(4));
const realSqrt = Math.sqrt;
Math.sqrt = function (v) { return "sqrt(" + v + ")"; };
console.log(roots(4));
Math.sqrt = realSqrt;
console.log(roots(4));
const realMath = Math;
globalThis.Math = { sqrt: (v) => -v, floor: realMath.floor };
console.log(roots(4), Math.floor(2.5));
globalThis.Math = realMath;
console.log(roots(3));

// A local named Math shadows the global.
{
  const Math = { abs: (v) => "local " + v };
  console.log(Math.abs(-1));
}

// Called through other paths: property of another object, call/apply.
const m = { floor: Math.floor };
console.log(m.floor(-1.5), Math.floor.call(null, 8.8), Math.abs.apply(null, [-7]));
console.log(Math.sqrt.length, Math.floor.name, typeof Math.trunc);

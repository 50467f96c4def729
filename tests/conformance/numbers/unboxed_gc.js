// Numbers kept in wasm locals across calls that allocate (and collect):
// objects held in registers must survive, numbers must keep their values.
function churn(n) {
  var junk = null;
  for (var i = 0; i < n; i++) junk = { a: i, b: [i, i + 1], c: "x" + i };
  return junk.a;
}

function body(x, y, z, m) {
  this.x = x; this.y = y; this.z = z; this.m = m;
}

function step(bodies, dt) {
  var e = 0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    var keep = { tag: "body" + i, list: [i * 1.5] };   // a reference across the calls
    var dx = b.x * dt, dy = b.y * dt, dz = b.z * dt;
    var d2 = dx * dx + dy * dy + dz * dz;
    var r = churn(2000);                                // allocates, may collect
    var mag = dt / (d2 * Math.sqrt(d2) + 1);
    b.x = b.x + dx * mag;
    b.y -= dy * mag + churn(10) * 0;
    b.z += dz * b.m;
    e += d2 * b.m + r * 0 + keep.list[0];
    if (keep.tag !== "body" + i) throw new Error("lost " + keep.tag);
  }
  return e;
}

var bodies = [];
for (var k = 0; k < 5; k++) bodies.push(new body(k + 0.5, -k * 1.25, k / 3, 1 + k));
var total = 0;
for (var s = 0; s < 40; s++) total += step(bodies, 0.01);
console.log(total.toFixed(6));
for (var q = 0; q < bodies.length; q++) {
  var b = bodies[q];
  console.log(b.x.toFixed(9), b.y.toFixed(9), b.z.toFixed(9));
}

// A double that stays in a local while a callee throws and is caught
// elsewhere: the caller's number must be intact afterwards.
function thrower(n) {
  if (n > 2) throw new RangeError("too big " + n);
  return n * 0.5;
}
function caller(n) {
  var acc = 0.25;
  var obj = { hits: 0 };
  for (var i = 0; i < n; i++) {
    acc = acc * 1.5 + thrower(i);
    obj.hits++;
  }
  return acc + obj.hits;
}
for (var t = 0; t < 5; t++) {
  try {
    console.log(caller(t));
  } catch (e) {
    console.log(e.name, e.message);
  }
}

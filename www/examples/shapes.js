// Shapes and inline caches. Objects built the same way share a hidden
// class ("shape"); a property access site remembers the shapes it saw and
// where each keeps `x`. One shape: monomorphic (fast). Up to 4:
// polymorphic. More: megamorphic (a full lookup every time).
//
// Press Compare: bench() below reads `.x` from 1 shape for rounds 1-10,
// 4 shapes for rounds 11-20 and 12 shapes from round 21 on, so the
// warm-up curve shows the site degrading step by step.
function sumX(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) sum += points[i].x;
  return sum;
}

function makePoints(shapes, count) {
  const points = [];
  for (let i = 0; i < count; i++) {
    const k = i % shapes;
    const p = {};
    // Adding properties in a different order gives a different shape.
    for (let j = 0; j < k; j++) p['f' + j] = j;
    p.x = i;
    points.push(p);
  }
  return points;
}

const mono = makePoints(1, 20000);
const poly = makePoints(4, 20000);
const mega = makePoints(12, 20000);

let round = 0;
function bench() {
  round++;
  const points = round <= 10 ? mono : round <= 20 ? poly : mega;
  return sumX(points);
}

console.log('monomorphic:', sumX(mono));
console.log('polymorphic:', sumX(poly));
console.log('megamorphic:', sumX(mega));
console.log('shapes of the first five:', mega.slice(0, 5));

// OSR inside nested loops, then labeled break and continue out of them:
// the jump leaves the inner loop (whose header the frame entered compiled
// code at) for the outer one.
function search(n, target) {
  let found = 'none';
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i * j === target) { found = i + 'x' + j; break outer; }
    }
  }
  return found;
}
function skipRows(n) {
  let s = 0;
  rows: for (let i = 0; i < n; i++) {
    let j = 0;
    while (j < n) {
      j++;
      if (j > i) continue rows;
      if ((i + j) % 5 === 0) continue;
      s += i * j;
    }
  }
  return s;
}
function threeDeep() {
  let log = [];
  a: for (let i = 0; i < 6; i++) {
    b: for (let j = 0; j < 6; j++) {
      let k = 0;
      do {
        k++;
        if (k === 4) continue b;
        if (j === 4) continue a;
        if (i === 5) break a;
      } while (k < 10);
    }
    log.push(i);
  }
  return log.join() + '|';
}
function labeledBlock() {
  let out = 0;
  for (let round = 0; round < 30; round++) {
    block: {
      if (round % 3 === 0) break block;
      out += round;
    }
  }
  return out;
}
console.log(search(40, 323), search(30, 10000));
console.log(skipRows(30));
console.log(threeDeep());
console.log(labeledBlock());
let hits = 0;
top: for (let i = 0; i < 20; i++) {
  for (let j = 0; j < 20; j++) {
    if (j > i) continue top;
    if (i * j > 150) break top;
    hits++;
  }
}
console.log(hits);

// Labeled break and continue
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}
let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    if (v === 4) { found = v; break search; }
  }
}
console.log('found', found);
let n = 0;
loop1: while (true) {
  n++;
  loop2: do {
    if (n < 3) continue loop1;
    break loop1;
  } while (true);
}
console.log('n', n);
lbl: {
  console.log('before');
  break lbl;
}
console.log('after block');
const out = [];
rows: for (let r = 0; r < 4; r++) {
  cols: for (let c = 0; c < 4; c++) {
    if (c > r) continue rows;
    if (r === 3 && c === 2) break rows;
    out.push(r + '' + c);
  }
}
console.log(out.join(' '));
a: b: for (let i = 0; i < 2; i++) { if (i === 1) break a; console.log('double label', i); }
let cnt = 0;
outer2: for (const k in { x: 1, y: 2, z: 3 }) {
  for (;;) { cnt++; if (k === 'y') continue outer2; break; }
  console.log('key', k);
}
console.log('cnt', cnt);

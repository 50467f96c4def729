// Labeled continue in while/do-while and breaking out of switch inside loops
let i = 0;
const log = [];
outer: while (i < 4) {
  i++;
  let j = 0;
  while (j < 4) {
    j++;
    if (j === 2) continue;
    if (i % 2 === 0) continue outer;
    log.push(i + '.' + j);
  }
}
console.log(log.join(' '));
let k = 0;
const seen = [];
loop: do {
  k++;
  switch (k) {
    case 2: continue loop;
    case 5: break loop;
    default: seen.push(k);
  }
} while (k < 10);
console.log(seen, k);
const matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]];
let firstNegative = null;
rows: for (let r = 0; r < matrix.length; r++) {
  for (let c = 0; c < matrix[r].length; c++) {
    if (matrix[r][c] < 0) { firstNegative = [r, c]; break rows; }
  }
}
console.log(firstNegative);

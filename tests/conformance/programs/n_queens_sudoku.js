// Backtracking: N-Queens counts and a Sudoku solver
function nQueens(n) {
  let count = 0;
  let first = null;
  const cols = new Array(n).fill(false), d1 = new Array(2 * n).fill(false), d2 = new Array(2 * n).fill(false);
  const placement = [];
  (function place(r) {
    if (r === n) { count++; if (!first) first = placement.slice(); return; }
    for (let c = 0; c < n; c++) {
      if (cols[c] || d1[r + c] || d2[r - c + n]) continue;
      cols[c] = d1[r + c] = d2[r - c + n] = true;
      placement.push(c);
      place(r + 1);
      placement.pop();
      cols[c] = d1[r + c] = d2[r - c + n] = false;
    }
  })(0);
  return { count, first };
}
for (let n = 1; n <= 8; n++) {
  const r = nQueens(n);
  console.log('N=' + n, 'solutions=' + r.count, r.first ? 'first=' + r.first.join('') : 'none');
}
const board8 = nQueens(8).first;
for (const c of board8) console.log('. '.repeat(c) + 'Q ' + '. '.repeat(7 - c));

function parseSudoku(s) { return s.split('').map(function (c) { return c === '.' ? 0 : Number(c); }); }
function candidates(grid, idx) {
  const r = Math.floor(idx / 9), c = idx % 9;
  const used = new Set();
  for (let k = 0; k < 9; k++) {
    used.add(grid[r * 9 + k]);
    used.add(grid[k * 9 + c]);
    const br = 3 * Math.floor(r / 3) + Math.floor(k / 3), bc = 3 * Math.floor(c / 3) + (k % 3);
    used.add(grid[br * 9 + bc]);
  }
  const out = [];
  for (let v = 1; v <= 9; v++) if (!used.has(v)) out.push(v);
  return out;
}
let guesses = 0;
function solve(grid) {
  let best = -1, bestCands = null;
  for (let i = 0; i < 81; i++) {
    if (grid[i]) continue;
    const cands = candidates(grid, i);
    if (cands.length === 0) return false;
    if (!bestCands || cands.length < bestCands.length) { best = i; bestCands = cands; }
  }
  if (best < 0) return true;
  for (const v of bestCands) {
    guesses++;
    grid[best] = v;
    if (solve(grid)) return true;
  }
  grid[best] = 0;
  return false;
}
function show(grid) {
  const lines = [];
  for (let r = 0; r < 9; r++) {
    if (r && r % 3 === 0) lines.push('------+-------+------');
    let line = '';
    for (let c = 0; c < 9; c++) { if (c && c % 3 === 0) line += '| '; line += grid[r * 9 + c] + ' '; }
    lines.push(line.trim());
  }
  return lines.join('\n');
}
function valid(grid) {
  for (let i = 0; i < 81; i++) {
    const v = grid[i];
    grid[i] = 0;
    const ok = candidates(grid, i).includes(v);
    grid[i] = v;
    if (!ok) return false;
  }
  return true;
}
const puzzle = parseSudoku('53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79');
console.log(solve(puzzle), 'guesses', guesses, 'valid', valid(puzzle));
console.log(show(puzzle));
guesses = 0;
const impossible = parseSudoku('55..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79');
console.log('impossible solvable?', solve(impossible));

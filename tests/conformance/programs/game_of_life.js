// Conway's Game of Life on a wrapping grid
function parseGrid(lines) { return lines.map(function (row) { return row.split('').map(function (c) { return c === '#' ? 1 : 0; }); }); }
function render(grid) { return grid.map(function (row) { return row.map(function (c) { return c ? '#' : '.'; }).join(''); }).join('\n'); }
function step(grid) {
  const h = grid.length, w = grid[0].length;
  const next = [];
  for (let r = 0; r < h; r++) {
    const row = [];
    for (let c = 0; c < w; c++) {
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        n += grid[(r + dr + h) % h][(c + dc + w) % w];
      }
      row.push(n === 3 || (n === 2 && grid[r][c]) ? 1 : 0);
    }
    next.push(row);
  }
  return next;
}
function population(grid) { return grid.reduce(function (s, row) { return s + row.reduce(function (a, b) { return a + b; }, 0); }, 0); }
let grid = parseGrid([
  '..........',
  '...#......',
  '....#.....',
  '..###.....',
  '..........',
  '......##..',
  '......##..',
  '..........',
]);
for (let gen = 0; gen <= 4; gen++) {
  console.log('generation ' + gen + ' population ' + population(grid));
  console.log(render(grid));
  grid = step(grid);
}
let blinker = parseGrid(['.....', '..#..', '..#..', '..#..', '.....']);
const seen = new Map();
for (let gen = 0; gen < 6; gen++) {
  const key = render(blinker);
  if (seen.has(key)) { console.log('blinker repeats: gen ' + gen + ' equals gen ' + seen.get(key)); break; }
  seen.set(key, gen);
  blinker = step(blinker);
}
let glider = parseGrid(['.#......', '..#.....', '###.....', '........', '........', '........', '........', '........']);
const pops = [];
for (let i = 0; i < 40; i++) { pops.push(population(glider)); glider = step(glider); }
console.log(pops.join(','));
console.log(render(glider));

// Classify small patterns as still life, oscillator (with period) or other
function classify(lines, maxGen) {
  let g = parseGrid(lines);
  const history = new Map();
  for (let gen = 0; gen <= maxGen; gen++) {
    const key = render(g);
    if (history.has(key)) {
      const period = gen - history.get(key);
      return period === 1 ? 'still life' : 'oscillator, period ' + period;
    }
    history.set(key, gen);
    if (population(g) === 0) return 'dies out at generation ' + gen;
    g = step(g);
  }
  return 'no repeat within ' + maxGen + ' generations';
}
const patterns = {
  block: ['....', '.##.', '.##.', '....'],
  beehive: ['......', '..##..', '.#..#.', '..##..', '......'],
  toad: ['......', '......', '..###.', '.###..', '......', '......'],
  beacon: ['......', '.##...', '.##...', '...##.', '...##.', '......'],
  single: ['...', '.#.', '...'],
  rpentomino: ['..........', '..........', '....##....', '...##.....', '....#.....', '..........', '..........', '..........'],
};
for (const name of Object.keys(patterns)) console.log(name.padEnd(11), classify(patterns[name], 60));

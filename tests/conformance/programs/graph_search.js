// Graph algorithms: BFS, DFS, Dijkstra, topological sort, connected components
function Graph() { this.adj = new Map(); }
Graph.prototype.addEdge = function (u, v, w) {
  if (!this.adj.has(u)) this.adj.set(u, []);
  if (!this.adj.has(v)) this.adj.set(v, []);
  this.adj.get(u).push({ to: v, w: w === undefined ? 1 : w });
};
Graph.prototype.addUndirected = function (u, v, w) { this.addEdge(u, v, w); this.addEdge(v, u, w); };
Graph.prototype.bfs = function (start) {
  const seen = new Set([start]);
  const order = [];
  const queue = [start];
  const dist = { [start]: 0 };
  while (queue.length) {
    const u = queue.shift();
    order.push(u);
    for (const e of this.adj.get(u)) {
      if (!seen.has(e.to)) { seen.add(e.to); dist[e.to] = dist[u] + 1; queue.push(e.to); }
    }
  }
  return { order, dist };
};
Graph.prototype.dfs = function (start) {
  const seen = new Set();
  const order = [];
  const self = this;
  (function visit(u) {
    seen.add(u);
    order.push(u);
    for (const e of self.adj.get(u)) if (!seen.has(e.to)) visit(e.to);
  })(start);
  return order;
};
Graph.prototype.dijkstra = function (src) {
  const dist = new Map();
  const prev = new Map();
  for (const k of this.adj.keys()) dist.set(k, Infinity);
  dist.set(src, 0);
  const done = new Set();
  while (done.size < this.adj.size) {
    let best = null;
    for (const k of this.adj.keys()) if (!done.has(k) && (best === null || dist.get(k) < dist.get(best))) best = k;
    if (dist.get(best) === Infinity) break;
    done.add(best);
    for (const e of this.adj.get(best)) {
      const nd = dist.get(best) + e.w;
      if (nd < dist.get(e.to)) { dist.set(e.to, nd); prev.set(e.to, best); }
    }
  }
  return { dist, prev };
};
function pathTo(prev, target) {
  const path = [target];
  while (prev.has(path[0])) path.unshift(prev.get(path[0]));
  return path.join(' -> ');
}
const g = new Graph();
[['A', 'B', 4], ['A', 'C', 2], ['B', 'C', 5], ['B', 'D', 10], ['C', 'E', 3], ['E', 'D', 4], ['D', 'F', 11], ['E', 'F', 20]]
  .forEach(function (e) { g.addUndirected(e[0], e[1], e[2]); });
const b = g.bfs('A');
console.log('BFS order', b.order.join(' '), 'hops', b.dist);
console.log('DFS order', g.dfs('A').join(' '));
const d = g.dijkstra('A');
for (const k of d.dist.keys()) console.log('shortest A->' + k, d.dist.get(k), pathTo(d.prev, k));

function topoSort(deps) {
  const indeg = new Map();
  const out = new Map();
  for (const k of Object.keys(deps)) { if (!indeg.has(k)) indeg.set(k, 0); out.set(k, out.get(k) || []); }
  for (const k of Object.keys(deps)) for (const dep of deps[k]) {
    if (!indeg.has(dep)) indeg.set(dep, 0);
    if (!out.has(dep)) out.set(dep, []);
    out.get(dep).push(k);
    indeg.set(k, indeg.get(k) + 1);
  }
  const ready = [];
  for (const k of indeg.keys()) if (indeg.get(k) === 0) ready.push(k);
  ready.sort();
  const order = [];
  while (ready.length) {
    const k = ready.shift();
    order.push(k);
    for (const n of out.get(k)) {
      indeg.set(n, indeg.get(n) - 1);
      if (indeg.get(n) === 0) { ready.push(n); ready.sort(); }
    }
  }
  if (order.length !== indeg.size) throw new Error('cycle detected');
  return order;
}
console.log(topoSort({ app: ['lib', 'utils'], lib: ['core'], utils: ['core'], core: [], tests: ['app'] }));
try { topoSort({ a: ['b'], b: ['c'], c: ['a'] }); } catch (e) { console.log('error:', e.message); }

function components(n, edges) {
  const parent = [];
  for (let i = 0; i < n; i++) parent.push(i);
  function find(x) { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
  for (const e of edges) { const a = find(e[0]), c = find(e[1]); if (a !== c) parent[a] = c; }
  const groups = new Map();
  for (let i = 0; i < n; i++) { const r = find(i); if (!groups.has(r)) groups.set(r, []); groups.get(r).push(i); }
  return Array.from(groups.values());
}
console.log(components(10, [[0, 1], [1, 2], [3, 4], [5, 6], [6, 7], [7, 5], [9, 0]]));

const grid = [
  '..#.......',
  '..#.###...',
  '..#...#...',
  '.####.#.#.',
  '......#.#.',
  '.######.#.',
  '........#.',
];
function gridPath(grid, sr, sc, tr, tc) {
  const H = grid.length, W = grid[0].length;
  const dist = grid.map(function (row) { return new Array(row.length).fill(-1); });
  const q = [[sr, sc]];
  dist[sr][sc] = 0;
  const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  while (q.length) {
    const cur = q.shift();
    for (const dd of dirs) {
      const r = cur[0] + dd[0], c = cur[1] + dd[1];
      if (r >= 0 && r < H && c >= 0 && c < W && grid[r][c] === '.' && dist[r][c] < 0) {
        dist[r][c] = dist[cur[0]][cur[1]] + 1;
        q.push([r, c]);
      }
    }
  }
  return dist[tr][tc];
}
console.log('grid path length', gridPath(grid, 0, 0, 0, 9), gridPath(grid, 0, 0, 6, 9));

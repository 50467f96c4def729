// Dynamic programming: LCS, edit distance, knapsack, coin change, LIS, matrix chain
function lcs(a, b) {
  const dp = [];
  for (let i = 0; i <= a.length; i++) dp.push(new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  let i = a.length, j = b.length, out = '';
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) { out = a[i - 1] + out; i--; j--; }
    else if (dp[i - 1][j] >= dp[i][j - 1]) i--;
    else j--;
  }
  return out;
}
function editDistance(a, b) {
  let prev = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length];
}
function knapsack(items, cap) {
  const best = new Array(cap + 1).fill(0);
  const choice = [];
  for (let c = 0; c <= cap; c++) choice.push([]);
  for (const it of items) {
    for (let c = cap; c >= it.w; c--) {
      if (best[c - it.w] + it.v > best[c]) {
        best[c] = best[c - it.w] + it.v;
        choice[c] = choice[c - it.w].concat(it.name);
      }
    }
  }
  return { value: best[cap], items: choice[cap] };
}
function coinChange(coins, amount) {
  const ways = new Array(amount + 1).fill(0);
  const fewest = new Array(amount + 1).fill(Infinity);
  ways[0] = 1; fewest[0] = 0;
  for (const c of coins) for (let a = c; a <= amount; a++) {
    ways[a] += ways[a - c];
    fewest[a] = Math.min(fewest[a], fewest[a - c] + 1);
  }
  return { ways: ways[amount], fewest: fewest[amount] };
}
function lis(a) {
  const tails = [];
  for (const x of a) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tails[mid] < x) lo = mid + 1; else hi = mid; }
    tails[lo] = x;
  }
  return tails.length;
}
function matrixChain(dims) {
  const n = dims.length - 1;
  const m = [];
  for (let i = 0; i < n; i++) m.push(new Array(n).fill(0));
  for (let len = 2; len <= n; len++) {
    for (let i = 0; i + len - 1 < n; i++) {
      const j = i + len - 1;
      m[i][j] = Infinity;
      for (let k = i; k < j; k++) m[i][j] = Math.min(m[i][j], m[i][k] + m[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]);
    }
  }
  return m[0][n - 1];
}
const pairs = [['ABCBDAB', 'BDCABA'], ['kitten', 'sitting'], ['intention', 'execution'], ['', 'abc'], ['same', 'same']];
for (const p of pairs) console.log(JSON.stringify(p), 'lcs=' + lcs(p[0], p[1]), 'edit=' + editDistance(p[0], p[1]));
console.log(knapsack([{ name: 'map', w: 9, v: 150 }, { name: 'compass', w: 13, v: 35 }, { name: 'water', w: 153, v: 200 },
  { name: 'sandwich', w: 50, v: 160 }, { name: 'glucose', w: 15, v: 60 }, { name: 'tin', w: 68, v: 45 },
  { name: 'banana', w: 27, v: 60 }, { name: 'apple', w: 39, v: 40 }], 200));
console.log(coinChange([1, 2, 5], 11), coinChange([2], 3), coinChange([1, 5, 10, 25, 50], 100));
console.log(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis([7, 7, 7]), lis([]));
console.log(matrixChain([40, 20, 30, 10, 30]), matrixChain([10, 20, 30, 40, 30]), matrixChain([10, 20, 30]));
const fibMemo = new Map();
function fib(n) { if (n < 2) return n; if (fibMemo.has(n)) return fibMemo.get(n); const v = fib(n - 1) + fib(n - 2); fibMemo.set(n, v); return v; }
console.log([10, 20, 40, 78, 79, 100].map(fib));
function pascal(n) { const rows = [[1]]; for (let i = 1; i < n; i++) { const p = rows[i - 1]; const r = [1]; for (let j = 1; j < i; j++) r.push(p[j - 1] + p[j]); r.push(1); rows.push(r); } return rows; }
for (const row of pascal(8)) console.log(row.join(' ').padStart(20 + row.join(' ').length / 2));

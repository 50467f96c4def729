// map_heavy: Map and Set workload — integer and string keys, get/set/has/
// delete, iteration in insertion order, a word-frequency count and a
// simple graph BFS over Map adjacency lists.
var ROUNDS = 10;
var N = 100000;

function intKeys(round) {
  var m = new Map();
  for (var i = 0; i < N; i++) m.set(i * 7 + round, i);
  var sum = 0;
  for (var j = 0; j < N * 2; j++) {
    var v = m.get(j);
    if (v !== undefined) sum += v;
  }
  for (var k = 0; k < N; k += 3) m.delete(k * 7 + round);
  var iterSum = 0;
  m.forEach(function (value, key) { iterSum = (iterSum + value * 3 + key) % 1000003; });
  return [m.size, sum, iterSum];
}

function wordFreq(round) {
  var counts = new Map();
  var x = 12345 + round;
  for (var i = 0; i < N; i++) {
    x = (x * 48271) % 2147483647;
    var w = 'w' + (x % 5000);
    var c = counts.get(w);
    counts.set(w, c === undefined ? 1 : c + 1);
  }
  var best = '', bestCount = 0;
  for (var entry of counts) {
    if (entry[1] > bestCount) { best = entry[0]; bestCount = entry[1]; }
  }
  var seen = new Set();
  for (var key of counts.keys()) seen.add(key.length);
  return [counts.size, best, bestCount, seen.size];
}

function bfs(round) {
  var n = 20000;
  var adj = new Map();
  for (var i = 0; i < n; i++) adj.set(i, []);
  var x = 777 + round;
  for (var e = 0; e < n * 3; e++) {
    x = (x * 48271) % 2147483647;
    var a = x % n;
    x = (x * 48271) % 2147483647;
    var b = x % n;
    adj.get(a).push(b);
    adj.get(b).push(a);
  }
  var dist = new Map();
  dist.set(0, 0);
  var queue = [0];
  var head = 0;
  while (head < queue.length) {
    var u = queue[head++];
    var du = dist.get(u);
    var nbrs = adj.get(u);
    for (var k = 0; k < nbrs.length; k++) {
      var v = nbrs[k];
      if (!dist.has(v)) {
        dist.set(v, du + 1);
        queue.push(v);
      }
    }
  }
  var maxD = 0, total = 0;
  for (var d of dist.values()) {
    if (d > maxD) maxD = d;
    total += d;
  }
  return [dist.size, maxD, total];
}

var lines = [];
for (var r = 0; r < ROUNDS; r++) {
  var a = intKeys(r), b = wordFreq(r), c = bfs(r);
  lines.push(a.join(' ') + ' | ' + b.join(' ') + ' | ' + c.join(' '));
  console.error('tick ' + r);
}
console.log('map_heavy: ' + ROUNDS + ' rounds');
console.log(lines[0]);
console.log(lines[lines.length - 1]);

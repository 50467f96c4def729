// fannkuch-redux (Computer Language Benchmarks Game): indexed access to
// small integer arrays — permutation generation and prefix reversal.
var N = 10;
var REPEAT = 2;

function fannkuch(n) {
  var perm = [], perm1 = [], count = [];
  for (var i = 0; i < n; i++) { perm.push(0); perm1.push(i); count.push(0); }
  var maxFlips = 0, checksum = 0, permCount = 0;
  var r = n;
  while (true) {
    while (r !== 1) { count[r - 1] = r; r--; }
    for (var k = 0; k < n; k++) perm[k] = perm1[k];
    var flips = 0;
    var first;
    while ((first = perm[0]) !== 0) {
      var lo = 0, hi = first;
      while (lo < hi) {
        var t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t;
        lo++; hi--;
      }
      flips++;
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += (permCount % 2 === 0) ? flips : -flips;
    // next permutation
    while (true) {
      if (r === n) return [checksum, maxFlips];
      var perm0 = perm1[0];
      for (var m = 0; m < r; m++) perm1[m] = perm1[m + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) {
        // A tick on stderr per block of (n-1)! permutations: the harness's warm-up curve.
        if (r === n - 1) console.error('tick');
        break;
      }
      r++;
    }
    permCount++;
  }
}

var res = null;
for (var rep = 0; rep < REPEAT; rep++) {
  res = fannkuch(N);
  console.error('tick');
}
console.log(res[0] + '\nPfannkuchen(' + N + ') = ' + res[1]);

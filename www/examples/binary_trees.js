// binary-trees (Computer Language Benchmarks Game): allocates and walks
// many perfect binary trees. Mostly allocation and garbage collection.
//
// Compare calls bench(): the whole run again, without printing.
var DEPTH = 10;

function TreeNode(left, right) {
  this.left = left;
  this.right = right;
}

function bottomUpTree(depth) {
  if (depth > 0) {
    depth--;
    return new TreeNode(bottomUpTree(depth), bottomUpTree(depth));
  }
  return new TreeNode(null, null);
}

function itemCheck(node) {
  if (node.left === null) return 1;
  return 1 + itemCheck(node.left) + itemCheck(node.right);
}

function run(maxDepth, log) {
  var minDepth = 4;
  if (maxDepth < minDepth + 2) maxDepth = minDepth + 2;
  var stretchDepth = maxDepth + 1;
  var stretch = bottomUpTree(stretchDepth);
  log('stretch tree of depth ' + stretchDepth + '\t check: ' + itemCheck(stretch));
  stretch = null;

  var longLived = bottomUpTree(maxDepth);

  for (var depth = minDepth; depth <= maxDepth; depth += 2) {
    var iterations = 1 << (maxDepth - depth + minDepth);
    var check = 0;
    for (var i = 0; i < iterations; i++) {
      check += itemCheck(bottomUpTree(depth));
    }
    log(iterations + '\t trees of depth ' + depth + '\t check: ' + check);
  }
  log('long lived tree of depth ' + maxDepth + '\t check: ' + itemCheck(longLived));
}


function bench() {
  var lines = 0;
  run(DEPTH, function () { lines++; });
  return lines;
}

run(DEPTH, function (line) { console.log(line); });

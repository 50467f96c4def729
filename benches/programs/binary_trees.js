// binary-trees (Computer Language Benchmarks Game), written for kiln.
// Allocates and walks many perfect binary trees; stresses allocation and GC.
// The harness may rewrite the DEPTH line to produce per-depth variants.
var DEPTH = 16;

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

function main(maxDepth) {
  var minDepth = 4;
  if (maxDepth < minDepth + 2) maxDepth = minDepth + 2;
  var stretchDepth = maxDepth + 1;
  var stretch = bottomUpTree(stretchDepth);
  console.log('stretch tree of depth ' + stretchDepth + '\t check: ' + itemCheck(stretch));
  stretch = null;

  var longLived = bottomUpTree(maxDepth);

  for (var depth = minDepth; depth <= maxDepth; depth += 2) {
    var iterations = 1 << (maxDepth - depth + minDepth);
    var check = 0;
    for (var i = 0; i < iterations; i++) {
      check += itemCheck(bottomUpTree(depth));
    }
    console.log(iterations + '\t trees of depth ' + depth + '\t check: ' + check);
    console.error('tick ' + depth);
  }
  console.log('long lived tree of depth ' + maxDepth + '\t check: ' + itemCheck(longLived));
}

main(DEPTH);

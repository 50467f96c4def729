// Handling variable argument counts without rest parameters or arguments
function sumAll(list) { return list.reduce(function (a, b) { return a + b; }, 0); }
console.log(sumAll([]), sumAll([1]), sumAll([1, 2, 3, 4]));
function optional(a, b, c) {
  if (b === undefined) b = 'default-b';
  c = c === undefined ? 'default-c' : c;
  return [a, b, c].join('|');
}
console.log(optional(1), optional(1, 2), optional(1, 2, 3), optional(1, undefined, 3), optional(1, null, 0));
function describe(x, y) { return (x === undefined ? 'no x' : 'x=' + x) + ', ' + (y === undefined ? 'no y' : 'y=' + y); }
console.log(describe(), describe(1), describe(1, 2), describe(undefined, 2));
function opts(o) { o = o || {}; return (o.name || 'anon') + ':' + (o.size !== undefined ? o.size : 10); }
console.log(opts(), opts({ name: 'x' }), opts({ size: 0 }), opts(null));
console.log(Math.max.apply(null, [1, 5, 2]), Math.min.apply(null, [4, -1]), [].concat.apply([], [[1], [2, 3]]));

// Closures in nested loops and arrays of closures
const grid = [];
for (let r = 0; r < 3; r++) {
  const row = [];
  for (let c = 0; c < 3; c++) row.push(function () { return r * 3 + c; });
  grid.push(row);
}
console.log(grid.map(function (row) { return row.map(function (f) { return f(); }).join(','); }).join(' | '));
var fs = [];
for (var i = 0; i < 3; i++) fs.push((function (j) { return function () { return j; }; })(i));
console.log(fs.map(function (f) { return f(); }));
function makeAccumulators() {
  const list = [];
  let shared = 0;
  for (let k = 1; k <= 3; k++) list.push(function () { shared += k; return shared; });
  return list;
}
const acc = makeAccumulators();
console.log(acc[0](), acc[1](), acc[2](), acc[0]());
const adders = [1, 2, 3].map(function (n) { return function (x) { return x + n; }; });
console.log(adders.map(function (f) { return f(10); }));
let late = 'before';
const readLate = function () { return late; };
late = 'after';
console.log(readLate());

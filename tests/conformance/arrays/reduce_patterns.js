// Common reduce patterns
const nums = [4, 8, 15, 16, 23, 42];
console.log(nums.reduce(function (a, b) { return a + b; }, 0), nums.reduce(function (a, b) { return a * b; }, 1));
console.log(nums.reduce(function (m, v) { return Math.max(m, v); }), nums.reduce(function (m, v) { return v < m ? v : m; }));
console.log(nums.reduce(function (acc, v, i) { acc[i % 2 ? 'odd' : 'even'].push(v); return acc; }, { even: [], odd: [] }));
console.log(nums.reduce(function (acc, v) { return acc.concat([v, -v]); }, []));
console.log([[1, 2], [3], [], [4, [5]]].reduce(function (a, b) { return a.concat(b); }, []));
console.log(['a', 'b', 'a', 'c', 'b', 'a'].reduce(function (acc, k) { acc[k] = (acc[k] || 0) + 1; return acc; }, {}));
console.log([1, 2, 3, 4].reduceRight(function (acc, v) { return acc + '(' + v; }, '') + ')))');
console.log(nums.reduce(function (acc, v, i, arr) { return acc + (i === arr.length - 1 ? v : v + ','); }, '[') + ']');
const pipeline = [function (x) { return x + 1; }, function (x) { return x * 2; }, function (x) { return x - 3; }];
console.log(pipeline.reduce(function (v, f) { return f(v); }, 5), pipeline.reduceRight(function (v, f) { return f(v); }, 5));
const avg = nums.reduce(function (acc, v, i, arr) { return acc + v / arr.length; }, 0);
console.log(avg, avg.toFixed(3));
console.log([].reduce(function (a, b) { return a + b; }, 'empty ok'), [7].reduce(function (a, b) { return a + b; }));
const indexed = ['x', 'y', 'z'].reduce(function (acc, v, i) { acc[v] = i; return acc; }, {});
console.log(indexed);

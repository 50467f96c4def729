// Sorting numbers as strings vs with comparators, and mixed types
const nums = [10, 1, 5, 100, 25, 2, 1000, -1, -10, 0.5];
console.log(nums.slice().sort());
console.log(nums.slice().sort(function (a, b) { return a - b; }));
console.log(nums.slice().sort(function (a, b) { return b - a; }));
const mixed = [3, '2', 1, '10', 'b', 'a', true, null];
console.log(mixed.slice().sort());
const words = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'];
console.log(words.slice().sort(), words.slice().sort(function (a, b) { return a.toLowerCase() < b.toLowerCase() ? -1 : 1; }));
const records = [['b', 2], ['a', 2], ['c', 1], ['d', 3], ['e', 1]];
console.log(records.slice().sort(function (x, y) { return x[1] - y[1]; }).map(function (r) { return r[0]; }).join(''));
console.log(records.slice().sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : 1); }).map(function (r) { return r[0]; }).join(''));
const byLen = ['ccc', 'a', 'bb', 'dd', 'e', 'fff'];
console.log(byLen.sort(function (x, y) { return x.length - y.length; }));
console.log([3, 2, 1].sort(undefined), [1, 2, 3].sort(function (a, b) { return 0; }));

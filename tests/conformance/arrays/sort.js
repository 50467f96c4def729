// sort: default string comparison, comparators, stability
console.log([10, 9, 1, 100, 25, -3, 0].sort(), [10, 9, 1, 100, 25, -3, 0].sort(function (a, b) { return a - b; }));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort(), [true, false, null, undefined, 'null', 'true'].sort());
console.log([3, undefined, 1, , 2].sort(), [undefined, 3, undefined, 1].sort(function (a, b) { return b - a; }));
console.log([1, -Infinity, Infinity, 0, -5, 2.5].sort(function (a, b) { return a - b; }));
console.log(['10', '9', '1e1', '1.5'].sort(), [[2, 1], [1, 2], [1, 1]].sort());
const people = [
  { name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }, { name: 'Cid', age: 30 }, { name: 'Dee', age: 25 },
  { name: 'Eve', age: 35 }, { name: 'Fay', age: 30 }, { name: 'Gus', age: 25 }, { name: 'Hal', age: 35 },
  { name: 'Ivy', age: 30 }, { name: 'Jon', age: 25 }, { name: 'Kim', age: 35 }, { name: 'Lou', age: 30 },
];
console.log(people.slice().sort(function (a, b) { return a.age - b.age; }).map(function (p) { return p.name; }).join(' '));
console.log(people.slice().sort(function (a, b) { return b.age - a.age; }).map(function (p) { return p.name; }).join(' '));
const many = [];
for (let i = 0; i < 100; i++) many.push({ k: i % 7, i: i });
many.sort(function (a, b) { return a.k - b.k; });
let stable = true;
for (let i = 1; i < many.length; i++) if (many[i - 1].k === many[i].k && many[i - 1].i > many[i].i) stable = false;
console.log('stable', stable, many.slice(0, 5).map(function (x) { return x.i; }));
const arr = [3, 1, 2];
const ret = arr.sort();
console.log(ret === arr, arr);
console.log(['é', 'e', 'z', 'a', 'É', 'E'].sort(), ['b10', 'b9', 'b1'].sort());
console.log([5, 1, 4].sort(function () { return 0; }), [1, 2, 3].sort(function (a, b) { return b > a ? 1 : -1; }));
try { [1, 2].sort('not fn'); } catch (e) { console.log(e.name); }
const nums = [];
for (let i = 0; i < 30; i++) nums.push((i * 7919) % 101);
console.log(nums.sort(function (a, b) { return a - b; }).join(','));
console.log(nums.sort().join(','));

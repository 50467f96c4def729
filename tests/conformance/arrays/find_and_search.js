// find/findIndex/findLast/findLastIndex/indexOf/includes compared
const people = [{ n: 'ann', age: 31 }, { n: 'bob', age: 17 }, { n: 'cy', age: 45 }, { n: 'di', age: 17 }];
console.log(people.find(function (p) { return p.age < 18; }), people.findIndex(function (p) { return p.age < 18; }));
console.log(people.findLast(function (p) { return p.age < 18; }), people.findLastIndex(function (p) { return p.age < 18; }));
console.log(people.find(function (p) { return p.age > 100; }), people.findIndex(function (p) { return p.age > 100; }));
const sparse = [1, , 3];
const visited = [];
sparse.find(function (v, i) { visited.push(i + ':' + v); return false; });
console.log(visited, sparse.findIndex(function (v) { return v === undefined; }));
const vals = [0, -0, NaN, '0', null, undefined, false];
console.log(vals.indexOf(0), vals.indexOf(-0), vals.indexOf(NaN), vals.includes(NaN), vals.indexOf('0'), vals.indexOf(undefined), vals.indexOf(false));
console.log(vals.findIndex(function (v) { return Number.isNaN(v); }), vals.lastIndexOf(0), vals.includes(-0));
const objs = [{ id: 1 }, { id: 2 }];
console.log(objs.indexOf({ id: 1 }), objs.indexOf(objs[1]), objs.includes(objs[0]));
function binarySearch(arr, target) {
  let lo = 0, hi = arr.length - 1;
  while (lo <= hi) { const mid = (lo + hi) >>> 1; if (arr[mid] === target) return mid; if (arr[mid] < target) lo = mid + 1; else hi = mid - 1; }
  return -(lo + 1);
}
const sorted = [1, 3, 5, 7, 9, 11];
console.log([1, 2, 9, 11, 12, 0].map(function (t) { return binarySearch(sorted, t); }));

// fill, Array.from with mapFn, creating ranges and grids
console.log(new Array(4).fill('x'), [1, 2, 3, 4, 5].fill(0, 2), [1, 2, 3, 4, 5].fill(0, -2), [1, 2, 3, 4, 5].fill(0, 1, -1), [1, 2, 3].fill(9, 3));
console.log([1, 2, 3].fill(7, NaN), [1, 2, 3].fill(7, 1, NaN), [1, 2, 3].fill(), Array(3).fill());
const range = function (n) { return Array.from({ length: n }, function (_, i) { return i; }); };
console.log(range(0), range(5), range(12).map(function (i) { return i * i; }));
console.log(Array.from('abc', function (c) { return c.toUpperCase(); }), Array.from({ length: 3, 1: 'one' }), Array.from([1, , 3]));
const grid = Array.from({ length: 3 }, function () { return new Array(4).fill('.'); });
grid[1][2] = '#';
console.log(grid.map(function (r) { return r.join(''); }).join('\n'));
const alphabet = Array.from({ length: 26 }, function (_, i) { return String.fromCharCode(65 + i); }).join('');
console.log(alphabet, alphabet.length);
const obj = { length: 3, 0: 'a', 2: 'c' };
console.log(Array.from(obj), Array.prototype.slice.call(obj));

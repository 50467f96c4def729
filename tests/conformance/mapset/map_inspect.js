// console.log of Maps and Sets
console.log(new Map(), new Set());
console.log(new Map([['a', 1], ['b', { nested: [1, 2] }]]));
console.log(new Set(['x', 2, null, undefined, [1]]));
console.log(new Map([[{ k: 1 }, new Set([1])], [[1, 2], new Map([[3, 4]])]]));
console.log([new Map([[1, 2]]), new Set([3])], { m: new Map([['key', 'value']]) });
const big = new Map();
for (let i = 0; i < 10; i++) big.set('key' + i, i * 100);
console.log(big);
const bigSet = new Set();
for (let i = 0; i < 30; i++) bigSet.add(i * i);
console.log(bigSet);
console.log(new Map([[NaN, -0], [-0, NaN]]), new Set([-0]));
console.log(String(new Map()), `${new Set()}`);

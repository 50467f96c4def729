// Mixed nesting of arrays, objects, maps and sets
const data = {
  users: [
    { id: 1, name: 'Ann', tags: ['a', 'b'], meta: { joined: 2020, flags: { admin: true } } },
    { id: 2, name: 'Bob', tags: [], meta: { joined: 2021, flags: {} } },
  ],
  index: new Map([['ann', 1], ['bob', 2]]),
  seen: new Set([1, 2]),
  empty: { arr: [], obj: {}, map: new Map(), set: new Set() },
};
console.log(data);
console.log([data.users[0].meta]);
console.log([[1, 2, [3, 4, [5, 6, [7, 8]]]], { k: [{ k: [{ k: 1 }] }] }]);
const matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
console.log(matrix);
const bigMatrix = [];
for (let i = 0; i < 8; i++) { const row = []; for (let j = 0; j < 8; j++) row.push(i * j); bigMatrix.push(row); }
console.log(bigMatrix);
console.log({ matrix: bigMatrix.slice(0, 3) });
console.log(new Map([['config', { debug: true, level: 3, targets: ['a', 'b'] }]]));
console.log(new Set([[1, 2], { a: 1 }, 'str', new Set([1])]));

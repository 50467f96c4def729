// Arrays of arrays and grouping decisions for nested output
console.log([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18], [19, 20, 21]]);
console.log([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6], ['g', 7]]);
console.log([[], [], [], [], [], [], []]);
console.log([{}, {}, {}, {}, {}, {}, {}]);
console.log([1, [2], 3, [4], 5, [6], 7]);
const rows = [];
for (let i = 0; i < 10; i++) rows.push([i, i * i]);
console.log(rows);
console.log({ pairs: rows.slice(0, 8) });

// Objects near the line-width limits, nested one level
for (let n = 3; n <= 8; n++) {
  const o = {};
  for (let i = 0; i < n; i++) o['key' + i] = 'value' + i;
  console.log(o);
}
console.log({ level1: { a: 'aaaaaaaaaa', b: 'bbbbbbbbbb', c: 'cccccccccc', d: 'dddddddd' } });
console.log({ level1: { a: 'aaaaaaaaaa', b: 'bbbbbbbbbb', c: 'cccccccccc', d: 'ddddddddd' } });
console.log({ x: [1, 2, 3], y: [4, 5, 6], z: { w: [7, 8, 9] }, v: 'string value here' });
console.log([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }, { a: 7, b: 8, c: 9 }, { a: 10, b: 11, c: 12 }]);

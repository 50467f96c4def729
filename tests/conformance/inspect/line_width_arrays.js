// Arrays near the 72/80 column limits
for (let n = 10; n <= 16; n++) {
  const arr = [];
  for (let i = 0; i < n; i++) arr.push('w' + i);
  console.log(arr);
}
for (let len = 14; len <= 18; len++) console.log(['a'.repeat(len), 'b'.repeat(len), 'c'.repeat(len), 'd'.repeat(len)]);
console.log(['first', 'second', 'third', 'fourth', 'fifth', 'sixth']);

// Relational operators between mixed types
const vals = [0, 1, '1', '01', 'a', null, undefined, true, [], [2], NaN];
const names = ['0', '1', "'1'", "'01'", "'a'", 'null', 'undef', 'true', '[]', '[2]', 'NaN'];
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(6);
  for (let j = 0; j < vals.length; j++) row += vals[i] < vals[j] ? '<' : vals[i] > vals[j] ? '>' : vals[i] <= vals[j] ? '=' : '.';
  console.log(row);
}
console.log('b' > 'a', 'B' > 'a', 'aa' > 'a', '2' > '12', 2 > '12', '2' > 12);

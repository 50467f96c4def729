// Long strings in arrays and objects (no grouping when entries are long)
console.log(['short', 'a bit longer string', 'x']);
console.log(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'dddddddddddddddd', 'eeeeeeeeeeeeeeee', 'ffffffffffffffff', 'gggggggggggggggg']);
console.log(['aaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbb', 'ccccccccccccccc', 'ddddddddddddddd', 'eeeeeeeeeeeeeee', 'fffffffffffffff', 'ggggggggggggggg']);
console.log(['aaaaa', 'bbbbb', 'ccccc', 'ddddd', 'eeeee', 'fffff', 'ggggg', 'hhhhh', 'iiiii', 'jjjjj', 'kkkkk', 'lllll', 'mmmmm', 'nnnnn', 'ooooo', 'ppppp', 'qqqqq', 'rrrrr', 'sssss', 'ttttt', 'uuuuu', 'vvvvv', 'wwwww', 'xxxxx', 'yyyyy', 'zzzzz']);
const lens = [];
for (let i = 1; i <= 12; i++) lens.push('w'.repeat(i));
console.log(lens);
const desc = [];
for (let i = 12; i >= 1; i--) desc.push('d'.repeat(i));
console.log(desc);
console.log(['é', 'ü', '中文', '日本語', '😀', 'ab', 'cd', 'ef']);
console.log('x'.repeat(200));
console.log(['x'.repeat(100)]);

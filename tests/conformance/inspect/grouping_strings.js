// groupArrayElements with strings and mixed content
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon']);
const words = 'the quick brown fox jumps over the lazy dog and keeps running far away from home'.split(' ');
console.log(words);
console.log(['x', 1, 'yy', 22, 'zzz', 333, true, null]);
const letters = [];
for (let i = 0; i < 26; i++) letters.push(String.fromCharCode(97 + i).repeat(1 + (i % 4)));
console.log(letters);
console.log(['a', 'b', 'c', 'd', 'e', 'f', { o: 1 }]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
const longStrs = [];
for (let i = 0; i < 8; i++) longStrs.push('item number ' + i + ' is here');
console.log(longStrs);
const mixedLen = ['a', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'c', 'd', 'e', 'f', 'g', 'h'];
console.log(mixedLen);
console.log(['with "dq"', "with 'sq'", 'plain', 'x', 'y', 'z', 'w']);

// String comparison is by UTF-16 code units
const words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '10', '9', '1', '', ' ', 'éclair', 'zebra', 'Zebra', '_x', 'a b', 'ab'];
console.log(words.slice().sort());
console.log(words.slice().sort(function (a, b) { return a < b ? 1 : a > b ? -1 : 0; }));
console.log(words.slice().sort(function (a, b) { const x = a.toLowerCase(), y = b.toLowerCase(); return x < y ? -1 : x > y ? 1 : 0; }));
console.log('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abcd', 'abd' > 'abc', '' < ' ', '😀' > '\uffff', '\ud83d' < '😀');
console.log(['😀', '\uffff', 'z', '\u00ff'].sort(), ['b', 'a'].sort().concat(['d', 'c'].sort()));
const byLength = words.slice().sort(function (a, b) { return a.length - b.length; });
console.log(byLength);

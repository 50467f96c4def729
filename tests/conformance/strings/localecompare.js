// localeCompare for ASCII and sorting with it
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
console.log('abc'.localeCompare('abd'), 'abc'.localeCompare('ab'), ''.localeCompare('a'));
const words = ['banana', 'apple', 'cherry', 'date', 'apricot', 'blueberry', 'avocado'];
console.log(words.slice().sort(function (x, y) { return x.localeCompare(y); }));
console.log(words.slice().sort(function (x, y) { return y.localeCompare(x); }));
console.log('10'.localeCompare('9') < 0, 'x1'.localeCompare('x2') < 0);
console.log(['b', 'a', 'c'].sort(function (p, q) { return p.localeCompare(q); }).join(''));

// replace / replaceAll with string patterns and $-patterns and functions
const s = 'foo bar foo baz foo';
console.log(s.replace('foo', 'qux'), '|', s.replaceAll('foo', 'qux'));
console.log(s.replace('nope', 'x'), '|', s.replace('', '_'), '|', 'abc'.replaceAll('', '_'));
console.log('price: 10'.replace('10', '$$20'), 'a-b'.replace('-', '[$&]'), 'a-b'.replace('-', "[$`]"), "a-b".replace('-', "[$']"));
console.log('abc'.replace('b', '$0'), 'abc'.replace('b', '$1'), 'abc'.replace('b', '$<n>'), 'abc'.replace('b', '$'), 'abc'.replace('b', '$$$'));
console.log('x.y.z'.replaceAll('.', '$&$&'), 'aaaa'.replaceAll('aa', 'b'), 'aaa'.replace('a', ''), 'aaa'.replaceAll('a', ''));
console.log('hello'.replace('l', function (m, off, str) { return '<' + m + off + str.length + '>'; }));
console.log('hello'.replaceAll('l', function (m, off) { return m.toUpperCase() + off; }));
console.log('a1b1'.replace(1, 2), 'null undefined'.replace(null, 'N').replace(undefined, 'U'));
console.log('abc'.replace('b', 42), 'abc'.replace('b', null), 'abc'.replace('b', function () {}));
console.log('$'.replace('$', '$$'), 'x'.replace('x', '$`$\''), 'ab'.replaceAll('b', "$'|$`"));
let calls = 0;
'aXbXc'.replaceAll('X', function () { calls++; return ''; });
console.log('calls', calls);
const template = 'Dear {name}, you owe {amount}. Thanks, {name}!';
console.log(template.replaceAll('{name}', 'Ann').replace('{amount}', '$5.00'));
console.log(template.replaceAll('{name}', 'Bob').replace('{amount}', '$$5.00'));

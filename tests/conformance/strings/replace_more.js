// More replace/replaceAll cases
const s = 'a.b.c.d';
console.log(s.replace('.', '-'), s.replaceAll('.', '-'), s.replaceAll('.', ''), s.replace('.', '$&$&'));
console.log('aaa'.replace('a', 'aa'), 'aaa'.replaceAll('a', 'aa'), 'abab'.replaceAll('ab', 'ba'), 'xxx'.replaceAll('xx', 'y'));
console.log('hello world'.replace('o', function (m, i) { return '[' + m + '@' + i + ']'; }));
console.log('hello world'.replaceAll('o', function (m, i, whole) { return i + '/' + whole.length; }));
console.log('$1 $2'.replace('$1', 'one'), 'cost: $'.replace('$', '$$'), 'x'.replace('x', '$$$$'), 'x'.replace('x', '$`|$\''));
console.log('path/to/file'.split('/').join('\\'), 'CamelCaseString'.replace('Case', ''), 'tabs\tand\tmore'.replaceAll('\t', ' -> '));
console.log('aaa'.replaceAll('', '-'), ''.replace('', 'x'), ''.replaceAll('', 'y'), 'abc'.replace('abc', ''));
console.log('  trim me  '.replace(' ', '_'), 'ümlaut'.replace('ü', 'ue'), '😀😀'.replaceAll('😀', ':)'));
const tpl = 'Hello {{name}}, you are {{age}}. Bye {{name}}.';
const data = { name: 'Ann', age: 30 };
let out = tpl;
for (const k of Object.keys(data)) out = out.replaceAll('{{' + k + '}}', String(data[k]));
console.log(out);
console.log('x-y-z'.replace('-', function () { return '$&'; }), 'abc'.replace('b', undefined), 'abc'.replaceAll('b', true));

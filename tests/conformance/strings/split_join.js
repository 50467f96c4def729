// split / join
console.log('a,b,c'.split(','), 'a,b,c'.split(',', 2), 'a,b,c'.split(',', 0), 'a,b,c'.split());
console.log('abc'.split(''), ''.split(''), ''.split(','), 'a,,b,'.split(','), ',a'.split(','));
console.log('a--b--c'.split('--'), 'aaa'.split('a'), 'a b  c'.split(' '), 'abc'.split('abc'), 'abc'.split('abcd'));
console.log('😀a'.split(''), 'a😀'.split('').length);
console.log('x'.split(undefined), 'a,b'.split(',', -1), 'a,b,c'.split(',', 1.5), 'a1b1c'.split(1));
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [].join(), [null, undefined, 1].join('|'));
console.log([[1, 2], [3]].join(';'), [1, [2, [3, [4]]]].join(), ['a'].join('xyz'), [true, {}].join());
console.log(new Array(3).join('ab'), [1, 2].join(undefined), [1, 2].join(null));
const csv = 'name,age\nalice,30\nbob,25';
const lines = csv.split('\n');
for (const line of lines) console.log(line.split(',').reverse().join(' <- '));
console.log('one two three'.split(' ').map(function (w) { return w[0].toUpperCase() + w.slice(1); }).join(' '));

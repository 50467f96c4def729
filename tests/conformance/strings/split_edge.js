// split edge cases
console.log('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 3), ''.split('x'), 'abc'.split('', 2));
console.log('one  two'.split(' '), ' lead'.split(' '), 'trail '.split(' '), '\n'.split('\n'));
console.log('a1b2c3'.split('2'), 'aXbXc'.split('X', 10), 'aXbXc'.split('x'), 'aXbXc'.split('Xb'));
console.log('😀😀'.split('😀'), '😀a😀'.split('a'), 'ab'.split('', -1));
console.log('key=value=more'.split('='), 'key=value=more'.split('=', 2), 'a=b'.split('=').reverse().join('='));
const csvLine = 'name,"quoted, comma",3';
console.log(csvLine.split(','), csvLine.split('"'));
console.log('1 2 3 4 5'.split(' ').map(Number), '1,2,,3'.split(',').map(Number), 'x'.split('x'));
console.log('a.b.c'.split('.', 0), 'a.b.c'.split('.', undefined), 'a.b.c'.split(undefined, 1));

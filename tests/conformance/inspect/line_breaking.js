// reduceToSingleString: 80-column breakLength and line width decisions
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13 });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddddddddddd', e: 1 });
console.log({ k1: 'x'.repeat(30), k2: 'y'.repeat(30) });
console.log({ k1: 'x'.repeat(30), k2: 'y'.repeat(31) });
console.log({ k1: 'x'.repeat(36), k2: 'y'.repeat(36) });
console.log(['x'.repeat(35), 'y'.repeat(35)]);
console.log(['x'.repeat(36), 'y'.repeat(36)]);
console.log({ outer: { inner1: 'value one here', inner2: 'value two here', inner3: 'value three' } });
console.log({ outer: { inner1: 'value one here', inner2: 'value two here', inner3: 'value three!!' } });
console.log([{ name: 'alice', age: 30, city: 'paris' }, { name: 'bob', age: 25, city: 'london' }]);
console.log({ users: [{ name: 'alice', roles: ['admin', 'dev'] }, { name: 'bob', roles: ['ops'] }], total: 2 });
console.log({ a: 'short' }, { b: 'x'.repeat(70) });
console.log('prefix text', { a: 1, b: 'y'.repeat(60) });
console.log({ description: 'x'.repeat(100) });
console.log({ a: [1, 2, 3], b: { c: [4, 5, 6], d: { e: 'f' } }, g: 'h', i: null, j: undefined, k: true });
for (let n = 60; n <= 80; n += 4) console.log({ key: 'v'.repeat(n) });
for (let n = 14; n <= 17; n++) console.log({ a: 'x'.repeat(n), b: 'y'.repeat(n), c: 'z'.repeat(n) });

// JSON.stringify with indentation
const data = { name: 'kiln', tags: ['js', 'rust'], meta: { stars: 5, empty: {}, none: [] , nested: [{ a: 1 }, [2, [3]]] }, ok: true, nil: null };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, 4));
console.log(JSON.stringify(data, null, '\t'));
console.log(JSON.stringify([1, [2, 3]], null, '--'));
console.log(JSON.stringify({ a: 1 }, null, 20));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''), JSON.stringify({ a: 1 }, null, -5));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 2));
console.log(JSON.stringify({ a: [1, 2] }, ['a'], 1));
console.log(JSON.stringify('s', null, 2), JSON.stringify(5, null, 2));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, 2.7));
console.log(JSON.stringify({ a: 1 }, null, new Number(3)));

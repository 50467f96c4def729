// Literal forms: booleans, null, arrays, objects, trailing commas
console.log([1, 2, 3,], [,], [, ,].length, { a: 1, }, [[], [[]],]);
console.log(true, false, null, typeof null, typeof true);
console.log([1, 'two', null, undefined, true, [3], { four: 4 }]);
console.log({ 'a': 1, "b": 2, c: 3, 4: 'four', [5]: 'five' });
console.log(0.1.toFixed(1), 1..toFixed(1), (1).toString(2), 1.0.toString());
console.log('str'.length, "str"['length'], `str`.length);
console.log([].length, {}.constructor === Object, [].constructor === Array);
console.log(0xFF.toString(10), 0b11.toString(), 0o10 + 0);
console.log('\u0041' === 'A', '\x41' === 'A', '\u{41}' === 'A');

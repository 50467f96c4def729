// Multiple arguments: strings raw at top level, objects inspected, joined by spaces
console.log('a', 1, 'b');
console.log('str', 'with \'quotes\'', "and \"double\"");
console.log({ a: 1 }, 'between', [1, 2]);
console.log(null, undefined, 'x', NaN);
console.log('multi\nline', 'next');
console.log('', '', '');
console.log(1, '', 2);
console.log([1], [2], [3]);
console.log(-0, '-0', [-0], String(-0));
console.log('obj:', { deep: { deeper: { deepest: {} } } });
console.log('long', { a: 'x'.repeat(30), b: 'y'.repeat(30) });
console.log(function f() {}, 'and', class C {});
console.log(true, 'true', [true, 'true']);

// %s with many inputs and %o/%O/%j basics
const inputs = ['str', 42, -0, 1.5, null, undefined, true, [1, 2], [[1]], { a: 1 }, { a: { b: { c: {} } } }, function f() {}, new Map([[1, 2]]), new Set([1]), [], {}];
for (const v of inputs) console.log('[%s]', v);
console.log('%j', { a: [1, { b: 2 }] }, '%j', 'x');
console.log('%j', [1, 'two', null]);
console.log('%s-%s-%s', 'a', 'b');
console.log('%%', '%%', 100);
console.log('%s%%', 50);
console.log('no directives', '%s', 'x');

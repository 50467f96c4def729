// String concatenation of every value kind
const vals = [undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, '', 'str', [], [1], [1, [2, 3]], [null, undefined], {}, { a: 1 }, function f(a) { return a; }, () => 1, new Number(5), new String('S'), new Boolean(false), new Map(), new Set([1])];
for (const v of vals) console.log(JSON.stringify('' + v), typeof ('' + v));
console.log('sum: ' + 1 + 2, 'sum: ' + (1 + 2), 1 + 2 + ': sum');
console.log([1, 2] + [3, 4], {} + [], [] + {}, [[]] + [[]]);

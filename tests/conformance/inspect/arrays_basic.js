// Arrays: empty, nested, mixed, holes
console.log([], [[]], [[], []], [{}], [{}, []]);
console.log([1, 2, 3], ['a', 'b'], [true, null, undefined], [1, 'a', [2, 'b', [3, 'c', [4, 'd']]]]);
console.log([, 1], [1, ,], [, , ,], new Array(7), [1, , , 4, , 6]);
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log([{ a: { b: { c: { d: 1 } } } }]);
console.log([function named() {}, function () {}, () => {}, class A {}, Math.max]);
const withProps = [1, 2];
withProps.name = 'x';
withProps['key with space'] = true;
console.log(withProps);
console.log([undefined, , null], [NaN, -0, 0, Infinity]);

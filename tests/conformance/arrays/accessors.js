// slice concat join indexOf lastIndexOf includes at
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(), a.slice(3, 1), a.slice(-10, 2), a.slice(2, -1), a.slice(NaN));
console.log(a.concat([6, 7], 8, [[9]]), [].concat(1, [2], [[3]]), a.concat(), [1].concat('ab', null, undefined));
console.log(a.indexOf(3), a.indexOf(9), a.indexOf(1, 1), a.indexOf(5, -1), a.indexOf(1, -100), a.lastIndexOf(5), a.lastIndexOf(1, -5));
console.log([NaN].indexOf(NaN), [NaN].includes(NaN), [-0].indexOf(0), [0].includes(-0), ['1'].indexOf(1), [null].includes(undefined));
console.log([1, 2, 1, 2].lastIndexOf(2), [1, 2, 1, 2].lastIndexOf(2, 2), [1, 2, 1].lastIndexOf(1, -2), [].lastIndexOf(1));
console.log(a.includes(3), a.includes(3, 3), a.includes(5, -1), [undefined].includes(), [, 1].includes(undefined), [, 1].indexOf(undefined));
console.log(a.at(0), a.at(-1), a.at(5), a.at(-6), a.at(1.9), a.at('2'), [].at(0));
console.log([1, [2, 3]].join('-'), [null, undefined].join('-'), [1, 2, 3].toString(), String([]), String([[], []]));
console.log(a.slice(1) !== a, a);
const nested = [[1, 2], [3, 4]];
const copy = nested.slice();
copy[0].push(99);
console.log(nested[0], copy === nested);

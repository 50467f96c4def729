// Template literals
const name = 'world';
const n = 3;
console.log(`hello ${name}`);
console.log(`sum: ${1 + 2}, product: ${n * 4}`);
console.log(`nested ${`inner ${n > 2 ? `big ${n}` : 'small'}`} end`);
console.log(`multi
line
template`);
console.log(`${''}${''}`.length, `${null} ${undefined} ${true} ${NaN}`);
console.log(`arr: ${[1, 2, 3]} obj: ${{}} fn-type: ${typeof function () {}}`);
console.log(`${-0} ${0.1 + 0.2} ${1e21} ${2 ** 64}`);
const obj = { toString() { return 'custom'; } };
console.log(`obj is ${obj}`);
const v = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log(`prefers toString: ${v}`, '' + v);
console.log(`escapes: \t|\n|\u0041|\x42|\\`);
console.log(`${'$'}{not interp} $ {also not} $`);
console.log(`a${1}b${2}c${3}d`);
console.log(`${[1, [2, [3]]]}`);
let count = 0;
const t = `${count++}${count++}${count++}`;
console.log(t, count);
console.log(`${ { a: 1 }.a }`);
console.log(`${function f() { return 'fn'; }()}`);
console.log(`line1
	tabbed line2`.split('\n').length);
console.log(typeof `x`, `x` === 'x');

// typeof for every kind of value
const values = [undefined, null, true, 0, -0, NaN, '', 'x', [], {}, function () {}, () => {}, class {}, new Number(1), new String(''), new Boolean(false), Math, JSON, new Map(), new Set(), new Error(''), Object.create(null), Array, Object.prototype, Function.prototype, globalThis];
for (const v of values) console.log(typeof v);
console.log(typeof notDefinedAnywhere, typeof typeof undefined, typeof (typeof 1));

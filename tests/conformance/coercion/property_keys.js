// Property keys are strings: numbers, booleans, objects used as keys
const o = {};
o[1] = 'one'; o['1'] = 'string one'; o[1.0] = 'float one'; o[true] = 'bool'; o[null] = 'null'; o[undefined] = 'undef';
o[[1, 2]] = 'array'; o[{}] = 'object'; o[-0] = 'negzero'; o[1e21] = 'big'; o[0.1] = 'tenth'; o[NaN] = 'nan';
console.log(o);
console.log(o['1,2'], o['[object Object]'], o[0], o['1e+21'], o['0.1'], o.NaN, o.true, o.null);
const arr = [];
arr['2'] = 'two'; arr[1.5] = 'x'; arr['03'] = 'y';
console.log(arr, arr.length, Object.keys(arr));
const m = new Map([[1, 'num'], ['1', 'str']]);
console.log(m.get(1), m.get('1'), m.size);

// Computed keys with expressions, calls, and evaluation order
let n = 0;
function key(name) { n++; return name + n; }
const o = { [key('a')]: n, [key('b')]: n, plain: n, [key('c')]() { return 'method'; } };
console.log(o, o.c3());
const prefix = 'get';
const api = { [prefix + 'Name']() { return 'name'; }, [`${prefix}Age`]() { return 42; } };
console.log(api.getName(), api.getAge(), Object.keys(api));
const i = 5;
const arrKeys = { [i]: 'five', [i * 2]: 'ten', [[1, 2]]: 'array key', [{}]: 'obj key', [true]: 'bool' };
console.log(arrKeys);
const dynamic = {};
for (const k of ['x', 'y', 'z']) dynamic[k + k.toUpperCase()] = k.charCodeAt(0);
console.log(dynamic);
const overwritten = { a: 1, ['a']: 2, ['a' + '']: 3 };
console.log(overwritten);

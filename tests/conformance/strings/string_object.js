// String() conversion and String objects
console.log(String(123), String(-0), String(null), String(undefined), String(true), String([1, [2, 3]]), String({}));
console.log(String(function f() {}) === 'function f() {}', String(NaN), String(1e21), String([null]), String([undefined, 1]));
const so = new String('abc');
console.log(typeof so, so.length, so[1], so + 'd', so.valueOf(), so.toString(), so instanceof String);
console.log(Object.keys(so), so == 'abc', so === 'abc', typeof so.valueOf());
console.log(String.prototype.toUpperCase.call('x'), 'abc'.constructor === String, typeof String('x'));
console.log(String(String('nested')));
console.log('abc'.toString(), 'abc'.valueOf(), (5).toString() + 1);
const strs = ['', ' ', '0', 'false', 'a'];
for (const x of strs) console.log(JSON.stringify(x), !!x, Boolean(x), x.length);

// Object.prototype.toString tags
const ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call(1), ts.call('s'), ts.call(true));
console.log(ts.call([]), ts.call({}), ts.call(function () {}), ts.call(new Error('x')), ts.call(new TypeError('x')));
console.log(ts.call(new Map()), ts.call(new Set()), ts.call(JSON), ts.call(Math), ts.call(new Number(1)));
console.log(ts.call(class {}), ts.call(() => 1), ts.call(Object.create(null)), ts.call(globalThis) === '[object global]');
class Foo {}
console.log(ts.call(new Foo()), String(new Foo()), `${{}}`, {}.toString(), [].toString(), [1, [2]].toString());
console.log(({}).toString.call([1, 2]), Object.prototype.toString.call(new String('')));
console.log(String(Object.create(null) === null), typeof Object.prototype.toString);
try { String(Object.create(null)); } catch (e) { console.log(e.name, e.message); }
try { `${Object.create(null)}`; } catch (e) { console.log(e.name); }
try { Object.create(null) + ''; } catch (e) { console.log(e.name); }

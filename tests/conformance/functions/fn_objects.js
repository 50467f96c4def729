// Functions as objects: own properties
function f() { return f.calls = (f.calls || 0) + 1; }
f(); f(); f();
console.log(f.calls, Object.keys(f), 'name' in f, f.hasOwnProperty('length'), f.hasOwnProperty('calls'));
f.meta = { version: 1 };
f.label = 'tagged';
console.log(f.meta.version, f.label, Object.keys(f));
function Registry() {}
Registry.items = [];
Registry.add = function (x) { Registry.items.push(x); return Registry; };
Registry.add(1).add(2);
console.log(Registry.items);
const memoized = function (n) { return memoized.cache[n] || (memoized.cache[n] = n * 2); };
memoized.cache = {};
memoized(5); memoized(6);
console.log(memoized.cache);
console.log(typeof f.prototype, f.prototype.constructor === f, Object.keys(f.prototype));
console.log(f instanceof Function, f instanceof Object, typeof f.call, typeof f.apply, typeof f.bind);
try { f.name = 'renamed'; } catch (e) { console.log('cannot'); }
console.log(f.name);
const arrowF = () => 1;
arrowF.prop = 'arrow prop';
console.log(arrowF.prop, arrowF.prototype);
delete f.label;
console.log(Object.keys(f));

// Sparse arrays: huge lengths, far elements, length truncation, read-only length, defineProperty on arrays.
var a = [];
a[4294967294] = 1;
console.log(a.length, a);
var b = [1,2,3];
b.length = 4294967295;
console.log(b.length, b);
b.length = 2;
console.log(b);
var c = new Array(4294967295);
console.log(c.length, c);
c[5] = 'x'; c[100000000] = 'y';
console.log(c, Object.keys(c));
c.length = 6;
console.log(c, Object.keys(c), c.length);
var d = [1,2,3]; d.length = 10; d.push(4); console.log(d, d.length); d.pop(); console.log(d.length); d.pop(); console.log(d.length, d);
var e = []; e[10] = 1; e[2000] = 2; e[3]=3; console.log(e, Object.keys(e), e.indexOf(2), e.includes(undefined));
var f = [1,2,3]; Object.defineProperty(f, 'length', {writable:false}); f[5]=1; console.log(f, f.length);
try { "use strict"; (function(){"use strict"; f.push(1);})(); } catch (err) { console.log(err.message); }
var g = [1,2,3]; Object.freeze(g); console.log(g, Object.isFrozen(g), g.length); 
var h = []; h[100000] = 5; h[50]=1; console.log(h.length, h.indexOf(5), h.join().length, h.slice(50,52));
var big = []; big[4294967294] = 'last'; big.length = 4294967295; console.log(big.length); delete big[4294967294]; console.log(big);
console.log([,,1,,].length, [,,1,,]);
var s = []; s.length = 3; s[0] = 1; s[1] = 2; s[2] = 3; console.log(s, s.length); s.pop(); console.log(s, s.length);
var f = [1,2,3]; Object.defineProperty(f, 'length', {writable:false}); f[5]=1; console.log(f, f.length, Object.getOwnPropertyDescriptor(f, 'length'));
try { (function(){"use strict"; f.push(1);})(); } catch (err) { console.log(err.constructor.name, err.message); }
try { Object.defineProperty(f, 'length', {value: 1}); } catch (err) { console.log(err.constructor.name, err.message); }
Object.defineProperty(f, 'length', {value: 3}); console.log('same ok');
var g = [1,2,3,4]; Object.defineProperty(g, 1, {value: 9, configurable: false});
g.length = 0; console.log(g, g.length);
try { (function(){"use strict"; g.length = 0;})(); } catch (err) { console.log(err.constructor.name, err.message); }
try { Object.defineProperty(g, 'length', {value: -1}); } catch (err) { console.log(err.constructor.name, err.message); }
var h = []; Object.defineProperty(h, 'length', {value: {valueOf: function(){ return 5; }}}); console.log(h.length);
var o = {}; Object.defineProperty(o, 'x', {get: function(){return 1;}, configurable: true}); Object.defineProperty(o, 'x', {set: function(v){}}); 
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
Object.defineProperty(o, 'y', {value: 1}); Object.defineProperty(o, 'y', {value: 1}); console.log(Object.getOwnPropertyDescriptor(o, 'y'));
try { Object.defineProperty(o, 'y', {value: 2}); } catch (err) { console.log(err.constructor.name, err.message); }
try { Object.defineProperty(o, 'z', {value: 2, get: function(){}}); } catch (err) { console.log(err.constructor.name, err.message); }
var arr = [1,2,3]; Object.defineProperty(arr, 1, {enumerable: false}); console.log(arr, Object.keys(arr), arr[1], arr.length);
var p = Object.defineProperties({}, {a: {value: 1, enumerable: true}, b: {get: function(){ return 2; }, enumerable: true}}); console.log(p, p.b);
var s = []; Object.defineProperty(s, 4294967294, {value: 'x', configurable: true, writable: true, enumerable: true}); console.log(s.length);
console.log(Object.getOwnPropertyDescriptor("abc", 1), Object.getOwnPropertyDescriptor([1], 'length'));
var a = [1,2,3]; Object.seal(a); a[0] = 9; a[5] = 1; delete a[1]; console.log(a, Object.isSealed(a), Object.isFrozen(a), a.length);
a.length = 1; console.log(a, a.length);
var o = Object.seal({x: 1}); console.log(Object.getOwnPropertyDescriptors(o), Object.isSealed(o), Object.isSealed({}));
var fz = Object.freeze([1,2]); try { (function(){"use strict"; fz.push(3);})(); } catch (e) { console.log(e.message); }
console.log(fz, fz.length);
var m = []; m[1000000] = 'z'; m[5] = 'y'; m[100] = 'x';
console.log(m.indexOf('z'), m.lastIndexOf('y'), m.includes(undefined), m.includes('x'), [1, 2].includes(undefined));
var seen = []; m.forEach(function (v, i) { seen.push(i + ':' + v); }); console.log(seen.join());
console.log(m.reduce(function (acc, v) { return acc + v; }, ''), m.reduceRight(function (acc, v) { return acc + v; }));
console.log(m.map(function (v) { return v + v; }).length, m.filter(function () { return true; }), m.some(function (v) { return v == 'z'; }));
m.sort(); console.log(m.length, m[0], m[1], m[2], m[3], Object.keys(m));
var r = []; for (var i = 300000; i >= 0; i -= 1000) r[i] = i; console.log(r.length, Object.keys(r).length, r[0], r[150000]);

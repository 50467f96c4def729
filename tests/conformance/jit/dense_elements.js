// Array element reads and writes at int32 indices, compiled inline for
// existing dense elements: holes, out-of-bounds and negative indices,
// non-int32 keys, arrays that change kind, and non-array receivers.
function sum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i];
  return s;
}
function readAt(a, i) { return a[i]; }
function writeAt(a, i, v) { a[i] = v; return a[i]; }

var dense = [1, 2, 3, 4, 5];
for (var k = 0; k < 30; k++) sum(dense);
console.log(sum(dense));

// Holes read through the prototype chain (undefined, or an inherited value).
var holey = [1, , 3];
console.log(readAt(holey, 1), readAt(holey, 5), readAt(holey, -1));
Array.prototype[1] = 'from proto';
console.log(readAt(holey, 1), readAt([9, , 9], 1));
delete Array.prototype[1];
console.log(readAt(holey, 1));

// Keys that are not int32s: doubles, strings, negative numbers.
console.log(readAt(dense, 1.5), readAt(dense, '2'), readAt(dense, 2.0), readAt(dense, -0));
var weird = [10, 20];
weird[-1] = 'minus';
weird['x'] = 'ex';
console.log(readAt(weird, -1), readAt(weird, 'x'), weird.length);

// Writes: in place, past the end (append), far past (sparse), into a hole.
var w = [0, 1, 2];
for (var j = 0; j < 20; j++) writeAt(w, j % 3, j);
console.log(w.join());
console.log(writeAt(w, 3, 'appended'), w.length);
console.log(writeAt(w, 10, 'far'), w.length, readAt(w, 7));
var h = [1, , 3];
console.log(writeAt(h, 1, 'filled'), h.join());

// Arrays that change kind: ints, then doubles, then strings and objects.
var mixed = [1, 2, 3];
console.log(sum(mixed));
mixed[1] = 2.5;
console.log(sum(mixed));
mixed[2] = 'x';
console.log(sum(mixed));
mixed[0] = { valueOf: function () { return 100; } };
console.log(sum(mixed));

// Non-array receivers: strings, typed-like objects, arguments, null.
console.log(readAt('hello', 1), readAt({ 0: 'zero', 1: 'one' }, 1));
(function () { console.log(readAt(arguments, 1)); })('a', 'b');
try { readAt(null, 0); } catch (e) { console.log(e instanceof TypeError); }
try { writeAt(undefined, 0, 1); } catch (e) { console.log(e instanceof TypeError); }

// Frozen and non-writable elements keep their values.
var frozen = Object.freeze([1, 2, 3]);
writeAt(frozen, 0, 'changed');
console.log(frozen.join());
var fixed = [1, 2, 3];
Object.defineProperty(fixed, 1, { value: 'ro', writable: false });
writeAt(fixed, 1, 'changed');
console.log(fixed.join());
(function () {
  'use strict';
  try { frozen[0] = 1; } catch (e) { console.log(e instanceof TypeError); }
})();

// Getters and setters on indices.
var accessor = [1, 2, 3];
Object.defineProperty(accessor, 0, { get: function () { return 'got'; }, set: function (v) { console.log('set', v); } });
console.log(readAt(accessor, 0));
writeAt(accessor, 0, 'v');

// Length shrinks: elements past it are gone.
var shrink = [1, 2, 3, 4];
shrink.length = 2;
console.log(readAt(shrink, 3), shrink.length);

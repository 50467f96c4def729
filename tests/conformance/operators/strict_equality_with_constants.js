// `x === null`, `x !== undefined`, `x === true` ...: compiled engines may
// compare the bits when one side is a constant undefined, null or boolean.
// Every kind of value on the other side, both orders, as branches and as
// values, and a register that held the constant and was then overwritten.
var values = [undefined, null, true, false, 0, -0, 1, NaN, '', 'null', 'undefined', 'true', {}, [], [null], function () {}, 1.5, -1];

function describe(v) {
  if (typeof v === 'function') return 'function';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.length + ']';
  if (v !== null && typeof v === 'object') return 'object';
  return String(v);
}

for (var i = 0; i < values.length; i++) {
  var v = values[i];
  var line = describe(v) + ':';
  if (v === null) line += ' ===null';
  if (null === v) line += ' null===';
  if (v !== null) line += ' !==null';
  if (v === undefined) line += ' ===undefined';
  if (undefined !== v) line += ' undefined!==';
  if (v === true) line += ' ===true';
  if (v === false) line += ' ===false';
  if (false !== v) line += ' false!==';
  line += ' values: ' + (v === null) + ' ' + (v !== undefined) + ' ' + (true === v) + ' ' + (v !== false);
  console.log(line);
}

// The constant's register is reused for something else before the compare.
function reused(x, y) {
  var k = null;
  var r = x === k;
  k = y;
  return r + ',' + (x === k) + ',' + (x !== k);
}
console.log(reused(null, null), reused(null, 0), reused(3, 3), reused('a', 'a'), reused(undefined, null));

// Linked-list walks end on `=== null`, as in binary-trees and richards.
function Node(next, value) { this.next = next; this.value = value; }
var list = null;
for (var n = 0; n < 50; n++) list = new Node(list, n);
var sum = 0;
for (var p = list; p !== null; p = p.next) sum += p.value;
console.log('sum', sum);
function depth(t) { return t === null ? 0 : 1 + depth(t.next); }
console.log('depth', depth(list));
var holder = { left: undefined };
console.log(holder.left === undefined, holder.left === null, holder.missing === undefined, holder.missing !== undefined);

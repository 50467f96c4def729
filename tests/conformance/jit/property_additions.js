// Property additions compiled inline from a store site's cached shape
// transition: objects that grow past their inline slots, non-extensible and
// frozen objects, setters that appear on the prototype after the cache was
// filled, prototype objects (watched) that get properties added.
function Node(a, b, c, d) { this.a = a; this.b = b; this.c = c; this.d = d; }
var nodes = [];
for (var i = 0; i < 40; i++) nodes.push(new Node(i, i + 1, i + 2, i + 3));
var sum = 0;
for (var j = 0; j < nodes.length; j++) sum += nodes[j].a + nodes[j].b + nodes[j].c + nodes[j].d;
console.log(sum, JSON.stringify(nodes[39]));

function setX(o, v) { o.x = v; return o; }
for (var k = 0; k < 30; k++) setX({}, k);
console.log(JSON.stringify(setX({}, 1)));
var sealed = Object.preventExtensions({});
setX(sealed, 2);
console.log(JSON.stringify(sealed), Object.keys(sealed).length);
var frozen = Object.freeze({ y: 1 });
(function () { 'use strict'; try { frozen.x = 1; } catch (e) { console.log(e instanceof TypeError); } })();
console.log(JSON.stringify(setX(frozen, 3)));

// A setter appears on the prototype: the cached addition must not apply.
function Thing() {}
function tag(o) { o.label = 'plain'; return o; }
for (var m = 0; m < 30; m++) tag(new Thing());
Object.defineProperty(Thing.prototype, 'label', { set: function (v) { console.log('setter got', v); }, configurable: true });
var t = tag(new Thing());
console.log(Object.keys(t).length);
delete Thing.prototype.label;
console.log(JSON.stringify(tag(new Thing())));

// A read-only property on the prototype blocks the addition.
function Frozen() {}
function mark(o) { o.flag = true; return o; }
for (var n = 0; n < 30; n++) mark(new Frozen());
Object.defineProperty(Frozen.prototype, 'flag', { value: 'ro', writable: false });
console.log(mark(new Frozen()).flag);

// Adding properties to an object used as a prototype (watched).
var proto = { base: 1 };
var child = Object.create(proto);
function read(o) { return o.extra; }
for (var p = 0; p < 30; p++) read(child);
function addExtra(o, v) { o.extra = v; }
addExtra(proto, 'on proto');
console.log(read(child));
addExtra(child, 'own');
console.log(read(child), proto.extra);

// Different orders make different shapes at the same sites.
function make(first) { var o = {}; if (first) { o.p = 1; o.q = 2; } else { o.q = 2; o.p = 1; } o.r = 3; return o; }
var keys = [];
for (var q = 0; q < 10; q++) keys.push(Object.keys(make(q % 2 === 0)).join(''));
console.log(keys.join(' '));

// this in sloppy plain calls is globalThis; function-level "use strict"
function sloppy() { return this === globalThis; }
function strictFn() { 'use strict'; return this; }
console.log(sloppy(), strictFn());
console.log(sloppy.call(null), sloppy.call(undefined), strictFn.call(null), strictFn.call(undefined));
function boxType() { return typeof this; }
function strictType() { 'use strict'; return typeof this; }
console.log(boxType.call(1), boxType.call('s'), strictType.call(1), strictType.call('s'));
const obj = { name: 'obj', get() { return this.name; } };
const detached = obj.get;
globalThis.name = 'global-name';
console.log(obj.get(), detached());
const holder = { inner: { name: 'inner', get: obj.get } };
console.log(holder.inner.get());
console.log((obj.get)(), (0, obj.get)());
globalThis.viaGlobal = 'gv';
function readGlobal() { return this.viaGlobal; }
console.log(readGlobal());

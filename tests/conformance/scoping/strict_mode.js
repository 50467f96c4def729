'use strict';
// "use strict" program: this undefined in plain calls, no implicit globals
function whatIsThis() { return this; }
console.log(whatIsThis(), typeof whatIsThis());
console.log(whatIsThis.call(5), typeof whatIsThis.call(5), whatIsThis.call('s'));
try { undeclared = 1; } catch (e) { console.log(e.name, e.message); }
const o = { m() { return this === o; } };
const m = o.m;
console.log(o.m(), m());
const holder = { make() { return () => this; } };
console.log(holder.make()() === holder);
function nested() { return (() => this)(); }
console.log(nested(), nested.call('x'));

// name/length for many kinds of functions
function decl(a, b, c) {}
const expr = function (a) {};
const named = function realName(a, b) {};
const arrow = (a, b, c, d) => {};
const obj = { method(a) {}, ['comp' + 'uted'](x, y) {}, 'str key'() {}, 42(n) {} };
class K { constructor(a, b) {} m() {} static s(x) {} }
const bound = decl.bind(null, 1);
const bound2 = bound.bind(null, 2, 3, 4);
const list = [decl, expr, named, arrow, obj.method, obj.computed, obj['str key'], obj[42], K, K.prototype.m, K.s, bound, bound2, Math.max, [].push, parseInt, String, Function.prototype];
for (const f of list) console.log(JSON.stringify(f.name), f.length);
const anonList = [function () {}, () => {}, class {}];
console.log(anonList.map(function (f) { return JSON.stringify(f.name); }).join(' '));
const holder = {};
holder.assigned = function () {};
console.log(holder.assigned.name === '' ? 'empty' : holder.assigned.name);
let letAssigned;
letAssigned = () => {};
console.log(letAssigned.name);

// Contextual keywords used as identifiers and property names
var of = 1, get = 2, set = 3, static_ = 4, async = 5, await_ = 6, from = 7, as = 8, target = 9;
console.log(of, get, set, static_, async, await_, from, as, target);
const o = { get: 'g', set: 's', static: 'st', of: 'o', new: 'n', delete: 'd', in: 'i', instanceof: 'io', typeof: 't', void: 'v', default: 'df', case: 'c' };
console.log(o.get, o.set, o.static, o.of, o.new, o.delete, o.in, o.instanceof, o.typeof, o.void, o.default, o.case);
class K { get() { return 'method named get'; } set(v) { return 'method named set ' + v; } static() { return 'method named static'; } }
const k = new K();
console.log(k.get(), k.set(1), k.static());
const of2 = [1, 2];
for (const x of of2) console.log('of', x);
let let_ = 'let-ish';
console.log(let_);

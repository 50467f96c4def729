// Identifiers and keywords as property names
var $ = 1, _ = 2, $_$ = 3, café = 4, π = 3.14, _private = 5, a1b2 = 6;
console.log($, _, $_$, café, π, _private, a1b2);
const o = { if: 1, class: 2, return: 3, new: 4, typeof: 5, null: 6, true: 7, function: 8, let: 9, static: 10 };
console.log(o.if, o.class, o.return, o.new, o.typeof, o.null, o.true, o.function, o.let, o.static);
console.log(Object.keys(o).join(','));
var let_ = 'ok', of = 'of-ident', get = 'g', set = 's', async = 'a', from = 'f';
console.log(let_, of, get, set, async, from);
const \u0061bc = 'unicode escape ident';
console.log(abc);
var undefinedish = undefined;
console.log(undefinedish);
const obj2 = { 'quoted key': 1, 42: 'num', 1.5: 'float', 0x10: 'hex' };
console.log(obj2['quoted key'], obj2[42], obj2['1.5'], obj2[16]);
console.log(Object.keys(obj2));

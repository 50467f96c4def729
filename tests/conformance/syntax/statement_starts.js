// Object literal vs block at statement start, expression statements
{ let inner = 1; console.log('block', inner); }
({ a: 1 }).a === 1 && console.log('parenthesized object literal');
const o = { a: 1 };
console.log('after', o.a);
label: { console.log('labelled block'); }
(function () { console.log('iife 1'); })();
(function () { console.log('iife 2'); }());
(() => console.log('arrow iife'))();
!function () { console.log('bang iife'); }();
void function () { console.log('void iife'); }();
const r = function () { return 'expr'; }();
console.log(r);
[1, 2].forEach(function (v) { console.log('array start', v); });
`template ${'start'}`.length > 0 && console.log('template start');

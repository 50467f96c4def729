// Runtime errors are real exceptions with the right class
function attempt(label, f) {
  try { f(); console.log(label, 'no error'); }
  catch (e) { console.log(label, '->', e.name, '|', e.message, '|', e instanceof Error); }
}
// V8's wording for these is exotic: compare only the error class
function attemptName(label, f) {
  try { f(); console.log(label, 'no error'); }
  catch (e) { console.log(label, '->', e.name, e instanceof Error); }
}
let undef;
const nul = null;
const obj = { a: 1, fn() { return 1; } };
const c = 1;
attempt('call non-function', function () { obj.a(); });
attempt('call undefined var', function () { undef(); });
attempt('call missing method', function () { obj.missing(); });
attempt('read prop of undefined', function () { return undef.x; });
attempt('read prop of null', function () { return nul.x; });
attempt('read nested', function () { return obj.missing.deeper; });
attempt('write prop of undefined', function () { undef.x = 1; });
attempt('assign const', function () { c = 2; });
attempt('undeclared', function () { return notDeclaredAnywhere; });
attempt('undeclared call', function () { notDeclaredFn(); });
attempt('new non-constructor', function () { new obj.fn(); });
attempt('invalid array length', function () { return new Array(-5); });
attemptName('toFixed range', function () { return (1).toFixed(200); });
attemptName('repeat negative', function () { return 'x'.repeat(-2); });
attemptName('JSON.parse bad', function () { return JSON.parse('{bad'); });
attemptName('in on primitive', function () { return 'x' in 5; });
attempt('number call', function () { const n = 5; n(); });
attempt('string call', function () { const s = 'str'; s(); });
attempt('null call', function () { const f = null; f(); });
attempt('read index of undefined', function () { return undef[0]; });
attempt('template prop', function () { return `${nul.prop}`; });
attempt('typeof undeclared', function () { return typeof zzz; });
attempt('ok', function () { return 1; });

// Errors thrown by built-ins, checked by class
function check(label, fn) {
  try { const r = fn(); console.log(label, 'ok', JSON.stringify(r)); }
  catch (e) { console.log(label, e.name, e instanceof Error); }
}
check('JSON.parse', function () { return JSON.parse('{"a":'); });
check('JSON.stringify cycle', function () { const o = {}; o.o = o; return JSON.stringify(o); });
check('new Array(-1)', function () { return new Array(-1); });
check('toFixed(101)', function () { return (1).toFixed(101); });
check('toPrecision(0)', function () { return (1).toPrecision(0); });
check('toString(1)', function () { return (1).toString(1); });
check('repeat(-1)', function () { return 'x'.repeat(-1); });
check('reduce empty', function () { return [].reduce(function (a, b) { return a + b; }); });
check('Map()', function () { return Map(); });
check('new Set(1)', function () { return new Set(1); });
check('Object.keys(null)', function () { return Object.keys(null); });
check('Object.create(1)', function () { return Object.create(1); });
check('null.x', function () { return null.x; });
check('undefined()', function () { return undefined(); });
check('String(nullproto)', function () { return String(Object.create(null)); });
check('x in 1', function () { return 'x' in 1; });
check('new (()=>1)', function () { return new (function () { return () => 1; }())(); });
check('class call', function () { class Z {} return Z(); });
check('map non-fn', function () { return [1].map(null); });
check('sort non-fn', function () { return [2, 1].sort(5); });
check('fromCharCode ok', function () { return String.fromCharCode(65, 66); });
check('parseInt ok', function () { return parseInt('zz', 36); });

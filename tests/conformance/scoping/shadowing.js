// Shadowing: params, blocks, catch, inner functions
const x = 'global';
function f(x) {
  console.log('param', x);
  {
    const x = 'block';
    console.log('block', x);
  }
  try { throw 'caught'; } catch (x) { console.log('catch', x); }
  function g() { const x = 'inner fn'; return x; }
  console.log('inner', g(), 'param again', x);
  return x;
}
console.log(f('arg'), x);
let y = 1;
function readsOuter() { return y; }
function hasOwn() { let y = 2; return readsOuter(); }
console.log(hasOwn());
function paramAndVar(a) { var a; return a; }
console.log(paramAndVar('kept'));
function paramAndVarAssigned(a) { var a = 'replaced'; return a; }
console.log(paramAndVarAssigned('orig'));
function fnShadowsParam(a) { function a() {} return typeof a; }
console.log(fnShadowsParam(1));
const arrowShadow = (y) => y * 10;
console.log(arrowShadow(5), y);
for (let y = 0; y < 2; y++) console.log('loop y', y);
console.log('outer y', y);

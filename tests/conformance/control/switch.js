// switch: fallthrough, default anywhere, strict matching
function sw(x) {
  const out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case 3: out.push('three');
    case 4: out.push('four'); break;
    case '1': out.push('string one'); break;
  }
  return out.join(',');
}
for (const v of [1, 2, 3, 4, 5, '1', '2', true, null]) console.log(String(v), '->', sw(v));
function noDefault(x) { switch (x) { case 'a': return 'A'; case 'b': return 'B'; } return 'none'; }
console.log(noDefault('a'), noDefault('b'), noDefault('c'));
const nan = NaN;
switch (nan) { case NaN: console.log('NaN matched?!'); break; default: console.log('NaN never matches'); }
switch (-0) { case 0: console.log('-0 matches 0'); break; }
const obj = {};
switch (obj) { case {}: console.log('no'); break; case obj: console.log('same ref'); break; }
let evals = [];
function c(v) { evals.push(v); return v; }
switch (3) { case c(1): case c(2): break; case c(3): evals.push('hit'); break; case c(4): break; }
console.log(evals.join(' '));
switch (1) { default: console.log('only default'); }
switch (1) {}
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    default: return 'F';
  }
}
console.log(grade(95), grade(85), grade(10));
for (let i = 0; i < 4; i++) {
  switch (i) {
    case 1: continue;
    case 2: console.log('two in loop'); break;
    default: console.log('loop default', i);
  }
}
switch ('x') { case 'x': { let scoped = 'block in case'; console.log(scoped); } }

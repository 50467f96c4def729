// && || ?? and short-circuiting
const log = [];
function t(v) { log.push(String(v)); return v; }
console.log(t(0) && t(1), t(1) && t(2), t('') || t('x'), t('a') || t('b'), t(null) ?? t('dflt'), t(0) ?? t('no'));
console.log(log.join(','));
console.log(null ?? undefined ?? 0 ?? 1, undefined ?? null, false ?? true, NaN ?? 1, '' ?? 'x');
console.log(1 && 2 && 3, 1 && 0 && 3, 0 || '' || null, 0 || '' || 'last', 1 || 2 && 0);
console.log(!0, !1, !'', !'a', !null, !undefined, !NaN, ![], !{}, !!'0', !!-0);
console.log((null || undefined) ?? 'n', (0 && 1) ?? 'z', (1 ?? 2) || 3);
let x = null;
const y = x ?? (x = 5);
console.log(x, y);
let calls = 0;
function side() { calls++; return true; }
false && side();
true || side();
'x' ?? side();
null ?? side();
console.log('calls', calls);
const obj = { a: 0, b: null, c: 'c' };
console.log(obj.a || 'def', obj.a ?? 'def', obj.b ?? 'def', obj.c && obj.c.toUpperCase(), obj.d ?? 'missing');
console.log(true ? 'yes' : 'no', 0 ? 'yes' : 'no', null ? 1 : undefined ? 2 : 3, 1 ? 2 ? 'a' : 'b' : 'c');

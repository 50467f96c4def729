// Object identity, shallow copies, references in arrays
const a = { v: 1 };
const b = a;
const c = { v: 1 };
console.log(a === b, a === c, a == c, JSON.stringify(a) === JSON.stringify(c));
b.v = 2;
console.log(a.v);
const list = [a, a, c];
list[0].v = 3;
console.log(list, list[1] === list[0], list.indexOf(c), list.includes({ v: 1 }));
const shallow = Object.assign({}, { inner: a });
shallow.inner.v = 4;
console.log(a.v);
function mutate(o) { o.changed = true; o = { replaced: true }; return o; }
const orig = {};
const ret = mutate(orig);
console.log(orig, ret);
const s = new Set([a, b, c]);
console.log(s.size);
const keyed = new Map([[a, 'a'], [c, 'c']]);
console.log(keyed.get(b), keyed.get({ v: 4 }));

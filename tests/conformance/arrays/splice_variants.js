// splice in all its forms
function show(label, arr, removed) { console.log(label.padEnd(22), JSON.stringify(removed).padEnd(16), JSON.stringify(arr)); }
let a;
a = [0, 1, 2, 3, 4]; show('splice(2)', a, a.splice(2));
a = [0, 1, 2, 3, 4]; show('splice(-2)', a, a.splice(-2));
a = [0, 1, 2, 3, 4]; show('splice(1, 2)', a, a.splice(1, 2));
a = [0, 1, 2, 3, 4]; show('splice(1, 0, x)', a, a.splice(1, 0, 'x'));
a = [0, 1, 2, 3, 4]; show('splice(1, 1, x, y)', a, a.splice(1, 1, 'x', 'y'));
a = [0, 1, 2, 3, 4]; show('splice(-1, 1, z)', a, a.splice(-1, 1, 'z'));
a = [0, 1, 2, 3, 4]; show('splice(10, 1, end)', a, a.splice(10, 1, 'end'));
a = [0, 1, 2, 3, 4]; show('splice(-10, 2)', a, a.splice(-10, 2));
a = [0, 1, 2, 3, 4]; show('splice(1, -5)', a, a.splice(1, -5));
a = [0, 1, 2, 3, 4]; show('splice(1, 100)', a, a.splice(1, 100));
a = [0, 1, 2, 3, 4]; show('splice()', a, a.splice());
a = [0, 1, 2, 3, 4]; show('splice(undefined, 2)', a, a.splice(undefined, 2));
a = [0, 1, 2, 3, 4]; show('splice(1.7, 1.9)', a, a.splice(1.7, 1.9));
a = [0, 1, 2, 3, 4]; show("splice('1', '2')", a, a.splice('1', '2'));
a = [0, 1, 2, 3, 4]; show('splice(0, 5, ..)', a, a.splice(0, 5, 'a', 'b'));
const q = [1, 2, 3, 4, 5, 6];
for (let i = q.length - 1; i >= 0; i--) if (q[i] % 2 === 0) q.splice(i, 1);
console.log(q);
const ins = [1, 3, 5];
[2, 4, 6, 0].forEach(function (v) { let i = 0; while (i < ins.length && ins[i] < v) i++; ins.splice(i, 0, v); });
console.log(ins);

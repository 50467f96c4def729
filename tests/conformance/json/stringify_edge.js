// JSON.stringify special cases
console.log(JSON.stringify({ a: [undefined, function () {}, NaN] }), JSON.stringify([[undefined]]));
console.log(JSON.stringify({ date: 'x', 1: 1, b: undefined, c: null }), JSON.stringify([null, , 2]));
console.log(JSON.stringify(Object.assign(Object.create({ inherited: 1 }), { own: 2 })));
const arr = [1, 2];
arr.extra = 'ignored';
console.log(JSON.stringify(arr), JSON.stringify({ arr }));
console.log(JSON.stringify(new String('s')), JSON.stringify(new Number(-0)), JSON.stringify(new Boolean(true)));
console.log(JSON.stringify('\u007f\u0080\u00ff'), JSON.stringify('</script>'), JSON.stringify('tab\there'));
console.log(JSON.stringify([1e-7, 1e21, 0.1, -0, 2 ** 53 + 1, 5e-324, 1.7976931348623157e308]));
console.log(JSON.stringify({ nested: { toJSON() { return [1, { toJSON() { return 'deep'; } }]; } } }));
console.log(JSON.stringify({ a: 1, b: 2 }, null), JSON.stringify([1], undefined, 2), JSON.stringify({ a: [] }, ['a']));
console.log(JSON.stringify({ a: 1, b: { a: 2, c: 3 } }, ['a', 'b']), JSON.stringify({ '': 'empty key', ' ': 'space' }));
const shared = { s: 1 };
console.log(JSON.stringify({ x: shared, y: shared, z: [shared, shared] }));
console.log(JSON.stringify({ f: function () {}, s: 'keep' }, function (k, v) { return typeof v === 'function' ? 'fn' : v; }));
console.log(JSON.stringify(5, function (k, v) { return v * 2; }), JSON.stringify({ a: 5 }, function (k, v) { return k === '' ? [v.a] : v; }));

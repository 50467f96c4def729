// size updates, chaining, forEach argument order, entries shape
const m = new Map();
console.log(m.size, m.set('a', 1).size, m.set('a', 2).size, m.set('b', 3).size, m.delete('a'), m.size, m.delete('zz'));
const order = [];
new Map([['k', 'v']]).forEach(function (value, key, map) { order.push(typeof value, value, key, map.size); });
console.log(order);
const setOrder = [];
new Set(['only']).forEach(function (value, key, set) { setOrder.push(value, key, set.size); });
console.log(setOrder);
const entries = Array.from(new Map([[1, 'x']]).entries())[0];
console.log(entries, Array.isArray(entries), entries.length);
console.log(Array.from(new Set([1, 2]).entries()));
const s = new Set();
console.log(s.add(1).add(2).add(1).size, s.has(1), s.delete(1), s.has(1), s.size);
const nested = new Map([['inner', new Map([['deep', new Set([1, 2])]])]]);
console.log(nested.get('inner').get('deep').has(2), nested);
console.log(typeof Map.prototype.get, typeof Set.prototype.add, Map.name, Set.name);
console.log(new Map([[1, 2]]).get(1) === 2 && new Set([NaN]).has(NaN));

// Add / update / delete / in / hasOwnProperty
const o = { a: 1 };
o.b = 2;
o['c'] = 3;
o.a = 'updated';
console.log(o);
console.log('a' in o, 'z' in o, o.hasOwnProperty('b'), o.hasOwnProperty('toString'), 'toString' in o);
console.log(delete o.b, o, 'b' in o, o.b);
console.log(o.nope, o['no pe'], o[undefined], o[0]);
o[undefined] = 'u-key';
o[null] = 'n-key';
o[{}] = 'obj-key';
console.log(Object.keys(o), o.undefined, o['[object Object]']);
const counts = {};
for (const w of 'the cat and the hat and the bat'.split(' ')) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
const nested = {};
nested.level1 = {};
nested.level1.level2 = { value: 'deep' };
console.log(nested.level1.level2.value, JSON.stringify(nested));
try { nested.missing.level2 = 1; } catch (e) { console.log(e.name, e.message); }
try { const n = null; n.x = 1; } catch (e) { console.log(e.name, e.message); }
try { undefined.foo; } catch (e) { console.log(e.name, e.message); }
try { null['bar']; } catch (e) { console.log(e.name, e.message); }
const prim = 5;
prim.x = 1;
console.log(prim.x, (5).toFixed === Number.prototype.toFixed);
const p = Object.prototype.hasOwnProperty;
console.log(p.call({ k: 1 }, 'k'), p.call([], 'length'), p.call('str', 0), p.call('str', 5));

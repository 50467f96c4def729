// valueOf / toString invoked by coercion
const trace = [];
const both = {
  valueOf() { trace.push('valueOf'); return 10; },
  toString() { trace.push('toString'); return 'str'; },
};
console.log(both + 1, trace.splice(0).join());
console.log(`${both}`, trace.splice(0).join());
console.log(String(both), trace.splice(0).join());
console.log(both * 2, trace.splice(0).join());
console.log(both + '', trace.splice(0).join());
console.log(both == 10, trace.splice(0).join());
console.log(both > 5, trace.splice(0).join());
console.log([both].join(), trace.splice(0).join());
const o = {}; o[both] = 1;
console.log(Object.keys(o), trace.splice(0).join());
const objValueOf = { valueOf() { trace.push('v'); return {}; }, toString() { trace.push('t'); return '7'; } };
console.log(objValueOf * 2, trace.splice(0).join());
const onlyToString = { toString() { return '3'; } };
console.log(onlyToString * 2, onlyToString + 1, +onlyToString);
const plain = {};
console.log(plain + 1, plain * 1, String(plain), plain.toString === Object.prototype.toString);
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name, e.message); }
try { String(bad); } catch (e) { console.log(e.name, e.message); }
const arr = [1, 2];
arr.toString = function () { return 'custom arr'; };
console.log(arr + '', `${arr}`, String(arr));
function Money(c) { this.cents = c; }
Money.prototype.valueOf = function () { return this.cents; };
Money.prototype.toString = function () { return '$' + (this.cents / 100).toFixed(2); };
const m1 = new Money(150), m2 = new Money(275);
console.log(m1 + m2, String(m1), `${m2}`, m1 < m2, [m1, m2].join(' & '));
const d = { toString() { return 'key'; } };
const map = {}; map[d] = 'v';
console.log(map.key, 'key' in map);

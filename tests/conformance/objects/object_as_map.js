// Plain objects as dictionaries: counting, grouping, inverting, pitfalls
const text = 'to be or not to be that is the question';
const freq = {};
for (const w of text.split(' ')) freq[w] = (freq[w] || 0) + 1;
console.log(freq, Object.keys(freq).length);
const inverted = {};
for (const k of Object.keys(freq)) { const n = freq[k]; (inverted[n] = inverted[n] || []).push(k); }
console.log(inverted);
const people = [{ n: 'ann', dept: 'eng' }, { n: 'bob', dept: 'ops' }, { n: 'cy', dept: 'eng' }, { n: 'di', dept: 'hr' }];
const byDept = people.reduce(function (acc, p) { (acc[p.dept] = acc[p.dept] || []).push(p.n); return acc; }, {});
console.log(byDept);
const dict = {};
dict['constructor'] = 'shadowed';
dict['toString'] = 'also';
console.log(dict.constructor, Object.keys(dict), dict.hasOwnProperty('constructor'));
const safe = Object.create(null);
safe.hasOwnProperty = 1;
safe.toString = 'just a key';
console.log(Object.keys(safe), safe.toString);
const lookup = { 1: 'one', 2: 'two', 10: 'ten' };
console.log(lookup[1], lookup['2'], lookup[10], lookup[3] === undefined, Object.keys(lookup).map(Number));
const entries = Object.entries(freq).filter(function (e) { return e[1] > 1; }).map(function (e) { return e[0] + 'x' + e[1]; });
console.log(entries.join(' '));

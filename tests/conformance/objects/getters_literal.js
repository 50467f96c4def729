// Object-literal getters (used by inspect as [Getter])
const o = { first: 'Ada', last: 'Lovelace', get full() { return this.first + ' ' + this.last; } };
console.log(o.full, Object.keys(o));
o.first = 'A.';
console.log(o.full);
console.log(JSON.stringify(o));

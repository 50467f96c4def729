// delete on objects, arrays, non-configurable and non-existent properties
const o = { a: 1, b: { c: 2 } };
console.log(delete o.a, o, delete o.b.c, o, delete o.nonexistent, delete o['b'], o);
const arr = [1, 2, 3, 4];
console.log(delete arr[0], delete arr[3], arr, arr.length, delete arr.length, arr.length);
console.log(delete Math.PI, Math.PI, delete [].length);
function F() { this.own = 1; }
F.prototype.shared = 2;
const f = new F();
console.log(delete f.shared, f.shared, delete f.own, f.own, 'own' in f);
console.log(delete 1, delete 'str', delete null, delete undefined);
const key = 'dyn';
const d = { dyn: 1 };
console.log(delete d[key], Object.keys(d));

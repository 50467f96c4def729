// Accessor properties in various positions
const point = { x: 1, get double() { return this.x * 2; } };
console.log(point, [point], { p: point });
const onlyGet = { get a() { return 1; }, get b() { return 2; } };
console.log(onlyGet);
const mixed = { plain: 1, get computed() { return 'c'; }, set writeOnly(v) {}, get rw() { return 0; }, set rw(v) {} };
console.log(mixed);
console.log(Object.keys(mixed), mixed.computed, mixed.writeOnly);

// Method shorthand vs function properties vs arrows
const name = 'outer';
const obj = {
  name: 'obj',
  short() { return this.name; },
  long: function () { return this.name; },
  arrow: () => typeof name,
  nested: { name: 'nested', short() { return this.name; } },
  make() { return { name: 'made', get: () => this.name }; },
};
console.log(obj.short(), obj.long(), obj.arrow(), obj.nested.short(), obj.make().get());
console.log(typeof obj.short.prototype, typeof obj.long.prototype, obj.short.name, obj.long.name, obj.arrow.name);
try { new obj.short(); } catch (e) { console.log('shorthand is not a constructor:', e.name); }
console.log(typeof new obj.long());
const x = 1, y = 2;
const point = { x, y, sum() { return this.x + this.y; } };
console.log(point, point.sum());

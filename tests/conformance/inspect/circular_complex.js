// More circular structures
const parent = { name: 'parent', children: [] };
for (let i = 0; i < 2; i++) parent.children.push({ name: 'child' + i, parent });
console.log(parent);
const a = [1];
const b = [a];
a.push(b);
console.log(a, b);
const m = new Map();
const o = { m };
m.set('o', o);
console.log(o);
class Tree { constructor() { this.root = { tree: this, kids: [] }; } }
console.log(new Tree());
const self = {};
self.a = self;
self.b = self;
self.c = [self, { self }];
console.log(self);

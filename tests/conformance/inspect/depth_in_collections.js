// Depth limit applies through Maps, Sets and class instances
class Box { constructor(v) { this.v = v; } }
console.log(new Box(new Box(new Box(new Box(1)))));
console.log(new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]));
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log([new Map([['k', { a: { b: 1 } }]])]);
console.log({ a: new Set([{ b: { c: 1 } }]) });
console.log([[new Box([1, [2]])]]);

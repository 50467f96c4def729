// Empty values of every kind
console.log([], {}, new Map(), new Set(), '', [''], { '': '' }, [[]], [{}], { a: {} }, { a: [] });
console.log(new Array(0), Object.create(null), new (class Foo {})(), new (class {})(), function () {}, () => {});
console.log([undefined], [null], [, ], { u: undefined });
console.log(new String(''), new Number(0), new Boolean(false));

// Mixed argument lists
console.log('count:', 3, 'items:', ['a', 'b'], 'meta:', { ok: true });
console.log([1, 2], [3, 4], { a: 1 }, 'end');
console.log(null, [null], { n: null }, undefined, [undefined], { u: undefined });
console.log(true, [false], { t: true }, 0, [0], { z: 0 });
console.log('', [''], { e: '' }, ' ', [' ']);
console.log(function f() {}, [function g() {}], { h: function h() {} });
console.log(NaN, [NaN], -0, [-0], Infinity, [-Infinity]);

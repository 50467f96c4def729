// Calls with fewer or more arguments; f.length and f.name
function three(a, b, c) { return [a, b, c]; }
console.log(three(1), three(1, 2, 3, 4, 5), three());
function countDefined(a, b, c) { return (a !== undefined) + (b !== undefined) + (c !== undefined); }
console.log(countDefined(1), countDefined(1, undefined, 3), countDefined(1, 2, 3, 4));
console.log(three.length, (function () {}).length, ((a, b) => 0).length, Math.max.length, [].push.length);
console.log(three.name, Math.max.name, [].map.name, console.log.name, Object.keys.name);
function sideEffects(a) { return a; }
let n = 0;
console.log(sideEffects(n++, n++, n++), n);
const bound = three.bind(null, 'x');
console.log(bound.name, bound.length, bound('y'), bound('y', 'z', 'w'));
function noParams() { return 'ok'; }
console.log(noParams(1, 2, 3));
const arrow = (x, y) => [x, y];
console.log(arrow(1), arrow(1, 2, 3));
class K { constructor(a, b) { this.a = a; this.b = b; } m(x) { return x; } }
console.log(K.length, K.name, new K(1).b, K.prototype.m.length, K.prototype.m.name);

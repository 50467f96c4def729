// bind for partial application and this fixing
function volume(l, w, h) { return l * w * h; }
const base10 = volume.bind(null, 10);
const base10x2 = base10.bind(null, 2);
console.log(base10(2, 3), base10x2(5), base10x2(5, 99), base10.length, base10x2.length, base10x2.name);
const obj = { factor: 3, scale(v) { return v * this.factor; } };
const scale = obj.scale.bind(obj);
const other = { factor: 100, scale };
console.log(scale(2), other.scale(2), scale.call({ factor: 7 }, 2), [1, 2, 3].map(scale));
function Point(x, y) { this.x = x; this.y = y; }
const XAxisPoint = Point.bind(null, 0);
const p = new XAxisPoint(5);
console.log(p, p instanceof Point);
const log = function (prefix, msg) { return '[' + prefix + '] ' + msg; };
const warn = log.bind(null, 'WARN'), info = log.bind(null, 'INFO');
console.log(warn('disk low'), info('started'));
const arrow = (a, b) => [this === undefined, a, b];
console.log(arrow.bind({ x: 1 }, 'first')('second').slice(1));
function counter() { this.n = (this.n || 0) + 1; return this.n; }
const state = {};
const tick = counter.bind(state);
tick(); tick();
console.log(tick(), state);

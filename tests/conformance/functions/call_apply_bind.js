// Function.prototype.call / apply / bind
function greet(greeting, punct) { return greeting + ', ' + this.name + punct; }
const alice = { name: 'Alice' }, bob = { name: 'Bob' };
console.log(greet.call(alice, 'Hi', '!'), greet.apply(bob, ['Hello', '?']), greet.call(bob, 'Yo'));
const hiAlice = greet.bind(alice, 'Hey');
console.log(hiAlice('.'), hiAlice.call(bob, '...'), hiAlice.name, hiAlice.length);
const rebound = hiAlice.bind(bob, 'ignored?');
console.log(rebound());
console.log(Math.max.apply(null, [3, 9, 2]), Math.min.apply(null, []), Math.max.call(null, 1, 5));
console.log([].slice.call('abc'), Array.prototype.join.call({ length: 3, 0: 'a', 1: 'b', 2: 'c' }, '-'));
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind(null, 10);
const p = new BoundPoint(20);
console.log(p.x, p.y, p instanceof Point, p instanceof BoundPoint);
function sum() { let s = 0; for (let i = 0; i < 3; i++) s += this[i]; return s; }
console.log(sum.call([1, 2, 3]), sum.apply([4, 5, 6]));
console.log(greet.apply(alice, undefined) === 'undefined, Aliceundefined');
const method = { v: 7, get() { return this.v; } };
const g = method.get.bind(method);
setLikeCall(g);
function setLikeCall(cb) { console.log(cb()); }
console.log(Function.prototype.call.call(function () { return this.name; }, alice));
const partial = function (a, b, c) { return a + b + c; }.bind(null, 1, 2);
console.log(partial(3), partial(10, 20));
try { greet.apply(alice, 5); } catch (e) { console.log(e.name); }

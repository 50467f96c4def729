// The constructor property and what happens when prototype is replaced
function Good() {}
Good.prototype.x = 1;
function Replaced() {}
Replaced.prototype = { x: 2 };
function Fixed() {}
Fixed.prototype = { constructor: Fixed, x: 3 };
const g = new Good(), r = new Replaced(), f = new Fixed();
console.log(g.constructor === Good, r.constructor === Replaced, r.constructor === Object, f.constructor === Fixed);
console.log(g.constructor.name, r.constructor.name, f.constructor.name);
console.log(g, r, f);
console.log(Object.keys(Good.prototype), Object.keys(Fixed.prototype), Good.prototype.hasOwnProperty('constructor'));
const clone = new g.constructor();
console.log(clone instanceof Good, clone.x);
class K {}
console.log(K.prototype.constructor === K, new K().constructor === K, Object.keys(K.prototype));
console.log((5).constructor.name, 'x'.constructor.name, [].constructor.name, ({}).constructor.name, (() => 1).constructor.name);

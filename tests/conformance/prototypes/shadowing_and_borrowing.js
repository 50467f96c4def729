// Prototype property shadowing and method borrowing
function Animal(name) { this.name = name; }
Animal.prototype.legs = 4;
Animal.prototype.describe = function () { return this.name + ' has ' + this.legs + ' legs'; };
const dog = new Animal('dog');
const bird = new Animal('bird');
bird.legs = 2;
console.log(dog.describe(), '|', bird.describe(), '|', dog.hasOwnProperty('legs'), bird.hasOwnProperty('legs'));
delete bird.legs;
console.log(bird.describe());
Animal.prototype.legs = 6;
console.log(dog.describe(), bird.describe());
const fake = { name: 'table', legs: 4 };
console.log(Animal.prototype.describe.call(fake));
const arrayLike = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.prototype.map.call(arrayLike, function (s) { return s + s; }), Array.prototype.reverse.call(arrayLike));
const borrowedJoin = Array.prototype.join;
console.log(borrowedJoin.call('abc', '-'), borrowedJoin.call({ length: 3 }, '+'));
const toStr = Object.prototype.toString;
console.log([[], {}, 1, 'a', null].map(function (v) { return toStr.call(v).slice(8, -1); }).join(' '));
const hasOwn = Object.prototype.hasOwnProperty;
console.log(hasOwn.call(dog, 'name'), hasOwn.call(dog, 'describe'), hasOwn.call(Animal.prototype, 'describe'));

// Object.create and prototype chains
const animal = { type: 'animal', describe() { return 'I am a ' + this.type; } };
const dog = Object.create(animal);
dog.type = 'dog';
dog.bark = function () { return 'woof'; };
const puppy = Object.create(dog);
puppy.type = 'puppy';
console.log(animal.describe(), dog.describe(), puppy.describe(), puppy.bark());
console.log(Object.getPrototypeOf(puppy) === dog, Object.getPrototypeOf(dog) === animal, Object.getPrototypeOf(animal) === Object.prototype);
console.log(puppy.hasOwnProperty('type'), puppy.hasOwnProperty('bark'), 'bark' in puppy, 'describe' in puppy);
delete puppy.type;
console.log(puppy.type, puppy.describe());
const chain = [];
let cur = puppy;
while (cur !== null) { chain.push(cur === Object.prototype ? 'Object.prototype' : cur.type || '?'); cur = Object.getPrototypeOf(cur); }
console.log(chain.join(' -> '));
const keys = [];
for (const k in puppy) keys.push(k);
console.log(keys);
const dict = Object.create(null);
dict.toString = 'just a key';
dict.hasOwnProperty = 'also a key';
console.log(Object.keys(dict), dict.toString);
console.log(Object.prototype.hasOwnProperty.call(dict, 'toString'));
animal.shared = 'visible to all';
console.log(puppy.shared, dog.shared);
function F() {}
F.prototype = { custom: true };
const f = new F();
console.log(f.custom, f.constructor === F, f.constructor === Object, f instanceof F);
const arr = [];
console.log(Object.getPrototypeOf(Object.getPrototypeOf(arr)) === Object.prototype);
console.log(Array.prototype.isPrototypeOf(arr), Object.prototype.isPrototypeOf(arr), dog.isPrototypeOf(puppy), puppy.isPrototypeOf(dog));

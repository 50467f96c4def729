// Constructor functions and F.prototype methods
function Person(name, age) {
  this.name = name;
  this.age = age;
}
Person.prototype.greet = function () { return 'Hi, I am ' + this.name; };
Person.prototype.birthday = function () { this.age++; return this; };
Person.prototype.species = 'human';
const p = new Person('Ann', 30);
console.log(p.greet(), p.birthday().age, p.species, p);
console.log(p instanceof Person, p.constructor === Person, Object.getPrototypeOf(p) === Person.prototype);
console.log(Object.keys(p), p.hasOwnProperty('species'), 'species' in p);
p.species = 'override';
console.log(p.species, Person.prototype.species, new Person('B', 1).species);
function Employee(name, age, role) {
  Person.call(this, name, age);
  this.role = role;
}
Employee.prototype = Object.create(Person.prototype);
Employee.prototype.constructor = Employee;
Employee.prototype.greet = function () { return Person.prototype.greet.call(this) + ' (' + this.role + ')'; };
const e = new Employee('Cy', 40, 'dev');
console.log(e.greet(), e instanceof Employee, e instanceof Person, e.constructor.name, e);
function NoReturn() { this.v = 1; }
function ReturnsObj() { this.v = 1; return { other: true }; }
function ReturnsPrim() { this.v = 1; return 42; }
console.log(new NoReturn(), new ReturnsObj(), new ReturnsPrim());
function Counter() { if (!(this instanceof Counter)) return new Counter(); this.n = 0; }
console.log(Counter().n, new Counter().n);
console.log(typeof Person.prototype, Person.prototype.constructor === Person, Object.keys(Person.prototype));
Person.prototype.late = function () { return 'added later'; };
console.log(p.late());
const proto = Object.getPrototypeOf(e);
console.log(proto === Employee.prototype, Object.getPrototypeOf(proto) === Person.prototype);
console.log(new Person('x', 1) instanceof Object, Object.prototype.isPrototypeOf.call(Person.prototype, e));

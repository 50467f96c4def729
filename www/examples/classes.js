// Classes: constructors, fields, methods, static members, inheritance
// with super, getters through methods, instanceof and Error subclasses.
class Animal {
  legs = 4;
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static compare(a, b) { return a.name.localeCompare(b.name); }
}

class Dog extends Animal {
  speak() { return `${super.speak()}: woof`; }
}

class Bird extends Animal {
  legs = 2;
  speak() { return `${this.name} sings`; }
}

const zoo = [new Dog('Rex'), new Bird('Tweety'), new Animal('Generic')];
zoo.sort(Animal.compare);
for (const animal of zoo) console.log(animal.speak(), `(${animal.legs} legs)`);
console.log(zoo[0] instanceof Animal, zoo[0] instanceof Dog, zoo[1]);

class ValidationError extends Error {
  constructor(field) {
    super(`invalid ${field}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}
try {
  throw new ValidationError('email');
} catch (e) {
  console.log(e.name, e.message, e instanceof Error, e.field);
}

try {
  Dog('no new');
} catch (e) {
  console.log(e instanceof TypeError);
}

// Compare calls bench(): allocation and virtual calls.
function bench() {
  let sounds = 0;
  for (let i = 0; i < 5000; i++) {
    const a = i % 2 ? new Dog('d') : new Bird('b');
    sounds += a.speak().length;
  }
  return sounds;
}
console.log('bench:', bench());

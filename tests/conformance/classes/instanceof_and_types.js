// Type checks for class hierarchies and duck typing
class Vehicle { wheels() { return 0; } }
class Car extends Vehicle { wheels() { return 4; } }
class Bike extends Vehicle { wheels() { return 2; } }
class Tesla extends Car {}
const fleet = [new Car(), new Bike(), new Tesla(), new Vehicle(), { wheels() { return 3; } }];
for (const v of fleet) {
  const kinds = [Vehicle, Car, Bike, Tesla].filter(function (K) { return v instanceof K; }).map(function (K) { return K.name; });
  console.log(v.constructor.name.padEnd(8), v.wheels(), kinds.join(',') || '(none)', typeof v.wheels === 'function');
}
console.log(Object.getPrototypeOf(Tesla.prototype) === Car.prototype, Tesla.prototype instanceof Vehicle, Car.prototype instanceof Car);
console.log(fleet.filter(function (v) { return v instanceof Car; }).length, fleet.reduce(function (s, v) { return s + v.wheels(); }, 0));
console.log(typeof Vehicle, typeof Vehicle.prototype, Vehicle.prototype.constructor === Vehicle, Object.keys(Vehicle.prototype));

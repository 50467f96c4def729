// Uncaught ReferenceError from an undeclared name
const values = [1, 2, 3];
console.log(values.map(function (v) { return v * v; }));
console.log(undeclaredThing + 1);
console.log('never');

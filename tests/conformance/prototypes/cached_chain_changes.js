// One property-read site, warmed up on a prototype-chain hit, then every way
// the chain can change under it: shadowing at each level, deleting, adding
// accessors, replacing prototypes, deep chains, dictionary-mode objects,
// and prototypes that die and are replaced by new objects.

function read(o) {
  return o.m;
}
function readSeveral(list) {
  return list.map(read).join(',');
}

const top = { m: 'top' };
const mid = Object.create(top);
const low = Object.create(mid);
const objs = [Object.create(low), Object.create(low), Object.create(low)];

for (let i = 0; i < 5; i++) readSeveral(objs);
console.log('warm:', readSeveral(objs));

mid.m = 'mid'; // shadow one level up from the holder
console.log('shadowed in mid:', readSeveral(objs));

low.m = 'low';
console.log('shadowed in low:', readSeveral(objs));

delete low.m;
console.log('deleted from low:', readSeveral(objs));

delete mid.m;
console.log('deleted from mid:', readSeveral(objs));

top.m = 'top2'; // the holder's value changes (same slot)
console.log('holder value changed:', readSeveral(objs));

objs[1].m = 'own'; // one receiver gets its own property
console.log('own on one:', readSeveral(objs));

Object.defineProperty(mid, 'm', { get() { return 'getter on mid'; }, configurable: true });
console.log('accessor on mid:', readSeveral(objs));

Object.defineProperty(mid, 'm', { value: 'data on mid', writable: true, configurable: true });
console.log('data again on mid:', readSeveral(objs));
delete mid.m;

Object.setPrototypeOf(low, { m: 'replaced low proto' });
console.log('low re-parented:', readSeveral(objs));

// A chain deeper than two levels, warmed then changed at the bottom.
let chain = { m: 'root' };
for (let i = 0; i < 6; i++) chain = Object.create(chain);
const deep = [Object.create(chain), Object.create(chain)];
for (let i = 0; i < 5; i++) readSeveral(deep);
console.log('deep:', readSeveral(deep));
let walk = chain;
for (let i = 0; i < 3; i++) walk = Object.getPrototypeOf(walk);
walk.m = 'three up';
console.log('deep shadowed:', readSeveral(deep));

// Many properties push a prototype into dictionary mode.
const big = { m: 'big' };
const onBig = [Object.create(big), Object.create(big)];
for (let i = 0; i < 5; i++) readSeveral(onBig);
for (let i = 0; i < 100; i++) big['p' + i] = i;
console.log('prototype with many properties:', readSeveral(onBig));
big.m = 'big2';
console.log('and its value changed:', readSeveral(onBig));

// Class methods, then the prototype method replaced and an override added.
class Animal {
  speak() {
    return 'generic';
  }
}
class Dog extends Animal {}
class Puppy extends Dog {}
function speakAll(list) {
  return list.map((a) => a.speak()).join(',');
}
const pets = [new Puppy(), new Dog(), new Puppy()];
for (let i = 0; i < 5; i++) speakAll(pets);
console.log('methods:', speakAll(pets));
Animal.prototype.speak = function () {
  return 'replaced';
};
console.log('replaced:', speakAll(pets));
Dog.prototype.speak = function () {
  return 'woof';
};
console.log('override in Dog:', speakAll(pets));

// Prototypes that become garbage, replaced by fresh objects of the same
// shape holding different values: no stale answer may survive.
let answers = [];
for (let round = 0; round < 30; round++) {
  const proto = { m: 'round ' + round };
  const child = Object.create(proto);
  for (let i = 0; i < 3; i++) read(child);
  answers.push(read(child));
  for (let j = 0; j < 2000; j++) ({ garbage: j });
}
console.log(answers.slice(0, 3).join(' | '), '...', answers.slice(-2).join(' | '));

// Strings read methods from String.prototype; adding one later is seen.
function shout(s) {
  return s.loud ? s.loud() : 'no loud';
}
console.log(shout('a'), shout('b'));
String.prototype.loud = function () {
  return this.toUpperCase() + '!';
};
console.log(shout('a'), shout('b'));
delete String.prototype.loud;
console.log(shout('c'));

// An array's own length is never answered by a cached prototype hit.
function len(o) {
  return o.length;
}
const withLength = Object.create({ length: 'proto length' });
const arr = [1, 2, 3];
Object.setPrototypeOf(arr, { length: 'proto length' });
for (let i = 0; i < 5; i++) len(withLength);
console.log(len(withLength), len(arr), len('four'), len([]));

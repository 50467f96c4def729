// Stringify of class instances, arrays of objects, sorted keys via replacer
class User { constructor(id, name) { this.id = id; this.name = name; this.tags = []; } }
const users = [new User(1, 'ann'), new User(2, 'bob')];
users[1].tags.push('admin');
console.log(JSON.stringify(users));
console.log(JSON.stringify(users, ['name', 'tags'], 2));
function sortedReplacer(key, value) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const out = {};
    for (const k of Object.keys(value).sort()) out[k] = value[k];
    return out;
  }
  return value;
}
console.log(JSON.stringify({ z: 1, a: { y: 2, b: 3 }, m: [{ d: 1, c: 2 }] }, sortedReplacer, 1));
console.log(JSON.stringify({ date: 'fixed', n: 1 }, function (k, v) { return v; }, 2));

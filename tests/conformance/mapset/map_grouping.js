// Grouping and indexing with Map
const people = [
  { name: 'ann', city: 'paris', age: 31 }, { name: 'bob', city: 'rome', age: 25 },
  { name: 'cy', city: 'paris', age: 42 }, { name: 'di', city: 'oslo', age: 25 }, { name: 'ed', city: 'rome', age: 33 },
];
const byCity = new Map();
for (const p of people) { if (!byCity.has(p.city)) byCity.set(p.city, []); byCity.get(p.city).push(p.name); }
console.log(byCity);
const byAge = new Map();
for (const p of people) byAge.set(p.age, (byAge.get(p.age) || []).concat(p.name));
console.log(Array.from(byAge.keys()).sort(function (a, b) { return a - b; }).map(function (a) { return a + ':' + byAge.get(a).join('/'); }).join(' '));
const index = new Map(people.map(function (p) { return [p.name, p]; }));
console.log(index.get('cy'), index.has('zz'), index.size);
const stats = new Map();
for (const p of people) {
  const s = stats.get(p.city) || { count: 0, total: 0 };
  s.count++; s.total += p.age;
  stats.set(p.city, s);
}
stats.forEach(function (s, city) { console.log(city, s.count, (s.total / s.count).toFixed(1)); });
console.log(new Map(Array.from(stats).sort(function (a, b) { return b[1].count - a[1].count; })));

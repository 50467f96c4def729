// OSR in loops that create closures over per-iteration `let` bindings:
// each iteration's environment is copied, and functions made before and
// after the frame moved into baseline code see their own bindings.
function perIteration() {
  const fs = [];
  for (let i = 0; i < 30; i++) fs.push(() => i);
  let s = '';
  for (const f of fs) s += f() + ',';
  return s;
}
function mutatedCaptures() {
  const getters = [], setters = [];
  for (let i = 0; i < 25; i++) {
    let local = i * 10;
    getters.push(function () { return local + i; });
    setters.push(function (v) { local = v; });
    i++;
  }
  setters[2](-1);
  setters[10](-2);
  return getters.map(function (g) { return g(); }).join();
}
function forOfCaptures() {
  const out = [];
  for (const word of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o']) {
    out.push(() => word + word);
  }
  return out.map((f) => f()).join('');
}
function counterClosure() {
  let count = 0;
  const inc = () => { count++; };
  for (let i = 0; i < 40; i++) inc();
  while (count < 55) inc();
  return count;
}
console.log(perIteration());
console.log(mutatedCaptures());
console.log(forOfCaptures());
console.log(counterClosure());
const top = [];
for (let i = 0; i < 20; i++) top.push(function () { return i * i; });
console.log(top[3](), top[19](), top.length);

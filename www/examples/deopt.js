// Type changes. An engine that profiles (kiln's interpreter, then its JIT
// tiers) records the types each operation sees: `a + b` on small integers
// takes an int32 fast path; when doubles and then strings arrive, that
// guess breaks and code specialised for it must be thrown away (a
// "deoptimization") and rebuilt for the new types.
//
// Press Compare: bench() adds integers for rounds 1-10, doubles for
// rounds 11-20 and strings from round 21 on.
function add(a, b) {
  return a + b;
}

function sum(values) {
  let total = values[0];
  for (let i = 1; i < values.length; i++) total = add(total, values[i]);
  return total;
}

const ints = [];
const doubles = [];
const strings = [];
for (let i = 0; i < 20000; i++) {
  ints.push(i % 100);
  doubles.push((i % 100) + 0.5);
  strings.push(String.fromCharCode(97 + (i % 26)));
}

let round = 0;
function bench() {
  round++;
  const values = round <= 10 ? ints : round <= 20 ? doubles : strings;
  return sum(values);
}

console.log('ints:', sum(ints));
console.log('doubles:', sum(doubles));
console.log('strings:', sum(strings).length, 'characters, starting', sum(strings).slice(0, 30));
console.log('mixed:', add(1, 2), add(1.5, 2), add('1', 2), add(true, 1), add(null, 1), add([1], [2]));

// Nested loops with break/continue at different levels
let out = '';
for (let i = 1; i <= 4; i++) {
  for (let j = 1; j <= 4; j++) {
    if (j === i) continue;
    if (j > i + 1) break;
    out += i + '' + j + ' ';
  }
}
console.log(out);
const primes = [];
outer: for (let n = 2; primes.length < 15; n++) {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) continue outer;
  primes.push(n);
}
console.log(primes);
let count = 0;
let i = 0;
while (i < 5) {
  let j = 0;
  do {
    j++;
    if ((i + j) % 3 === 0) continue;
    count++;
  } while (j < 4);
  i++;
}
console.log('count', count);
const triples = [];
for (let a = 1; a < 20; a++) for (let b = a; b < 20; b++) for (let c = b; c < 30; c++) if (a * a + b * b === c * c) triples.push([a, b, c].join('-'));
console.log(triples.join(' '));
let steps = 0;
for (let x = 27; x !== 1; x = x % 2 ? 3 * x + 1 : x / 2) steps++;
console.log('collatz 27 steps', steps);

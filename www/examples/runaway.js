// A program that never ends: press Run, then Stop (Esc). The page stays
// responsive because programs run in a Web Worker, which Stop terminates.
let n = 0;
console.log('counting forever...');
while (true) {
  n = (n + 1) % 1000000;
}

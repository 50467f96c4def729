// A function whose later calls run in baseline code while its first frame
// is still in the interpreter: that frame's loop moves into the code
// compiled for the calls (OSR without a compilation of its own).
function walk(depth) {
  let s = 0;
  for (let i = 0; i < 12; i++) {
    s += i;
    if (depth > 0 && i % 4 === 0) s += walk(depth - 1);
  }
  return s;
}
console.log(walk(3));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
let acc = [];
for (let i = 0; i < 22; i++) acc.push(fib(i));
console.log(acc.join());

// Recursion and mutual recursion
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(0), fact(5), fact(20), fact(25), fact(170), fact(171));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(7), isOdd(1000));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + '>' + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '), hanoi(10, 'A', 'C', 'B', []).length);
function ackermann(m, n) { return m === 0 ? n + 1 : n === 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)); }
console.log(ackermann(2, 3), ackermann(3, 3));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function flatten(arr) { let out = []; for (const x of arr) out = out.concat(Array.isArray(x) ? flatten(x) : [x]); return out; }
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));
function perms(s) {
  if (s.length <= 1) return [s];
  const out = [];
  for (let i = 0; i < s.length; i++) for (const p of perms(s.slice(0, i) + s.slice(i + 1))) out.push(s[i] + p);
  return out;
}
console.log(perms('abc').join(','), perms('abcde').length);
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));

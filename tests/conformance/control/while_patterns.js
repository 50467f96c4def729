// while/do-while loop patterns
let n = 12345, digits = 0, sum = 0;
while (n > 0) { sum += n % 10; n = Math.floor(n / 10); digits++; }
console.log(digits, sum);
let a = 48, b = 18;
while (b) { const t = b; b = a % b; a = t; }
console.log('gcd', a);
const stack = [1];
const visited = [];
while (stack.length) { const v = stack.pop(); visited.push(v); if (v < 8) { stack.push(v * 2); stack.push(v * 2 + 1); } }
console.log(visited.join(' '));
let tries = 0;
do { tries++; } while (tries < 0);
console.log('do-while runs once', tries);
let x = 0;
while (true) { x++; if (x % 2) continue; if (x > 6) break; console.log('even', x); }
let s = 'aaabbbcccd';
let i = 0, groups = [];
while (i < s.length) { let j = i; while (j < s.length && s[j] === s[i]) j++; groups.push(s[i] + (j - i)); i = j; }
console.log(groups.join(''));
let k = 10;
do console.log('countdown', k); while ((k -= 3) > 0);

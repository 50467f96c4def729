// Recursion over trees, strings and numbers
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }, { v: 5, kids: [] }] }, { v: 3, kids: [{ v: 6, kids: [{ v: 7, kids: [] }] }] }] };
function sum(t) { return t.v + t.kids.reduce(function (s, k) { return s + sum(k); }, 0); }
function depth(t) { return 1 + Math.max.apply(null, [0].concat(t.kids.map(depth))); }
function flat(t) { return t.kids.reduce(function (acc, k) { return acc.concat(flat(k)); }, [t.v]); }
function paths(t, prefix) { const here = prefix.concat(t.v); return t.kids.length ? t.kids.reduce(function (acc, k) { return acc.concat(paths(k, here)); }, []) : [here.join('>')]; }
console.log(sum(tree), depth(tree), flat(tree), paths(tree, []));
function reverse(s) { return s === '' ? '' : reverse(s.slice(1)) + s[0]; }
function isPal(s) { return s.length < 2 || (s[0] === s[s.length - 1] && isPal(s.slice(1, -1))); }
console.log(reverse('recursion'), isPal('racecar'), isPal('abca'));
function power(b, e) { if (e === 0) return 1; const h = power(b, Math.floor(e / 2)); return e % 2 ? h * h * b : h * h; }
console.log(power(2, 10), power(3, 13), power(1.5, 3));
function subsets(a) { if (!a.length) return [[]]; const rest = subsets(a.slice(1)); return rest.concat(rest.map(function (s) { return [a[0]].concat(s); })); }
console.log(subsets(['a', 'b', 'c']).map(function (s) { return '{' + s.join('') + '}'; }).join(' '));
function binary(n) { return n < 2 ? String(n) : binary(Math.floor(n / 2)) + (n % 2); }
console.log([0, 1, 5, 255, 1024].map(binary));
function countDown(n, acc) { if (n < 0) return acc; acc.push(n); return countDown(n - 1, acc); }
console.log(countDown(5, []), countDown(2000, []).length);

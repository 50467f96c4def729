// IIFEs, immediately-invoked arrows and function expressions as values
const r1 = (function (a, b) { return a + b; })(2, 3);
const r2 = ((x) => x * x)(9);
const r3 = (function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })(6);
console.log(r1, r2, r3);
const fns = [function () { return 'a'; }, () => 'b', function named() { return 'c'; }];
console.log(fns.map(function (f) { return f(); }).join(''), fns[2].name, typeof named);
const table = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: function (a, b) { return a * b; } };
console.log(Object.keys(table).map(function (k) { return k + '=' + table[k](6, 3); }).join(' '));
const result = [1, 2, 3].map((function () { let calls = 0; return function (v) { calls++; return v * calls; }; })());
console.log(result);
console.log((() => ({}))(), (() => [])(), (() => {})());
let counter = 0;
const incrementer = (function () { return function () { return ++counter; }; })();
incrementer(); incrementer();
console.log(counter);
console.log(typeof function () {}, typeof (() => 0), (function () { return typeof this; }).call('s'));

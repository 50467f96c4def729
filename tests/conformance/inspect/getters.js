// Getters show as [Getter]; setters-only and accessor pairs
const o = { a: 1, get b() { return 2; } };
console.log(o);
const both = { get v() { return 1; }, set v(x) {} };
console.log(both);
const setOnly = { set w(x) {} };
console.log(setOnly);
console.log([o], { nested: o });

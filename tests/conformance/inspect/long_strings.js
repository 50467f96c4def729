// Long strings at top level and inside containers (no truncation below 10000 chars)
const s = 'abcdefghij'.repeat(12);
console.log(s);
console.log([s]);
console.log({ s });
console.log({ short: 'x', long: s, after: 1 });
const multi = 'line one\nline two\nline three';
console.log([multi], { multi });
console.log(['a'.repeat(75)], ['a'.repeat(76)], ['a'.repeat(77)]);
console.log({ k: 'a'.repeat(71) }, { k: 'a'.repeat(72) });

// Template literal edge cases
const v = 5;
console.log(`${v}${v}`, `$${v}`, `${v}$`, `{${v}}`, `\${v}`, `$\{v}`);
console.log(`${`${`${v}`}`}`, `a${`b${`c${v}d`}e`}f`);
console.log(`${[1, 2, 3].map(n => `<${n}>`).join('')}`);
console.log(`${{}}`, `${[]}`, `${[[]]}`, `${[null]}`, `${() => 1}`.length > 0);
console.log(`line1\nline2`.split('\n').length, `tab\there`.length, `\u{1F600}`.length, `\x41`);
const w = 10, h = 3;
console.log(`area: ${w * h}, ratio: ${(w / h).toFixed(2)}, big: ${w > h ? 'w' : 'h'}`);
console.log(`${'a'.repeat(3)}-${String(7).padStart(3, '0')}`);
const nested = { user: { name: 'ann', tags: ['x', 'y'] } };
console.log(`${nested.user.name} has ${nested.user.tags.length} tags: ${nested.user.tags}`);
console.log(`  leading and trailing  `.length, ``.length, typeof ``);
console.log(`${1}${'1'}` === '11', `${0.1 + 0.2}`, `${-0}`, `${1 / 0}`);
let n = 0;
const s = `${n++} ${n++} ${n}`;
console.log(s);
console.log(`multi
  indented
    more`);
console.log(`\``, `'"`, `\\`);

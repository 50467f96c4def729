// padStart/padEnd/trim edge cases
console.log(JSON.stringify('abc'.padStart(3)), JSON.stringify('abc'.padStart(4)), JSON.stringify(''.padStart(3, 'ab')), JSON.stringify(''.padEnd(5, '123')));
console.log('1'.padStart(5, '😀').length, JSON.stringify('x'.padEnd(4, '😀')), 'abc'.padStart(6, undefined), 'abc'.padStart(6, null));
console.log('42'.padStart(10, '0'), '-42'.padStart(6, '0'), '3.14'.padEnd(8, '0'), 'ab'.padStart(7, 'xyz'), 'ab'.padEnd(7, 'xyz'));
console.log(JSON.stringify(' \t\n x \r\n'.trim()), JSON.stringify('\u00a0x\u00a0'.trim()), JSON.stringify('\u200bx'.trim()), JSON.stringify('\u3000x\u2003'.trim()));
console.log(JSON.stringify('xx'.trimStart()), JSON.stringify(''.trim()), JSON.stringify('  '.trimEnd()), JSON.stringify('\n\na\n\n'.trimEnd()));
const lines = ['  indented', '\ttabbed', 'plain  ', '   '];
console.log(lines.map(function (l) { return '[' + l.trim() + ']'; }).join(''));

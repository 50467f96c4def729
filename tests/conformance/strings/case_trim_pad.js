// toUpperCase / toLowerCase / trim* / padStart / padEnd / repeat
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase(), 'ÉCOLE'.toLowerCase(), 'straße'.toUpperCase());
console.log('123abc!'.toUpperCase(), ''.toUpperCase() === '', 'MiXeD'.toLowerCase());
console.log(JSON.stringify('  x  '.trim()), JSON.stringify('  x  '.trimStart()), JSON.stringify('  x  '.trimEnd()));
console.log(JSON.stringify('\t\n\v\f\r \u00a0\ufeff\u2028x\u3000'.trim()), JSON.stringify('   '.trim()));
console.log(JSON.stringify(' a b '.trimLeft()), JSON.stringify(' a b '.trimRight()));
console.log('5'.padStart(3, '0'), '5'.padEnd(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padEnd(10, '123'));
console.log(JSON.stringify('abc'.padStart(6)), JSON.stringify('abc'.padEnd(6)), 'abc'.padStart(2), 'abc'.padStart(6, ''));
console.log('x'.padStart(5, 'ab'), 'x'.padEnd(5, 'ab'), 'abc'.padStart(-1), 'abc'.padStart(NaN), '7'.padStart('3', 0));
console.log('ab'.repeat(3), JSON.stringify('ab'.repeat(0)), JSON.stringify(''.repeat(5)), 'x'.repeat(2.9), '-'.repeat(20));
try { 'a'.repeat(-1); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { 'a'.repeat(Infinity); } catch (e) { console.log(e.name); }
const rows = [['name', 'qty'], ['apple', 3], ['kiwi', 12], ['watermelon', 100]];
for (const r of rows) console.log('|' + String(r[0]).padEnd(12, '.') + '|' + String(r[1]).padStart(5) + '|');

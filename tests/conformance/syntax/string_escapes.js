// String escapes
console.log('a\nb');
console.log("tab\there");
console.log('cr[\r]'.length, 'bs[\b]'.charCodeAt(3), '\f'.charCodeAt(0), '\v'.charCodeAt(0));
console.log('\0'.length, '\0'.charCodeAt(0));
console.log('back\\slash', 'it\'s', "say \"hi\"", 'mixed "dq" in sq', "mixed 'sq' in dq");
console.log('\x41\x42\x43', '\x7e', '\xe9'.length, '\xe9'.charCodeAt(0));
console.log('\u0041\u00e9\u4e2d', '\u{41}', '\u{1F600}'.length, '\u{10FFFF}'.length);
console.log('\u{1F600}'.charCodeAt(0), '\u{1F600}'.charCodeAt(1), '\u{1F600}'.codePointAt(0));
console.log('line \
continued');
console.log("dq line \
continued".length);
console.log('\a\c\d\e\g\q\z');
console.log('\'' + "\"" + '`');
console.log(`template \` backtick and \${not} interp`);
console.log('é'.length, 'e\u0301'.length, '日本語'.length);
console.log("\u2028".length, "\u2029".charCodeAt(0));
console.log('\x00\x01'.length, JSON.stringify('\x00\x01\x1f'));
console.log(JSON.stringify('\b\f\n\r\t\v\0'));
console.log('a\
b\
c' === 'abc');

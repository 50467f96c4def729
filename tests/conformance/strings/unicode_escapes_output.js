// Printing strings with unicode at top level and in containers
console.log('é', 'ñ', 'ü', '中文', '😀');
console.log(['é', 'ñ', '中文', '😀'], { emoji: '😀', cjk: '中文' });
console.log('\u00e9' === 'é', '\u{1F600}' === '😀', '😀'.split(''), Array.from('😀'));
console.log('a\u0000b'.length, ['a\u0000b'], JSON.stringify('a\u0000b'));
console.log(['\x1b[0m'], ['\x7f'], ['\x85'], ['\u200b'], ['\u00ad']);
console.log('é'.toUpperCase(), 'ß'.toUpperCase(), 'İ'.toLowerCase().length, 'Σ'.toLowerCase());
console.log('abc'.codePointAt(1), '😀x'.codePointAt(0), '😀x'.codePointAt(2), String.fromCharCode(0xe9, 0x4e2d));

// Strings inside containers: quote selection and escapes
console.log(['simple', "it's", 'say "hi"', 'both \' and "', 'all \' " `', '`tick`', '']);
console.log({ a: "it's", b: 'say "hi"', c: 'both \' and "', d: 'all \' " `' });
console.log(['new\nline', 'tab\t', 'back\\slash', 'nul\0', 'bell\x07', 'esc\x1b', 'del\x7f', 'uni é 😀 中']);
console.log(['\u2028', '\ud800', 'x\udc00y', '\ufeff', '\u00a0']);
console.log([String.fromCharCode(0), String.fromCharCode(31), String.fromCharCode(127), String.fromCharCode(128), String.fromCharCode(159)]);
console.log({ 'key with space': 1, 'key-dash': 2, valid_id: 3, $dollar: 4, '1abc': 5, '123': 6, 'üml': 7, '': 8, "it's": 9 });
console.log(["'", '"', '`', "'\"", "'`", '"`']);
console.log([`multi
line`], { s: 'a\r\nb' });

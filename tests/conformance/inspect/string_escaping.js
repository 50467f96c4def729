// Escaping inside quoted strings in containers
console.log(['\\', '\\\\', '\b', '\f', '\v', '\r', '\n\r', '\t\t', '\u0001', '\u001f', '\u007f', '\u0080', '\u00a0']);
console.log(["'", "''", '"', '""', "'\"", '`', "'`", '"`', "'\"`", "\\'"]);
console.log({ s1: "a'b", s2: 'a"b', s3: 'a`b', s4: "a'b\"c", s5: "a'b\"c`d" });
console.log(['\ud83d', '\ude00', '\ud83d\ude00', 'a\ud800b', '\udbff\udfff']);
console.log(['\u200b', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff']);
console.log([String.fromCharCode(8), String.fromCharCode(11), String.fromCharCode(12), String.fromCharCode(27)]);

// Which object keys get quoted
const o = {};
const keys = ['a', 'A1', '_', '$', '$a', 'a$', '_a', 'a_b', '1', '1a', 'a-b', 'a b', 'a.b', '', ' ', 'é', 'café', 'if', 'class', 'null', 'true', 'undefined', 'NaN', 'constructor', '__proto__x', "it's", 'say "hi"', 'tab\t', 'new\nline', '-1', '1.5', '01', '9007199254740993'];
for (const k of keys) o[k] = 0;
console.log(o);
console.log(Object.keys(o).length);

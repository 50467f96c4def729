// Equality involving wrapper objects and object-to-primitive conversion
const n1 = new Number(1), n2 = new Number(1);
const s1 = new String('a'), s2 = new String('a');
console.log(n1 == n2, n1 === n2, n1 == 1, 1 == n1, n1 === 1, n1 + 0 === 1, n1 > 0, +n1 === +n2);
console.log(s1 == s2, s1 == 'a', 'a' == s1, s1 + '' === s2 + '', s1 < 'b', typeof (s1 + s2), s1 + s2);
console.log(new Boolean(false) == false, new Boolean(false) ? 'truthy' : 'falsy', new Boolean(false) == new Boolean(false));
const arr = [1];
console.log(arr == 1, arr == '1', arr == true, [0] == false, [] == '', [[]] == '', [1, 2] == '1,2', [null] == '', [undefined] == 0);
const date = { toString() { return '2024'; }, valueOf() { return 2024; } };
console.log(date == 2024, date == '2024', date + 1, `${date}`, date > 2000);

// == vs === full coercion table
const vals = [0, -0, 1, '', '0', '1', ' ', 'a', null, undefined, NaN, true, false, [], [0], [1], {}, Infinity];
const names = ['0', '-0', '1', "''", "'0'", "'1'", "' '", "'a'", 'null', 'undef', 'NaN', 'true', 'false', '[]', '[0]', '[1]', '{}', 'Inf'];
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(6) + ' ';
  for (let j = 0; j < vals.length; j++) {
    row += vals[i] == vals[j] ? (vals[i] === vals[j] ? 'S' : '=') : '.';
  }
  console.log(row);
}
console.log(null == undefined, null === undefined, NaN == NaN, NaN != NaN, NaN !== NaN);
const o = {};
const p = o;
console.log(o == p, o === p, {} == {}, [] == [], [] == ![], [] == false, ![] == false);
console.log('1' == 1, '1' === 1, 1 != '1', 1 !== '1', true == 1, true == '1', true == 2, 'true' == true);
console.log(null == false, undefined == false, null == 0, '' == 0, '0' == false, '' == false);
const wrapped = new Number(5);
console.log(wrapped == 5, wrapped === 5, new String('a') == 'a', new Boolean(false) == false, !!new Boolean(false));
const valued = { valueOf() { return 42; } };
const strd = { toString() { return 'hi'; } };
console.log(valued == 42, valued == '42', strd == 'hi', strd == 'HI', [1, 2] == '1,2', [[]] == 0, [null] == '');

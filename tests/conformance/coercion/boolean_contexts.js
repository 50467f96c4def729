// Boolean conversion in conditions, logical operators and !!
const vals = [0, 1, -1, '', ' ', '0', 'false', null, undefined, NaN, [], [0], {}, function () {}, -0, Infinity, new Boolean(false), new Number(0), new String('')];
const names = ['0', '1', '-1', "''", "' '", "'0'", "'false'", 'null', 'undefined', 'NaN', '[]', '[0]', '{}', 'fn', '-0', 'Infinity', 'new Boolean(false)', 'new Number(0)', "new String('')"];
vals.forEach(function (v, i) {
  const viaIf = v ? 'T' : 'F';
  const viaNot = !v ? 'F' : 'T';
  const viaAnd = (v && 'T') || 'F';
  const viaBool = Boolean(v) ? 'T' : 'F';
  let viaWhile = 'F';
  while (v) { viaWhile = 'T'; break; }
  console.log(names[i].padEnd(20), viaIf, viaNot, viaAnd, viaBool, viaWhile, v == false, v == true);
});

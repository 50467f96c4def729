// Finding all occurrences with indexOf loops
function allIndexes(hay, needle) {
  const out = [];
  if (needle === '') return out;
  let i = hay.indexOf(needle);
  while (i !== -1) { out.push(i); i = hay.indexOf(needle, i + 1); }
  return out;
}
const text = 'she sells sea shells by the sea shore';
console.log(allIndexes(text, 'se'), allIndexes(text, 'sea'), allIndexes(text, 's'), allIndexes(text, 'xyz'), allIndexes('aaaa', 'aa'));
function countOccurrences(hay, needle) { return hay.split(needle).length - 1; }
console.log(countOccurrences(text, 's'), countOccurrences(text, 'sh'), countOccurrences('aaaa', 'aa'));
const lastPositions = [];
let j = text.lastIndexOf('s');
while (j !== -1) { lastPositions.push(j); j = j === 0 ? -1 : text.lastIndexOf('s', j - 1); }
console.log(lastPositions);
function between(s, open, close) { const a = s.indexOf(open); if (a < 0) return null; const b = s.indexOf(close, a + open.length); return b < 0 ? null : s.slice(a + open.length, b); }
console.log(between('key=[value] rest', '[', ']'), between('<<a>>', '<<', '>>'), between('no brackets', '[', ']'), between('[open', '[', ']'));

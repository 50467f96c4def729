// if / else chains, dangling else
function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) return 'small';
  else return 'large';
}
console.log([-5, 0, 3, 42, NaN].map(classify));
if (true) if (false) console.log('inner'); else console.log('dangling else binds inner');
let x = 0;
if (x) { console.log('x truthy'); } else { console.log('x falsy'); }
if ('0') console.log("'0' is truthy");
if ([]) console.log('[] is truthy');
if (null) {} else if (undefined) {} else console.log('neither');
const value = 7;
if (value > 5) { if (value > 6) { console.log('> 6'); } }
function early(n) { if (n > 0) { return 'pos'; } console.log('fallthrough for', n); return 'nonpos'; }
console.log(early(1), early(-1));
let assignedInCond;
if ((assignedInCond = 5) > 3) console.log('assigned', assignedInCond);

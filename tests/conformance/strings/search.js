// indexOf / lastIndexOf / includes / startsWith / endsWith
const s = 'the quick brown fox jumps over the lazy dog';
console.log(s.indexOf('the'), s.indexOf('the', 1), s.indexOf('cat'), s.indexOf(''), s.indexOf('', 100), s.indexOf('', 5));
console.log(s.lastIndexOf('the'), s.lastIndexOf('the', 30), s.lastIndexOf('the', 0), s.lastIndexOf(''), s.lastIndexOf('o', -5));
console.log(s.indexOf('o', -10), s.indexOf('o', 100), s.lastIndexOf('o', 100), s.lastIndexOf('z', NaN));
console.log(s.includes('fox'), s.includes('Fox'), s.includes(''), s.includes('fox', 17), s.includes('dog', -100));
console.log(s.startsWith('the'), s.startsWith('quick', 4), s.startsWith(''), s.startsWith('the', 31), s.startsWith('the', -1));
console.log(s.endsWith('dog'), s.endsWith('lazy', 39), s.endsWith(''), s.endsWith('the', 3), s.endsWith('x', 100));
console.log('aaa'.indexOf('aa'), 'aaa'.lastIndexOf('aa'), 'abcabc'.indexOf('c', 3), 'abcabc'.lastIndexOf('a', 2));
console.log('undefined'.indexOf(), 'null'.includes(null), '123'.indexOf(2), 'true'.startsWith(true));
console.log('😀x😀'.indexOf('x'), '😀x😀'.lastIndexOf('😀'), '😀'.includes('\ude00'));
try { 'abc'.includes(/b/); } catch (e) { console.log('regex arg:', e.name); }

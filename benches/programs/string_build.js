// string_build: string-heavy workload — `s += x` in loops, split/join,
// slice/indexOf/charCodeAt, case conversion, padStart, replaceAll.
var ROUNDS = 40;
var WORDS = 20000;

var syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sha', 'to', 'vi', 'ze', 'qu'];

function makeWord(i) {
  var w = '';
  var x = i * 2654435761 % 4294967296;
  var len = 1 + (i % 4);
  for (var k = 0; k < len; k++) {
    w += syllables[x % 10];
    x = Math.floor(x / 10);
  }
  return w;
}

function hashString(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) {
    h = (h * 31 + s.charCodeAt(i)) | 0;
  }
  return h >>> 0;
}

function round(r) {
  // 1. Build a CSV line with += (the rope / linear-append path).
  var csv = '';
  for (var i = 0; i < WORDS; i++) {
    if (i > 0) csv += ',';
    csv += makeWord(i + r);
    csv += i % 7;
  }
  // 2. Split and rejoin.
  var parts = csv.split(',');
  var joined = parts.join(' ');
  // 3. Per-field work: slicing, searching, case, padding.
  var longest = '';
  var hits = 0;
  var out = [];
  for (var j = 0; j < parts.length; j++) {
    var p = parts[j];
    if (p.length > longest.length) longest = p;
    if (p.indexOf('sha') >= 0) hits++;
    if (p.startsWith('ka') || p.endsWith('3')) out.push(p.toUpperCase());
    else out.push(p.slice(0, 3).padStart(5, '.'));
  }
  var text = out.join('');
  var replaced = joined.replaceAll('ka', 'KA').replaceAll(' ', '');
  // 4. Character-level scan.
  var vowels = 0;
  for (var k = 0; k < replaced.length; k++) {
    var c = replaced.charCodeAt(k);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++;
  }
  return [csv.length, parts.length, hits, longest, vowels, hashString(text), hashString(replaced)];
}

var acc = 0;
var last = null;
for (var r = 0; r < ROUNDS; r++) {
  last = round(r);
  acc = (acc + last[0] + last[2] * 7 + last[4] * 13 + last[5] + last[6]) % 1000000007;
  console.error('tick ' + r);
}
console.log('string_build: ' + ROUNDS + ' rounds');
console.log('last round: length=' + last[0] + ' parts=' + last[1] + ' hits=' + last[2] +
            ' longest=' + last[3] + ' vowels=' + last[4]);
console.log('hashes: ' + last[5] + ' ' + last[6] + ' checksum ' + acc);

// Word frequency, sentence stats, and a simple text justifier
const text = 'It was the best of times, it was the worst of times, it was the age of wisdom, ' +
  'it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, ' +
  'it was the season of Light, it was the season of Darkness, it was the spring of hope, ' +
  'it was the winter of despair. We had everything before us, we had nothing before us! ' +
  'Were we all going direct to Heaven? We were all going direct the other way.';
function words(s) {
  const out = [];
  let cur = '';
  for (const ch of s.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || ch === "'") cur += ch;
    else if (cur) { out.push(cur); cur = ''; }
  }
  if (cur) out.push(cur);
  return out;
}
const ws = words(text);
console.log('words', ws.length, 'unique', new Set(ws).size);
const freq = new Map();
for (const w of ws) freq.set(w, (freq.get(w) || 0) + 1);
const top = Array.from(freq).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 8);
for (const e of top) console.log(e[0].padEnd(8), String(e[1]).padStart(3), '*'.repeat(e[1]));
const sentences = [];
let start = 0;
for (let i = 0; i < text.length; i++) {
  if ('.!?'.includes(text[i])) { sentences.push(text.slice(start, i + 1).trim()); start = i + 1; }
}
console.log('sentences', sentences.length);
sentences.forEach(function (s, i) { console.log(i + 1, words(s).length + ' words', JSON.stringify(s.slice(0, 30) + (s.length > 30 ? '...' : ''))); });
const lengths = {};
for (const w of ws) lengths[w.length] = (lengths[w.length] || 0) + 1;
console.log(lengths);
const longest = ws.reduce(function (a, b) { return b.length > a.length ? b : a; });
console.log('longest word', longest, 'avg length', (ws.join('').length / ws.length).toFixed(3));
function justify(wordsList, width) {
  const lines = [];
  let line = [];
  let len = 0;
  for (const w of wordsList) {
    if (line.length && len + line.length + w.length > width) { lines.push(line); line = []; len = 0; }
    line.push(w); len += w.length;
  }
  if (line.length) lines.push(line);
  return lines.map(function (l, idx) {
    if (idx === lines.length - 1 || l.length === 1) return l.join(' ').padEnd(width);
    const total = l.reduce(function (s, w) { return s + w.length; }, 0);
    let spaces = width - total;
    let out = '';
    for (let i = 0; i < l.length; i++) {
      out += l[i];
      if (i < l.length - 1) {
        const gaps = l.length - 1 - i;
        const n = Math.ceil(spaces / gaps);
        out += ' '.repeat(n);
        spaces -= n;
      }
    }
    return out;
  });
}
for (const l of justify(text.split(' ').slice(0, 40), 36)) console.log('|' + l + '|');
const caps = text.split(' ').filter(function (w) { return w[0] >= 'A' && w[0] <= 'Z'; });
console.log(caps);
const vowels = Array.from(text.toLowerCase()).filter(function (c) { return 'aeiou'.includes(c); }).length;
console.log('vowels', vowels, 'ratio', (vowels / text.length).toFixed(4));

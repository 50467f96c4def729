// A tiny JavaScript-like tokenizer with line/column tracking
const KEYWORDS = new Set(['let', 'const', 'function', 'return', 'if', 'else', 'while', 'for', 'true', 'false', 'null']);
const PUNCT = ['===', '!==', '=>', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '+', '-', '*', '/', '%', '=', '<', '>', '!', '(', ')', '{', '}', '[', ']', ';', ',', '.', ':', '?'];
function isDigit(c) { return c >= '0' && c <= '9'; }
function isIdStart(c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$'; }
function tokenize(src) {
  const tokens = [];
  let i = 0, line = 1, col = 1;
  function advance(n) {
    for (let k = 0; k < n; k++) {
      if (src[i] === '\n') { line++; col = 1; } else col++;
      i++;
    }
  }
  while (i < src.length) {
    const c = src[i];
    const startLine = line, startCol = col;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { advance(1); continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') advance(1); continue; }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new SyntaxError('Unterminated comment at ' + startLine + ':' + startCol);
      advance(end + 2 - i);
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < src.length && (isDigit(src[j]) || src[j] === '.' || src[j] === '_')) j++;
      const text = src.slice(i, j);
      tokens.push({ type: 'number', value: Number(text.split('_').join('')), line: startLine, col: startCol });
      advance(j - i);
      continue;
    }
    if (isIdStart(c)) {
      let j = i;
      while (j < src.length && (isIdStart(src[j]) || isDigit(src[j]))) j++;
      const word = src.slice(i, j);
      tokens.push({ type: KEYWORDS.has(word) ? 'keyword' : 'ident', value: word, line: startLine, col: startCol });
      advance(j - i);
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1, value = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') {
          const esc = src[j + 1];
          value += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc;
          j += 2;
        } else value += src[j++];
      }
      if (j >= src.length) throw new SyntaxError('Unterminated string at ' + startLine + ':' + startCol);
      tokens.push({ type: 'string', value, line: startLine, col: startCol });
      advance(j + 1 - i);
      continue;
    }
    const p = PUNCT.find(function (q) { return src.startsWith(q, i); });
    if (p) { tokens.push({ type: 'punct', value: p, line: startLine, col: startCol }); advance(p.length); continue; }
    throw new SyntaxError('Unexpected character ' + JSON.stringify(c) + ' at ' + startLine + ':' + startCol);
  }
  tokens.push({ type: 'eof', value: '', line, col });
  return tokens;
}
const program = [
  '// compute things',
  'let total = 1_000;',
  'const greet = (name) => "hi, " + name + "\\n";',
  'function fact(n) {',
  '  /* recursive */ if (n <= 1) return 1;',
  '  return n * fact(n - 1);',
  '}',
  "if (total !== 3.25 && !false) { total += fact(5); }",
].join('\n');
const toks = tokenize(program);
for (const t of toks) console.log(String(t.line).padStart(2) + ':' + String(t.col).padEnd(3), t.type.padEnd(8), JSON.stringify(t.value));
const counts = {};
for (const t of toks) counts[t.type] = (counts[t.type] || 0) + 1;
console.log(counts);
console.log(toks.filter(function (t) { return t.type === 'ident'; }).map(function (t) { return t.value; }));
for (const bad of ['let s = "open', 'x = 1 # 2', '/* never closed', 'ok = 1']) {
  try { console.log(bad, '->', tokenize(bad).length, 'tokens'); }
  catch (e) { console.log(bad, '->', e.name + ': ' + e.message); }
}

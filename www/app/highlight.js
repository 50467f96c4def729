// JavaScript syntax highlighting for the playground's editor: a small
// tokenizer (comments, strings and templates, numbers, keywords, literals,
// called names) that turns source text into HTML spans. It never fails:
// unterminated comments or strings simply run to the end of the text.

const KEYWORDS = new Set(('break case catch class const continue debugger default delete do else export ' +
  'extends finally for function if import in instanceof let new of return static super switch throw try ' +
  'typeof var void while with yield async await get set').split(' '));
const LITERALS = new Set('true false null undefined NaN Infinity this'.split(' '));

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
export function escapeHtml(text) {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]);
}

/** Splits `source` into [kind, text] tokens; kind is null for plain text. */
export function tokenize(source) {
  const tokens = [];
  const n = source.length;
  let i = 0;
  let plainStart = 0;
  const push = (kind, end) => {
    if (plainStart < i) tokens.push([null, source.slice(plainStart, i)]);
    tokens.push([kind, source.slice(i, end)]);
    i = end;
    plainStart = end;
  };
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      push('com', end < 0 ? n : end);
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      push('com', end < 0 ? n : end + 2);
    } else if (c === '"' || c === "'" || c === '`') {
      push('str', stringEnd(source, i));
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next || ''))) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?/.exec(source.slice(i, i + 64));
      push('num', i + (m ? m[0].length : 1));
    } else if (/[A-Za-z_$]/.test(c)) {
      let end = i + 1;
      while (end < n && /[\w$]/.test(source[end])) end++;
      const word = source.slice(i, end);
      const before = source[i - 1];
      if (before === '.') {
        i = end; // a property name stays plain
      } else if (KEYWORDS.has(word)) {
        push('kw', end);
      } else if (LITERALS.has(word)) {
        push('lit', end);
      } else if (/^\s*\(/.test(source.slice(end, end + 16))) {
        push('fn', end);
      } else {
        i = end;
      }
    } else {
      i++;
    }
  }
  if (plainStart < n) tokens.push([null, source.slice(plainStart)]);
  return tokens;
}

/** The end of the string or template literal starting at `start`. */
function stringEnd(source, start) {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (c === '\n' && quote !== '`') return i;
    else i++;
  }
  return source.length;
}

/** `source` as HTML with a `tok-<kind>` span around each token. */
export function highlight(source) {
  let html = '';
  for (const [kind, text] of tokenize(source)) {
    html += kind ? `<span class="tok-${kind}">${escapeHtml(text)}</span>` : escapeHtml(text);
  }
  return html;
}

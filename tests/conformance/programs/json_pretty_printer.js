// A hand-written JSON pretty printer and parser, checked against the built-ins
function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i], code = s.charCodeAt(i);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (code < 0x20) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += c;
  }
  return out + '"';
}
function pretty(value, indent, level) {
  level = level || 0;
  const pad = ' '.repeat(indent * (level + 1)), close = ' '.repeat(indent * level);
  if (value === null) return 'null';
  if (typeof value === 'number') return isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map(function (v) { const s = pretty(v, indent, level + 1); return s === undefined ? 'null' : s; });
    return '[\n' + pad + items.join(',\n' + pad) + '\n' + close + ']';
  }
  if (typeof value === 'object') {
    const parts = [];
    for (const k of Object.keys(value)) {
      const s = pretty(value[k], indent, level + 1);
      if (s !== undefined) parts.push(quote(k) + ': ' + s);
    }
    if (parts.length === 0) return '{}';
    return '{\n' + pad + parts.join(',\n' + pad) + '\n' + close + '}';
  }
  return undefined;
}
function parse(text) {
  let i = 0;
  function ws() { while (' \t\n\r'.includes(text[i]) && i < text.length) i++; }
  function fail(msg) { throw new SyntaxError(msg + ' at position ' + i); }
  function value() {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; const obj = {}; ws();
      if (text[i] === '}') { i++; return obj; }
      for (;;) {
        ws(); if (text[i] !== '"') fail('Expected key');
        const k = str(); ws();
        if (text[i] !== ':') fail('Expected colon'); i++;
        obj[k] = value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return obj; }
        fail('Expected , or }');
      }
    }
    if (c === '[') {
      i++; const arr = []; ws();
      if (text[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value()); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        fail('Expected , or ]');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) { i += 4; return true; }
    if (text.startsWith('false', i)) { i += 5; return false; }
    if (text.startsWith('null', i)) { i += 4; return null; }
    let j = i;
    while (j < text.length && '+-0123456789.eE'.includes(text[j])) j++;
    if (j === i) fail('Unexpected token');
    const n = Number(text.slice(i, j));
    if (isNaN(n)) fail('Bad number');
    i = j;
    return n;
  }
  function str() {
    i++; let out = '';
    while (text[i] !== '"') {
      if (i >= text.length) fail('Unterminated string');
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u') { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; continue; }
        out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' }[e];
        i += 2;
      } else out += text[i++];
    }
    i++;
    return out;
  }
  const v = value(); ws();
  if (i < text.length) fail('Trailing data');
  return v;
}
const samples = [
  { name: 'kiln', version: [0, 1, 0], nested: { ok: true, none: null, list: [{ a: 1 }, [], {}] } },
  [1, 'two', 3.5, -0.001, 1e21, 'esc "q" \\ \n \t \u0001'],
  { empty: {}, arr: [[[]]], skip: undefined, fn: function () {}, nan: NaN },
  'just a string', 42, null, [],
];
for (const s of samples) {
  const mine = pretty(s, 2), theirs = JSON.stringify(s, null, 2);
  console.log(mine);
  console.log('matches JSON.stringify:', mine === theirs);
  const back = parse(mine);
  console.log('round-trips:', JSON.stringify(back) === JSON.stringify(s));
}
for (const bad of ['{"a":1,}', '[1 2]', '{"a" 1}', '"unterminated', 'tru', '[1,2] x']) {
  try { parse(bad); console.log('parsed', bad); } catch (e) { console.log(JSON.stringify(bad), '->', e.message); }
}
console.log(parse('{"u":"\\u0041\\u00e9","n":-12.5e-1,"deep":[{"x":[true,false,null]}]}'));

// Generates random Level 1 JavaScript programs (expressions over mixed-type
// values, printed with console.log) for differential testing against node.
// Usage: node gen.js SEED COUNT OUTDIR
'use strict';
const fs = require('fs');
const path = require('path');

let state = BigInt(process.argv[2] || 1) | 1n;
function rand(n) {
  // xorshift64*
  state ^= state >> 12n; state ^= (state << 25n) & 0xffffffffffffffffn; state ^= state >> 27n;
  const x = (state * 0x2545F4914F6CDD1Dn) & 0xffffffffffffffffn;
  return Number(x % BigInt(n));
}
const pick = (xs) => xs[rand(xs.length)];

const atoms = [
  '0', '-0', '1', '-1', '2', '3.5', '-7.25', '0.1', '1e21', '1e-7', '2147483647', '-2147483648', '4294967296',
  '9007199254740993', 'NaN', 'Infinity', '-Infinity', "''", "'0'", "'1'", "' 12 '", "'abc'", "'1e3'", "'0x1f'",
  'true', 'false', 'null', 'undefined', '[]', '[0]', '[1, 2]', '{}', "{ a: 1 }", '[null]', "[undefined]",
  "{ valueOf() { return 42; } }", "{ toString() { return '7'; } }", "new Number(5)", "new String('s')",
  "new Boolean(false)", 'x', 'y', 's', 'arr', 'obj',
];
const binops = ['+', '-', '*', '/', '%', '**', '==', '===', '!=', '!==', '<', '<=', '>', '>=', '&', '|', '^', '<<', '>>', '>>>', '&&', '||', '??'];
const unops = ['-', '+', '!', '~', 'typeof ', 'void '];
const calls = [
  (e) => `String(${e})`, (e) => `Number(${e})`, (e) => `Boolean(${e})`, (e) => `parseInt(${e})`,
  (e) => `parseFloat(${e})`, (e) => `isNaN(${e})`, (e) => `[${e}].length`, (e) => `(${e}) + ''`,
  (e) => `JSON.stringify(${e})`, (e) => `Math.floor(${e})`, (e) => `Math.max(${e}, 1)`,
  (e) => `String(${e}).length`, (e) => `[1, ${e}, 3].indexOf(${e})`, (e) => `Object.keys(Object(${e})).length`,
  (e) => `(${e}) ? 'T' : 'F'`, (e) => `Number(${e}).toFixed(2)`, (e) => `String(${e}).padStart(6, '*')`,
  (e) => `String(${e}).split('').reverse().join('')`, (e) => `[${e}, 'b', 1].sort()`,
];

function expr(depth) {
  if (depth <= 0 || rand(4) === 0) return pick(atoms);
  switch (rand(4)) {
    case 0: return `(${expr(depth - 1)} ${pick(binops)} ${expr(depth - 1)})`;
    case 1: return `(${pick(unops)}${expr(depth - 1)})`;
    case 2: return pick(calls)(expr(depth - 1));
    default: return `[${expr(depth - 1)}, ${expr(depth - 1)}]`;
  }
}

// Random data structures for console.log (node's util.inspect layout rules:
// line breaking, grouping of long arrays, quoting of keys and strings).
const keys = ['a', 'b', 'key', 'long_property_name', "'quoted key'", '"d-ash"', '1', '42', 'x1', '$dollar', 'café'];
const leafs = ['0', '-0', '1', '123456', '3.14', '-1e21', 'NaN', "''", "'text'", "\"it's\"", "'a\\nb'", 'true', 'null', 'undefined',
  "'a fairly long string value that takes room'", '[]', '{}'];
function data(depth) {
  if (depth <= 0 || rand(3) === 0) return pick(leafs);
  switch (rand(6)) {
    case 0: case 1: {
      const n = rand(4) === 0 ? 5 + rand(30) : rand(5);
      const items = [];
      for (let i = 0; i < n; i++) items.push(rand(5) === 0 ? '' : data(depth - 1));
      return `[${items.join(', ')}]`;
    }
    case 2: {
      const n = rand(8);
      const props = [];
      for (let i = 0; i < n; i++) props.push(`${pick(keys)}: ${data(depth - 1)}`);
      return `{ ${props.join(', ')} }`;
    }
    case 3: return `new Map([[${data(0)}, ${data(depth - 1)}], ['k', ${data(depth - 1)}]])`;
    case 4: return `new Set([${data(depth - 1)}, ${data(0)}])`;
    default: {
      const n = 7 + rand(40);
      const nums = [];
      for (let i = 0; i < n; i++) nums.push(String(rand(3) === 0 ? rand(100000) : rand(10)));
      return `[${nums.join(', ')}]`;
    }
  }
}

function dataProgram() {
  const lines = [];
  for (let i = 0; i < 12; i++) lines.push(`console.log(${data(4)});`);
  return lines.join('\n') + '\n';
}

// Builtin methods called with edge-case arguments (coercion, negative,
// NaN, Infinity, fractional, missing, out-of-range).
const args = ['0', '1', '2', '-1', '-3', '3.7', '-0', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null', "'2'", "'x'",
  'true', '[]', '[3]', '100', '1e21', '0.5', '25', '37'];
const receivers = ["'hello world'", "''", "'aXbXc'", "'  pad  '", "'\\u00e9t\\u00e9'", '[1, 2, 3, 4, 5]', "['b', 'a', 'c']",
  '[1, , 3]', '[]', '[[1, [2]], 3]', '123.456', '-0.000001234', '255', '1e21', '0.1', 'NaN'];
const methods = {
  string: ['slice', 'substring', 'substr', 'charAt', 'charCodeAt', 'codePointAt', 'at', 'indexOf', 'lastIndexOf', 'includes',
    'startsWith', 'endsWith', 'padStart', 'padEnd', 'repeat', 'split', 'concat', 'trim', 'toUpperCase', 'replace', 'replaceAll'],
  array: ['slice', 'splice', 'indexOf', 'lastIndexOf', 'includes', 'fill', 'at', 'join', 'concat', 'flat', 'copyWithin',
    'reverse', 'keys', 'toString', 'push', 'unshift'],
  number: ['toFixed', 'toPrecision', 'toExponential', 'toString'],
};
function methodCall() {
  const r = pick(receivers);
  const kind = r.startsWith("'") ? 'string' : r.startsWith('[') ? 'array' : 'number';
  const m = pick(methods[kind]);
  const n = rand(3);
  const a = [];
  for (let i = 0; i < n; i++) a.push(pick(args));
  const call = kind === 'number' ? `(${r}).${m}(${a.join(', ')})` : `${r}.${m}(${a.join(', ')})`;
  return m === 'keys' ? `[...${call}]`.replace('[...', 'Array.from(').replace(/\]$/, ')') : call;
}

function callsProgram() {
  const lines = [];
  for (let i = 0; i < 25; i++) {
    const e = methodCall();
    lines.push(`try { const a = ${e}; console.log(${JSON.stringify(e)}, a); } catch (err) { console.log(${JSON.stringify(e)}, 'threw', err.name); }`);
  }
  return lines.join('\n') + '\n';
}

function program() {
  const kind = rand(3);
  if (kind === 0) return dataProgram();
  if (kind === 1) return callsProgram();
  const lines = [
    "let x = 5, y = '3', s = 'str', arr = [1, 'two', [3]], obj = { k: 1, j: 'v' };",
  ];
  for (let i = 0; i < 25; i++) {
    const e = expr(3);
    lines.push(`try { console.log(${JSON.stringify(e)}, ${e}); } catch (err) { console.log(${JSON.stringify(e)}, 'threw', err.name); }`);
  }
  return lines.join('\n') + '\n';
}

const count = Number(process.argv[3] || 10);
const out = process.argv[4] || '.';
fs.mkdirSync(out, { recursive: true });
for (let i = 0; i < count; i++) fs.writeFileSync(path.join(out, `p${i}.js`), program());

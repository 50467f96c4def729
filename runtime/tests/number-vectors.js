//! Generates runtime/tests/number-vectors.txt: expected results of every
//! number<->string conversion in kiln's `number` module, computed by node (the
//! oracle). Run: `node runtime/tests/number-vectors.js > runtime/tests/number-vectors.txt`.
//! `node number-vectors.js SEED [SCALE]` makes a different (larger) set for stress
//! runs: `NUMBER_VECTORS=/tmp/v.txt cargo test -p kiln-runtime --test number`.
//!
//! Line format (tab-separated; doubles are 16-hex-digit bit patterns; input
//! strings escape everything outside printable ASCII, and `\`, as \uXXXX):
//!   N  x  str                  Number::toString(x)
//!   F  x  digits  str          x.toFixed(digits)
//!   P  x  p  str               x.toPrecision(p)
//!   E  x  digits|u  str        x.toExponential(digits | undefined)
//!   R  x  radix  str           x.toString(radix)
//!   S  s  y                    Number(s)
//!   PF s  y                    parseFloat(s)
//!   PI s  radix  y             parseInt(s, radix)
//!   I  x  int32 uint32 uint16 y   ToInt32, ToUint32, ToUint16, ToIntegerOrInfinity
//!   A  s  index|-              canonical array index of s
'use strict';

// Deterministic PRNG (xorshift128+ on BigInt) so the file is reproducible.
const SEED = BigInt(process.argv[2] || 0);
const SCALE = Number(process.argv[3] || 1);
let s0 = 0x9e3779b97f4a7c15n ^ SEED, s1 = 0xbf58476d1ce4e5b9n;
const M64 = (1n << 64n) - 1n;
function next64() {
  let x = s0; const y = s1; s0 = y;
  x ^= (x << 23n) & M64; x ^= x >> 17n; x ^= y ^ (y >> 26n); s1 = x;
  return (s0 + s1) & M64;
}
const rand = () => Number(next64() >> 11n) / 2 ** 53;
const randInt = (n) => Math.floor(rand() * n);
const pick = (a) => a[randInt(a.length)];

const buf = new DataView(new ArrayBuffer(8));
function hex(x) { buf.setFloat64(0, x); return buf.getBigUint64(0).toString(16).padStart(16, '0'); }
function fromBits(b) { buf.setBigUint64(0, b); return buf.getFloat64(0); }
function esc(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += (c > 0x20 && c < 0x7f && c !== 0x5c) ? s[i] : '\\u' + c.toString(16).padStart(4, '0');
  }
  return out;
}

const lines = [];
const out = (...f) => lines.push(f.join('\t'));

// ---- doubles of every kind ----
const special = [0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE,
  -Number.MIN_VALUE, 2.2250738585072014e-308, 2.225073858507201e-308, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2,
  -(2 ** 53), 1e21, 999999999999999900000, 1e21 - 65536, 123e-20, 1e-7, 1e-6, 0.000001, 1.5e-7, 123456789,
  0.1, 0.2, 0.3, 1 / 3, 2 / 3, Math.PI, Math.E, 2 ** 31, 2 ** 32, 2 ** 32 - 1, 2 ** 31 - 1, -(2 ** 31),
  -(2 ** 31) - 1, 2 ** 64, 2 ** 63, 2 ** 84 + 2 ** 40, 1e300, -1e-300, 4294967295.5, -4294967296.5, 65535.9,
  65536, -1, -0.5, 0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 0.375, 1.005, 1.45, 1.55, 8.345, 1.0005, 10.235, 1.255,
  0.045, 0.0005, 5e-324, 1e-323, 9.5, 99.5, 999.5, 0.95, 0.995, 9.995, 99.995, 1.25, 1.35, 1.045, 3.14159,
  255, -255, 4.35, 2.675, 1e-10, 12345.6789, 0.000123, 1e20, 1e22, 1.7976931348623157e308];
const halfway = [];
for (let k = -20; k <= 20; k++) halfway.push(k + 0.5);
for (let k = 0; k < 200 * SCALE; k++) halfway.push((randInt(2000000) * 2 + 1) / 2 ** (1 + randInt(12)));
for (let k = 0; k < 200 * SCALE; k++) halfway.push(Number((randInt(100000) + '.' + randInt(1000)) + '5'));
const pow2 = [], pow10 = [];
for (let e = -1074; e <= 1023; e += 13) pow2.push(2 ** e);
for (let e = -323; e <= 308; e += 3) pow10.push(Number('1e' + e));
const ints = [];
for (let i = 0; i < 300 * SCALE; i++) ints.push(randInt(1000) - 500);
for (let i = 0; i < 300 * SCALE; i++) ints.push(Math.floor(rand() * 2 ** (1 + randInt(70))) * (rand() < 0.3 ? -1 : 1));
const randBits = [];
for (let i = 0; i < 700 * SCALE; i++) {
  const x = fromBits(next64());
  if (Number.isFinite(x)) randBits.push(x);
}
const randMag = []; // random doubles with exponent spread -30..30 (typical program values)
for (let i = 0; i < 620 * SCALE; i++) randMag.push((rand() - 0.3) * 10 ** (randInt(60) - 30));
const shortDec = []; // values with short decimal forms
for (let i = 0; i < 600 * SCALE; i++) shortDec.push(randInt(1000000) / 10 ** randInt(9) * (rand() < 0.2 ? -1 : 1));
const subnormal = [];
for (let i = 0; i < 60 * SCALE; i++) subnormal.push(fromBits(next64() & ((1n << 52n) - 1n)));

const all = [].concat(special, halfway, pow2, pow10, ints, randBits, randMag, shortDec, subnormal);
const moderate = [].concat(special, halfway, ints, randMag, shortDec, pow10.filter((x) => x > 1e-30 && x < 1e30));

// ---- Number::toString ----
for (const x of all) out('N', hex(x), String(x));

// ---- toFixed ----
const fixDigits = [0, 0, 1, 2, 2, 3, 4, 5, 6, 10, 15, 17, 20, 25, 30, 50, 100];
for (const x of [].concat(special, halfway, ints, shortDec.slice(0, 300))) out("F", hex(x), 0, x.toFixed(0));
for (const x of [].concat(special, halfway)) for (const d of [1, 2, 3]) out('F', hex(x), d, x.toFixed(d));
for (const x of all) { const d = pick(fixDigits); out('F', hex(x), d, x.toFixed(d)); }
for (const x of [-0.0001, -0.004, -0.005, -1e-10, 1e-101, 5e-101, -0, 0.5, 1e21, -1e21, 1e20, 5e-324])
  for (const d of [0, 1, 2, 20, 100]) out('F', hex(x), d, x.toFixed(d));

// ---- toPrecision ----
const precs = [1, 1, 2, 3, 4, 5, 6, 7, 10, 15, 16, 17, 18, 21, 22, 30, 50, 100];
for (const x of all) { const p = pick(precs); out('P', hex(x), p, x.toPrecision(p)); }
for (const x of [].concat(special, halfway.slice(0, 60))) for (const p of [1, 2, 3, 21]) out('P', hex(x), p, x.toPrecision(p));

// ---- toExponential ----
const exps = [0, 0, 1, 2, 3, 5, 8, 14, 15, 16, 17, 20, 30, 60, 100];
for (const x of all) out('E', hex(x), 'u', x.toExponential());
for (const x of all) { const d = pick(exps); out('E', hex(x), d, x.toExponential(d)); }
for (const x of [].concat(special, halfway.slice(0, 60))) for (const d of [0, 1, 2]) out('E', hex(x), d, x.toExponential(d));

// ---- toString(radix) ----
const radixes = [];
for (let r = 2; r <= 36; r++) if (r !== 10) radixes.push(r);
for (const x of moderate) { const r = pick(radixes); out('R', hex(x), r, x.toString(r)); }
for (const x of special.concat(halfway.slice(0, 40))) for (const r of [2, 3, 7, 16, 36]) out('R', hex(x), r, x.toString(r));
for (const x of randBits.slice(0, 400)) { const r = pick(radixes); out('R', hex(x), r, x.toString(r)); }
for (const x of ints) { const r = pick(radixes); out('R', hex(x), r, x.toString(r)); }
for (const x of [1e21, 1e300, 2 ** 70 + 2 ** 20, 123456789e20, 0.1, 1 / 3, 3.14159, 1 - 2 ** -53, 0.5 - 2 ** -54,
  2 / 3, 0.9999, 35.99999999999999, 2 ** 52 + 0.5, 2 ** 52 - 0.5, 2 ** 53 + 2, 1e21 + 2 ** 20, -1e-7, 1e-300])
  for (const r of radixes) out('R', hex(x), r, x.toString(r));

// ---- string inputs ----
const wsChars = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b', '\u0085'];
const strs = ['', ' ', '0', '-0', '+0', '00', '007', '1', '-1', '+1', '.5', '5.', '-.5', '+.5e1', '.', '-.', '+',
  '-', 'e5', '1e', '1e+', '1e-', '1e5', '1E5', '1e+5', '1e-5', '1.5e3x', '-.5e-3x', '1_000', '1,5', '12abc',
  'Infinity', '-Infinity', '+Infinity', 'infinity', 'Infinityx', 'INFINITY', 'NaN', 'inf', 'nan', '0x', '0x10',
  '0X1f', '-0x10', '+0x10', '0xg', '0x1fffffffffffff1', '0x1fffffffffffff', '0x20000000000001', '0x20000000000003',
  '0x20000000000002', '0x20000000000001000000001', '0o17', '0O777', '0o8', '0b101', '0B2', '0b', '0o', '0xFFFFFFFFFFFFFFFFF',
  '0b' + '1'.repeat(54), '0b1' + '0'.repeat(52) + '1', '0b1' + '0'.repeat(52) + '11', '0b1' + '0'.repeat(52) + '1' + '0'.repeat(30) + '1',
  '0x' + 'f'.repeat(256), '0x' + 'f'.repeat(257), '1e400', '-1e400', '1e-400', '2.4703282292062327e-324',
  '2.4703282292062328e-324', '9007199254740993', '9007199254740993.0000000001', '1' + '0'.repeat(400),
  '0.' + '0'.repeat(300) + '1', '1'.repeat(320), '123456789012345678901234567890', '  12  ', '\u00a012\ufeff',
  '1 2', '12e', '0.0e0', '-0.0', '1.7976931348623157e308', '1.7976931348623159e308', '0x1p3', '1n', '١٢',
  '\uff11', '+-1', '--1', '0.1e-0', '00.5', '0b1.1', '1.2.3', '1e1.5', 'Infinity ', ' -Infinity',
  '1e99999999999999999999', '1e-99999999999999999999', '0e99999999999', '-0.0000e-999999999999', '.e1', 'e', '0x ',
  '1' + '0'.repeat(308) + '.5', '0.' + '0'.repeat(330) + '24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125',
  '4.9406564584124654e-324', '2.2250738585072011e-308', '2.2250738585072012e-308', '179769313486231580793728971405301e276'];
for (const w of wsChars) { strs.push(w + '42' + w, w, w + '-7.5e-1' + w + w, w + 'Infinity'); }
for (const x of [].concat(special, shortDec.slice(0, 200), randBits.slice(0, 300), randMag.slice(0, 200), subnormal.slice(0, 20))) {
  strs.push(String(x));
  strs.push(x.toPrecision(1 + randInt(25)));
}
for (let i = 0; i < 200 * SCALE; i++) { // long digit strings near halfway points
  const x = randBits[i];
  if (x > 0) { const t = x.toPrecision(17); strs.push(t.replace(/e/, '0000000000001e').replace(/^([^e]*)$/, '$10000001')); }
}
for (let i = 0; i < 150 * SCALE; i++) strs.push('0x' + next64().toString(16) + next64().toString(16).slice(0, randInt(6)));
for (let i = 0; i < 60 * SCALE; i++) strs.push('0o' + next64().toString(8), '0b' + next64().toString(2));
for (let i = 0; i < 100 * SCALE; i++) strs.push(pick(strs.slice(0, 120)) + pick(['x', ' ', '.', 'e', '5', 'e-2', '\u00a0', '']));

for (const s of strs) out('S', esc(s), hex(Number(s)));
for (const s of strs) out('PF', esc(s), hex(parseFloat(s)));

const piStrs = strs.slice();
const piRadixes = [0, 0, 10, 2, 3, 4, 5, 7, 8, 9, 12, 16, 16, 20, 32, 36, 1, 37, -1];
for (let i = 0; i < 300 * SCALE; i++) { // long strings of digits in random radixes
  const r = 2 + randInt(35);
  let t = (rand() < 0.2 ? '-' : '') + (r === 16 && rand() < 0.5 ? '0x' : '');
  const n = 1 + randInt(40);
  for (let k = 0; k < n; k++) t += '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[randInt(r > 10 ? r + (r - 10) : r)];
  piStrs.push(t + pick(['', '', 'z', '.5', ' ']));
  out('PI', esc(t), r, hex(parseInt(t, r)));
}
for (const s of ['0x', '0x1g', '-0x1F', '-0', '0', '0X', '  -0xff', '0b11', '08', '0.0000001', '1e21', '123e5']) piStrs.push(s);
for (const s of piStrs) { const r = pick(piRadixes); out('PI', esc(s), r, hex(parseInt(s, r))); }
for (const s of piStrs.slice(0, 200)) out('PI', esc(s), 0, hex(parseInt(s)));
for (const r of [2, 3, 4, 5, 7, 8, 10, 16, 32, 36]) { // long values: rounding of big results
  for (let i = 0; i < 8 * SCALE; i++) {
    const n = 20 + randInt(300);
    let t = '';
    for (let k = 0; k < n; k++) t += '0123456789abcdefghijklmnopqrstuvwxyz'[randInt(r)];
    out('PI', esc(t), r, hex(parseInt(t, r)));
  }
}

// ---- integer coercions ----
const u16 = new Uint16Array(1);
const coerce = [].concat(special, ints, randBits.slice(0, 400), randMag.slice(0, 300), halfway.slice(0, 50), [4294967296.7, -4294967296.7, 2147483648, -2147483649, 1.5 * 2 ** 63, 2 ** 75 + 2 ** 31,
  -(2 ** 70) - 2 ** 20, 0.9, -0.9, -1e-300, 2 ** 52 + 0.5, -(2 ** 52) - 0.5]);
for (const x of coerce) {
  u16[0] = x;
  let t = Math.trunc(x);
  if (Number.isNaN(t) || t === 0) t = 0;
  out('I', hex(x), x | 0, x >>> 0, u16[0], hex(t));
}

// ---- array index strings ----
const idx = ['', '0', '00', '01', '1', '12', '-0', '-1', '1.0', '1e3', ' 1', '1 ', '4294967294', '4294967295',
  '4294967296', '42949672940', '99999999999', '+1', '0x10', 'a', '\uff11', '123456789', '2147483648'];
for (let i = 0; i < 100 * SCALE; i++) idx.push(String(randInt(2 ** 32)), String(randInt(1000)));
for (const s of idx) { const a = []; a[s] = 1; out('A', esc(s), a.length ? a.length - 1 : '-'); }

process.stdout.write(lines.join('\n') + '\n');

// String processing: Caesar/Vigenere ciphers, run-length encoding, anagrams, palindromes, base64
function caesar(s, shift) {
  return Array.from(s).map(function (ch) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) return String.fromCharCode((code - 65 + shift % 26 + 26) % 26 + 65);
    if (code >= 97 && code <= 122) return String.fromCharCode((code - 97 + shift % 26 + 26) % 26 + 97);
    return ch;
  }).join('');
}
function vigenere(s, key, decrypt) {
  let j = 0;
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    if (lower < 'a' || lower > 'z') { out += ch; continue; }
    const k = key.charCodeAt(j++ % key.length) - 97;
    out += caesar(ch, decrypt ? -k : k);
  }
  return out;
}
function rle(s) {
  let out = '';
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i > 1 ? j - i : '') + s[i];
    i = j;
  }
  return out;
}
function unrle(s) {
  let out = '', num = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') num += ch;
    else { out += ch.repeat(num ? Number(num) : 1); num = ''; }
  }
  return out;
}
function anagramGroups(words) {
  const groups = new Map();
  for (const w of words) {
    const key = w.toLowerCase().split('').sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(w);
  }
  return Array.from(groups.values()).filter(function (g) { return g.length > 1; });
}
function isPalindrome(s) {
  const clean = s.toLowerCase().split('').filter(function (c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }).join('');
  return clean === clean.split('').reverse().join('');
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(s) {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=');
  }
  return out;
}
function unbase64(s) {
  let out = '';
  for (let i = 0; i < s.length; i += 4) {
    const n = (B64.indexOf(s[i]) << 18) | (B64.indexOf(s[i + 1]) << 12) | ((B64.indexOf(s[i + 2]) & 63) << 6) | (B64.indexOf(s[i + 3]) & 63);
    out += String.fromCharCode((n >> 16) & 255);
    if (s[i + 2] !== '=') out += String.fromCharCode((n >> 8) & 255);
    if (s[i + 3] !== '=') out += String.fromCharCode(n & 255);
  }
  return out;
}
const msg = 'Attack at Dawn! Meet @ 10:30, Zebra.';
for (const k of [1, 3, 13, 25, -1, 52]) console.log(k, caesar(msg, k), caesar(caesar(msg, k), -k) === msg);
const enc = vigenere(msg, 'lemon');
console.log(enc, '|', vigenere(enc, 'lemon', true));
for (const s of ['WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW', 'abc', 'aabcccccaaa', '', 'zzzzzzzzzzzz']) {
  const e = rle(s);
  console.log(JSON.stringify(e), unrle(e) === s);
}
console.log(anagramGroups(['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog', 'Inlets']));
for (const p of ['A man, a plan, a canal: Panama', 'racecar', 'hello', '', 'No lemon, no melon', '12321', '1231']) console.log(JSON.stringify(p), isPalindrome(p));
for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Hello, World!']) console.log(JSON.stringify(s), base64(s), unbase64(base64(s)) === s);
const counts = {};
for (const ch of msg.toLowerCase()) if (ch >= 'a' && ch <= 'z') counts[ch] = (counts[ch] || 0) + 1;
console.log(Object.keys(counts).sort().map(function (k) { return k + counts[k]; }).join(' '));
console.log(msg.split(' ').map(function (w) { return w.split('').reverse().join(''); }).join(' '));
console.log(msg.split('').filter(function (c, i, arr) { return arr.indexOf(c) === i; }).join(''));
const camel = 'the_quick-brown fox'.split(/* no regex */ '_').join(' ').split('-').join(' ').split(' ').map(function (w, i) { return i ? w[0].toUpperCase() + w.slice(1) : w; }).join('');
console.log(camel, camel.replace('Brown', '').length, 'snake_case_me'.split('_').map(function (w) { return w.toUpperCase(); }).join('-'));

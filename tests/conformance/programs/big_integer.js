// Arbitrary-precision unsigned integers as digit arrays (base 10^7): add, multiply, factorial, powers
const BASE = 10000000;
const WIDTH = 7;
function fromString(s) {
  const digits = [];
  for (let end = s.length; end > 0; end -= WIDTH) digits.push(Number(s.slice(Math.max(0, end - WIDTH), end)));
  return normalize(digits);
}
function fromNumber(n) { return fromString(String(n)); }
function normalize(d) { while (d.length > 1 && d[d.length - 1] === 0) d.pop(); return d; }
function toString(d) {
  let s = String(d[d.length - 1]);
  for (let i = d.length - 2; i >= 0; i--) s += String(d[i]).padStart(WIDTH, '0');
  return s;
}
function add(a, b) {
  const out = [];
  let carry = 0;
  for (let i = 0; i < Math.max(a.length, b.length) || carry; i++) {
    const s = (a[i] || 0) + (b[i] || 0) + carry;
    out.push(s % BASE);
    carry = Math.floor(s / BASE);
  }
  return normalize(out);
}
function compare(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
function sub(a, b) {
  if (compare(a, b) < 0) throw new RangeError('negative result');
  const out = [];
  let borrow = 0;
  for (let i = 0; i < a.length; i++) {
    let s = a[i] - (b[i] || 0) - borrow;
    borrow = s < 0 ? 1 : 0;
    if (s < 0) s += BASE;
    out.push(s);
  }
  return normalize(out);
}
function mul(a, b) {
  const out = new Array(a.length + b.length).fill(0);
  for (let i = 0; i < a.length; i++) {
    let carry = 0;
    for (let j = 0; j < b.length || carry; j++) {
      const cur = out[i + j] + a[i] * (b[j] || 0) + carry;
      carry = Math.floor(cur / BASE);
      out[i + j] = cur % BASE;
    }
  }
  return normalize(out);
}
function mulSmall(a, k) {
  const out = [];
  let carry = 0;
  for (let i = 0; i < a.length || carry; i++) {
    const cur = (a[i] || 0) * k + carry;
    out.push(cur % BASE);
    carry = Math.floor(cur / BASE);
  }
  return normalize(out);
}
function divSmall(a, k) {
  const out = new Array(a.length).fill(0);
  let rem = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const cur = a[i] + rem * BASE;
    out[i] = Math.floor(cur / k);
    rem = cur % k;
  }
  return { q: normalize(out), r: rem };
}
function factorial(n) { let r = [1]; for (let i = 2; i <= n; i++) r = mulSmall(r, i); return r; }
function pow(b, e) { let result = [1], base = b; while (e > 0) { if (e & 1) result = mul(result, base); base = mul(base, base); e >>= 1; } return result; }
function digitSum(d) { return toString(d).split('').reduce(function (s, c) { return s + Number(c); }, 0); }
console.log(toString(factorial(25)), String(2 ** 64), toString(pow([2], 64)));
console.log(toString(factorial(50)));
console.log('100! has', toString(factorial(100)).length, 'digits, digit sum', digitSum(factorial(100)));
console.log('2^200 =', toString(pow([2], 200)));
console.log('3^100 =', toString(pow([3], 100)));
const a = fromString('123456789012345678901234567890'), b = fromString('987654321098765432109876543210');
console.log(toString(add(a, b)), toString(sub(b, a)), toString(mul(a, b)));
try { sub(a, b); } catch (e) { console.log(e.name, e.message); }
console.log(compare(a, b), compare(b, a), compare(a, fromString('123456789012345678901234567890')));
let f1 = [0], f2 = [1];
for (let i = 0; i < 300; i++) { const t = add(f1, f2); f1 = f2; f2 = t; }
console.log('fib(300) =', toString(f1));
const d = divSmall(factorial(30), 7);
console.log(toString(d.q), d.r, toString(divSmall(fromNumber(1000000007), 10).q));
console.log(toString(fromString('0000000000000042')), toString(fromNumber(0)), toString(mul(fromNumber(0), a)));
const known = ['9007199254740993', '18446744073709551616', '340282366920938463463374607431768211456'];
console.log(known.map(function (s) { return toString(fromString(s)) === s; }));
console.log(toString(pow([2], 128)) === known[2], toString(add(fromString('9007199254740992'), [1])) === known[0]);

//! `Number.prototype.toFixed`, `toExponential` and `toPrecision`, on top of
//! the exact decimal expansion of a double.
//!
//! A finite double is m·2^e, so its decimal expansion is finite: for e >= 0 it
//! is the integer m·2^e, for e < 0 it is m·5^(-e) · 10^e. We compute those
//! integers with a tiny unsigned big-integer (u32 limbs, little-endian) and
//! print them in base 10^9. Where the spec picks an integer n "for which
//! n / 10^f - x is as close to zero as possible; if there are two such n, pick
//! the larger n", we round that exact expansion half-up, which is precisely
//! that rule. Each method otherwise follows its spec algorithm step by step.
//! Range checks on the digit counts (RangeError) belong to the caller; these
//! functions assume valid arguments.

use alloc::string::String;
use alloc::vec::Vec;

use super::number_to_string;

/// An unsigned big integer in little-endian u32 limbs, no high zero limbs.
struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_u64(v: u64) -> Self {
        let mut b = BigUint {
            limbs: Vec::with_capacity(8),
        };
        b.limbs.push(v as u32);
        b.limbs.push((v >> 32) as u32);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    /// self *= m
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in self.limbs.iter_mut() {
            let p = (*limb as u64) * (m as u64) + carry;
            *limb = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
    }

    /// self <<= bits
    fn shl(&mut self, bits: u32) {
        let words = (bits / 32) as usize;
        let rem = bits % 32;
        if rem != 0 {
            let mut carry = 0u32;
            for limb in self.limbs.iter_mut() {
                let v = *limb;
                *limb = (v << rem) | carry;
                carry = v >> (32 - rem);
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        if words != 0 {
            let mut v = Vec::with_capacity(self.limbs.len() + words);
            v.resize(words, 0);
            v.extend_from_slice(&self.limbs);
            self.limbs = v;
        }
    }

    /// self /= d, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.limbs.iter_mut().rev() {
            let cur = (rem << 32) | (*limb as u64);
            *limb = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        self.trim();
        rem as u32
    }

    /// Decimal digits (values 0..=9), most significant first; "0" is empty.
    fn into_decimal(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while !self.is_zero() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (i, &c) in chunks.iter().rev().enumerate() {
            let mut buf = [0u8; 9];
            let mut v = c;
            for slot in buf.iter_mut().rev() {
                *slot = (v % 10) as u8;
                v /= 10;
            }
            if i == 0 {
                // Leading chunk: no leading zeros.
                let first = buf.iter().position(|&d| d != 0).unwrap_or(8);
                out.extend_from_slice(&buf[first..]);
            } else {
                out.extend_from_slice(&buf);
            }
        }
        out
    }
}

/// The exact decimal value of a finite double's magnitude:
/// `|x| = 0.d0 d1 d2 ... × 10^point`. `digits` has no leading or trailing
/// zeros; it is empty for ±0.
struct Decimal {
    digits: Vec<u8>,
    point: i32,
}

/// Exact decimal expansion of `|x|` (x must be finite).
fn exact_decimal(x: f64) -> Decimal {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return Decimal {
            digits: Vec::new(),
            point: 0,
        };
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += tz as i32;
    let mut big = BigUint::from_u64(mant);
    let scale = if exp >= 0 {
        big.shl(exp as u32);
        0
    } else {
        // m / 2^k = m * 5^k / 10^k
        let mut k = -exp;
        while k >= 13 {
            big.mul_small(1_220_703_125); // 5^13
            k -= 13;
        }
        if k > 0 {
            big.mul_small(5u32.pow(k as u32));
        }
        -exp
    };
    let mut digits = big.into_decimal();
    let point = digits.len() as i32 - scale;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Decimal { digits, point }
}

/// Keep the first `keep` digits of `digits` (padding with zeros if short),
/// rounding half-up on everything dropped. Returns the kept digits and whether
/// rounding carried out of the first digit (then the digits are all zero and
/// the value is 1 followed by them). `keep <= 0` yields no digits; the carry
/// then tells whether the value rounds up to one unit at position `keep`.
fn round_half_up(digits: &[u8], keep: i64) -> (Vec<u8>, bool) {
    if keep < 0 {
        return (Vec::new(), false);
    }
    let keep = keep as usize;
    let mut out: Vec<u8> = Vec::with_capacity(keep);
    out.extend_from_slice(&digits[..keep.min(digits.len())]);
    out.resize(keep, 0);
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    if !round_up {
        return (out, false);
    }
    for d in out.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return (out, false);
        }
    }
    (out, true)
}

/// Append digit values (0..=9) as ASCII.
fn push_digits(s: &mut alloc::string::String, digits: &[u8]) {
    for &d in digits {
        s.push((b'0' + d) as char);
    }
}

// ---- the three Number.prototype methods ----

/// Significant digits of |x| rounded half-up to `count` digits, with the
/// decimal exponent e of the first one (|x| ≈ d0.d1d2... × 10^e).
/// For x = 0 the digits are all zero and e = 0.
fn significant(x: f64, count: usize) -> (Vec<u8>, i32) {
    let dec = exact_decimal(x);
    if dec.digits.is_empty() {
        return (alloc::vec![0; count], 0);
    }
    let (mut digits, carry) = round_half_up(&dec.digits, count as i64);
    let mut e = dec.point - 1;
    if carry {
        // 99.9 rounded up to 100.: one more integer digit, the rest zeros.
        digits[0] = 1;
        e += 1;
    }
    (digits, e)
}

/// Shortest round-trip digits of |x| (x finite, non-zero) from ryu-js, as a
/// `Decimal` (|x| = 0.d0d1... × 10^point).
fn shortest(x: f64) -> Decimal {
    let mut buf = ryu_js::Buffer::new();
    let text = buf.format_finite(x.abs());
    let (mantissa, exp) = match text.find('e') {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let mut digits = Vec::with_capacity(mantissa.len());
    let mut int_digits = None;
    for b in mantissa.bytes() {
        if b == b'.' {
            int_digits = Some(digits.len() as i32);
        } else {
            digits.push(b - b'0');
        }
    }
    let mut point = int_digits.unwrap_or(digits.len() as i32) + exp;
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    point -= lead as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Decimal { digits, point }
}

fn push_exponent(s: &mut String, e: i32) {
    s.push('e');
    s.push(if e >= 0 { '+' } else { '-' });
    s.push_str(&super::int_to_string(e.unsigned_abs() as i64));
}

/// The output's sign ("-" for negative numbers, "" otherwise; -0 has none)
/// and the magnitude to format.
fn sign_and_magnitude(x: f64) -> (String, f64) {
    if x < 0.0 {
        (String::from("-"), -x)
    } else {
        (String::new(), x)
    }
}

/// `Number.prototype.toFixed(digits)`, digits in 0..=100.
pub fn to_fixed(x: f64, digits: u32) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let (mut s, x) = sign_and_magnitude(x);
    if x >= 1e21 {
        s.push_str(&number_to_string(x));
        return s;
    }
    let f = digits as usize;
    let dec = exact_decimal(x);
    let (kept, carry) = round_half_up(&dec.digits, dec.point as i64 + f as i64);
    // n as a digit list without leading zeros.
    let mut n: Vec<u8> = Vec::with_capacity(kept.len() + 1);
    if carry {
        n.push(1);
    }
    n.extend(kept.iter().copied().skip_while(|&d| d == 0 && !carry));
    if n.is_empty() {
        n.push(0);
    }
    if f != 0 {
        if n.len() <= f {
            let mut padded = alloc::vec![0u8; f + 1 - n.len()];
            padded.extend_from_slice(&n);
            n = padded;
        }
        let split = n.len() - f;
        push_digits(&mut s, &n[..split]);
        s.push('.');
        push_digits(&mut s, &n[split..]);
    } else {
        push_digits(&mut s, &n);
    }
    s
}

/// `Number.prototype.toExponential(digits)`; `None` means the argument was
/// undefined (as many digits as needed to round-trip).
pub fn to_exponential(x: f64, digits: Option<u32>) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let (mut s, x) = sign_and_magnitude(x);
    let (d, e) = match digits {
        Some(f) => significant(x, f as usize + 1),
        None if x == 0.0 => (alloc::vec![0], 0),
        None => {
            let dec = shortest(x);
            (dec.digits, dec.point - 1)
        }
    };
    push_digits(&mut s, &d[..1]);
    if d.len() > 1 {
        s.push('.');
        push_digits(&mut s, &d[1..]);
    }
    push_exponent(&mut s, e);
    s
}

/// `Number.prototype.toPrecision(precision)`, precision in 1..=100.
pub fn to_precision(x: f64, precision: u32) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let (mut s, x) = sign_and_magnitude(x);
    let p = precision as i32;
    let (d, e) = significant(x, precision as usize);
    if x != 0.0 && (e < -6 || e >= p) {
        push_digits(&mut s, &d[..1]);
        if p != 1 {
            s.push('.');
            push_digits(&mut s, &d[1..]);
        }
        push_exponent(&mut s, e);
        return s;
    }
    if e == p - 1 {
        push_digits(&mut s, &d);
    } else if e >= 0 {
        let split = e as usize + 1;
        push_digits(&mut s, &d[..split]);
        s.push('.');
        push_digits(&mut s, &d[split..]);
    } else {
        s.push_str("0.");
        for _ in 0..(-(e + 1)) {
            s.push('0');
        }
        push_digits(&mut s, &d);
    }
    s
}

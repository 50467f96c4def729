//! String -> number: `StringToNumber`, `parseFloat`, `parseInt` and the
//! canonical array-index test, on UTF-16 code units.
//!
//! Decimal text is validated here against the spec grammar, copied to ASCII
//! and handed to core's `str::parse::<f64>`, which rounds correctly for any
//! length. Power-of-two radixes (0x/0o/0b literals, `parseInt` with radix
//! 2/4/8/16/32) are rounded correctly by hand, half to even. Other `parseInt`
//! radixes accumulate in doubles in 32-bit chunks exactly as V8 does, since
//! the spec allows an approximation there and node prints V8's.

use alloc::string::String;
use alloc::vec::Vec;

/// JS `WhiteSpace` or `LineTerminator` (what `StringToNumber` and the global
/// parse functions trim).
pub(crate) fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09..=0x0d
            | 0x20
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
            | 0xfeff
    )
}

fn trim_start(s: &[u16]) -> &[u16] {
    let start = s
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(s.len());
    &s[start..]
}

fn trim(s: &[u16]) -> &[u16] {
    let s = trim_start(s);
    let end = s
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(0, |i| i + 1);
    &s[..end]
}

/// The value of `c` as a digit in `radix` (ASCII letters either case).
fn digit_value(c: u16, radix: u32) -> Option<u32> {
    let v = match c {
        0x30..=0x39 => (c - 0x30) as u32,
        0x61..=0x7a => (c - 0x61) as u32 + 10,
        0x41..=0x5a => (c - 0x41) as u32 + 10,
        _ => return None,
    };
    (v < radix).then_some(v)
}

fn is_ascii_digit(c: u16) -> bool {
    (0x30..=0x39).contains(&c)
}

const INFINITY_UTF16: [u16; 8] = [0x49, 0x6e, 0x66, 0x69, 0x6e, 0x69, 0x74, 0x79];

/// Length of the longest prefix of `s` that is a StrUnsignedDecimalLiteral
/// without the Infinity form (0 if none), and that prefix as ASCII normalized
/// for `str::parse` ("5." -> "5", ".5" -> "0.5").
fn decimal_prefix(s: &[u16]) -> (usize, String) {
    let mut i = 0;
    let mut text = String::new();
    while i < s.len() && is_ascii_digit(s[i]) {
        text.push(s[i] as u8 as char);
        i += 1;
    }
    let int_digits = i;
    let mut frac_digits = 0;
    if i < s.len() && s[i] == u16::from(b'.') {
        let mut j = i + 1;
        let mut frac = String::new();
        while j < s.len() && is_ascii_digit(s[j]) {
            frac.push(s[j] as u8 as char);
            j += 1;
        }
        frac_digits = j - i - 1;
        if int_digits + frac_digits > 0 {
            i = j;
            if int_digits == 0 {
                text.push('0');
            }
            if frac_digits > 0 {
                text.push('.');
                text.push_str(&frac);
            }
        }
    }
    if int_digits + frac_digits == 0 {
        return (0, String::new());
    }
    // Exponent only if it has at least one digit.
    if i < s.len() && (s[i] == u16::from(b'e') || s[i] == u16::from(b'E')) {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if j < s.len() && (s[j] == u16::from(b'+') || s[j] == u16::from(b'-')) {
            exp.push(s[j] as u8 as char);
            j += 1;
        }
        let digits_start = j;
        while j < s.len() && is_ascii_digit(s[j]) {
            exp.push(s[j] as u8 as char);
            j += 1;
        }
        if j > digits_start {
            i = j;
            text.push_str(&exp);
        }
    }
    (i, text)
}

fn parse_ascii(text: &str) -> f64 {
    text.parse::<f64>().unwrap_or(f64::NAN)
}

/// Correctly rounded (half to even) value of a digit sequence in radix
/// 2^`bits` (bits in 1..=5).
fn pow2_digits_to_f64(digits: impl Iterator<Item = u32>, bits: u32) -> f64 {
    let mut acc: u64 = 0;
    let mut extra_exp: i32 = 0; // digits that no longer fit in `acc`
    let mut sticky = false; // any non-zero bit among those digits
    let limit = 1u64 << (64 - bits);
    for d in digits {
        if acc < limit {
            acc = (acc << bits) | d as u64;
        } else {
            extra_exp += bits as i32;
            sticky |= d != 0;
        }
    }
    if acc == 0 {
        return 0.0;
    }
    let width = 64 - acc.leading_zeros();
    if width <= 53 {
        return scale_pow2(acc as f64, extra_exp);
    }
    let shift = width - 53;
    let mut kept = acc >> shift;
    let dropped = acc & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if dropped > half || (dropped == half && (sticky || kept & 1 == 1)) {
        kept += 1;
    }
    scale_pow2(kept as f64, extra_exp + shift as i32)
}

/// v * 2^exp for exp >= 0, overflowing to Infinity.
fn scale_pow2(mut v: f64, mut exp: i32) -> f64 {
    while exp > 0 {
        let step = exp.min(1000);
        v *= f64::from_bits(((1023 + step) as u64) << 52);
        exp -= step;
    }
    v
}

/// `StringToNumber` (the `Number(string)` conversion).
pub fn string_to_number(s: &[u16]) -> f64 {
    let s = trim(s);
    if s.is_empty() {
        return 0.0;
    }
    if s.len() > 2 && s[0] == u16::from(b'0') {
        let bits = match s[1] | 0x20 {
            0x78 => 4, // x
            0x6f => 3, // o
            0x62 => 1, // b
            _ => 0,
        };
        if bits != 0 {
            let radix = 1u32 << bits;
            if s[2..].iter().any(|&c| digit_value(c, radix).is_none()) {
                return f64::NAN;
            }
            return pow2_digits_to_f64(
                s[2..].iter().map(|&c| digit_value(c, radix).unwrap_or(0)),
                bits,
            );
        }
    }
    let (negative, body) = match s[0] {
        0x2d => (true, &s[1..]),
        0x2b => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if body == INFINITY_UTF16 {
        f64::INFINITY
    } else {
        let (len, text) = decimal_prefix(body);
        if len == 0 || len != body.len() {
            return f64::NAN;
        }
        parse_ascii(&text)
    };
    if negative {
        -v
    } else {
        v
    }
}

/// The global `parseFloat(string)` (after ToString).
pub fn parse_float(s: &[u16]) -> f64 {
    let s = trim_start(s);
    let (negative, body) = match s.first() {
        Some(0x2d) => (true, &s[1..]),
        Some(0x2b) => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if body.starts_with(&INFINITY_UTF16) {
        f64::INFINITY
    } else {
        let (len, text) = decimal_prefix(body);
        if len == 0 {
            return f64::NAN;
        }
        parse_ascii(&text)
    };
    if negative {
        -v
    } else {
        v
    }
}

/// The global `parseInt(string, radix)`, with `radix` already `ToInt32`-ed.
pub fn parse_int(s: &[u16], radix: i32) -> f64 {
    let s = trim_start(s);
    let (negative, mut body) = match s.first() {
        Some(0x2d) => (true, &s[1..]),
        Some(0x2b) => (false, &s[1..]),
        _ => (false, s),
    };
    let mut radix = radix;
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return f64::NAN;
        }
        if radix != 16 {
            strip_prefix = false;
        }
    } else {
        radix = 10;
    }
    if strip_prefix && body.len() >= 2 && body[0] == u16::from(b'0') && (body[1] | 0x20) == 0x78 {
        body = &body[2..];
        radix = 16;
    }
    let radix = radix as u32;
    let end = body
        .iter()
        .position(|&c| digit_value(c, radix).is_none())
        .unwrap_or(body.len());
    let digits = &body[..end];
    if digits.is_empty() {
        return f64::NAN;
    }
    let v = if radix == 10 {
        let text: String = digits.iter().map(|&c| c as u8 as char).collect();
        parse_ascii(&text)
    } else if radix.is_power_of_two() {
        let bits = radix.trailing_zeros();
        pow2_digits_to_f64(
            digits.iter().map(|&c| digit_value(c, radix).unwrap_or(0)),
            bits,
        )
    } else {
        generic_radix(digits, radix)
    };
    if negative {
        -v
    } else {
        v
    }
}

/// V8's accumulation for radixes that are neither 10 nor powers of two:
/// digits are gathered into a u32 part while the multiplier stays below
/// 0xFFFFFFFF / 36, then folded into a double as `value * multiplier + part`.
fn generic_radix(digits: &[u16], radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = 0xFFFF_FFFF / 36;
    // V8 skips leading zeros before chunking, which shifts the chunk borders.
    let values: Vec<u32> = digits
        .iter()
        .map(|&c| digit_value(c, radix).unwrap_or(0))
        .skip_while(|&d| d == 0)
        .collect();
    let mut value = 0.0f64;
    let mut i = 0;
    while i < values.len() {
        let mut part = 0u32;
        let mut multiplier = 1u32;
        while i < values.len() {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + values[i];
            multiplier = m;
            i += 1;
        }
        value = value * multiplier as f64 + part as f64;
    }
    value
}

/// If `s` is the canonical decimal string of an integer in 0..=2^32-2 (an
/// array index), that integer.
pub fn is_array_index_string(s: &[u16]) -> Option<u32> {
    if s.is_empty() || s.len() > 10 || (s[0] == u16::from(b'0') && s.len() > 1) {
        return None;
    }
    let mut v: u64 = 0;
    for &c in s {
        if !is_ascii_digit(c) {
            return None;
        }
        v = v * 10 + (c - 0x30) as u64;
    }
    (v <= 0xFFFF_FFFE).then_some(v as u32)
}

//! Number <-> string conversions and the spec's integer coercions, exactly as
//! ECMAScript (and node v20 / V8) define them, as pure no_std functions.
//!
//! The module is split by concern:
//! - `format`: `toFixed`/`toPrecision`/`toExponential`, by exact decimal
//!   expansion of the double (a small big-integer) and half-up rounding;
//! - `parse`: `StringToNumber`, `parseFloat`, `parseInt`, array-index strings.
//!
//! This file holds `Number::toString` for every radix (radix 10 via ryu-js,
//! the others with V8's algorithm, whose output node prints), the `ToInt32`
//! family and the bit-level float helpers (`trunc`/`floor`) that `core` lacks
//! in no_std.

mod format;
mod parse;

use alloc::string::String;
use alloc::vec::Vec;

pub use format::{to_exponential, to_fixed, to_precision};
pub use parse::{is_array_index_string, parse_float, parse_int, string_to_number};

/// 2^53: every double at or above this magnitude is an integer.
pub(crate) const TWO_POW_53: f64 = 9007199254740992.0;

/// `Number::toString(x)` with radix 10.
pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return String::from("NaN");
    }
    if x == 0.0 {
        return String::from("0");
    }
    if x.is_infinite() {
        return String::from(if x > 0.0 { "Infinity" } else { "-Infinity" });
    }
    // Fast path: integers below 2^53 print as their plain digits.
    if x.abs() < TWO_POW_53 && trunc(x) == x {
        return int_to_string(x as i64);
    }
    let mut buf = ryu_js::Buffer::new();
    String::from(buf.format_finite(x))
}

/// Decimal digits of a signed 64-bit integer.
pub(crate) fn int_to_string(v: i64) -> String {
    let mut tmp = [0u8; 20];
    let mut n = v.unsigned_abs();
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(tmp.len() - i + 1);
    if v < 0 {
        s.push('-');
    }
    for &b in &tmp[i..] {
        s.push(b as char);
    }
    s
}

/// Round toward zero, by clearing the fraction bits (core has no `trunc` in no_std).
pub(crate) fn trunc(x: f64) -> f64 {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1023;
    if exp >= 52 {
        return x; // already integral, or NaN/Infinity
    }
    if exp < 0 {
        return f64::from_bits(bits & (1u64 << 63)); // |x| < 1: signed zero
    }
    let frac_mask = (1u64 << (52 - exp)) - 1;
    f64::from_bits(bits & !frac_mask)
}

/// Round toward negative infinity.
pub(crate) fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x {
        t - 1.0
    } else {
        t
    }
}

/// The next representable double above a finite non-negative `x`.
pub(crate) fn next_up(x: f64) -> f64 {
    if x == 0.0 {
        return f64::from_bits(1);
    }
    f64::from_bits(x.to_bits() + 1)
}

/// `ToIntegerOrInfinity`: NaN and ±0 give +0, infinities stay, else truncate.
/// The result is never -0.
pub fn to_integer_or_infinity(x: f64) -> f64 {
    if x.is_nan() {
        return 0.0;
    }
    // Adding +0 turns a -0 from truncation into +0.
    trunc(x) + 0.0
}

/// A relative index (negative counts from the end; an integer or an
/// infinity) resolved against `len` and clamped to `0..=len`.
pub fn clamp_relative(rel: f64, len: u64) -> u64 {
    if rel < 0.0 {
        let from_end = len as f64 + rel;
        if from_end < 0.0 {
            0
        } else {
            from_end as u64
        }
    } else if rel > len as f64 {
        len
    } else {
        rel as u64
    }
}

/// `ToUint32`: the integer part of `x` modulo 2^32 (NaN and infinities give 0).
pub fn to_uint32(x: f64) -> u32 {
    if !x.is_finite() {
        return 0;
    }
    if x.abs() < 9223372036854775808.0 {
        // `as i64` truncates exactly in this range; wrapping keeps the low 32 bits.
        return (x as i64) as u32;
    }
    // |x| >= 2^63: x = m * 2^shift with shift >= 11, all low bits come from m.
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let shift = exp - 1075;
    let low = if shift >= 32 {
        0u32
    } else {
        (mant << shift) as u32
    };
    if x < 0.0 {
        low.wrapping_neg()
    } else {
        low
    }
}

/// `ToInt32`: `ToUint32` reinterpreted as two's complement.
pub fn to_int32(x: f64) -> i32 {
    to_uint32(x) as i32
}

/// `ToUint16`: the integer part of `x` modulo 2^16.
pub fn to_uint16(x: f64) -> u16 {
    to_uint32(x) as u16
}

// ---- Number::toString(x, radix) for radix != 10 ----
//
// The spec leaves non-decimal digits implementation-approximated, so we follow
// V8's DoubleToRadixCString: fraction digits are generated in double
// arithmetic until the remaining fraction is below `delta`, half the gap to the
// next double (scaled along with the fraction), rounding the last digit
// half-to-even with carry back into earlier digits; integer digits come from
// repeated exact `fmod` and division, with zeros standing in for digits below
// the double's precision.

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `Number::toString(x, radix)`, radix in 2..=36.
pub fn to_string_radix(x: f64, radix: u32) -> String {
    if radix == 10 || !x.is_finite() {
        return number_to_string(x);
    }
    let r = radix as f64;
    let negative = x < 0.0;
    let value = if negative { -x } else { x };

    let mut integer = floor(value);
    let mut fraction = value - integer;
    // Fraction digits stop once they resolve the input to its own precision.
    let mut delta = 0.5 * (next_up(value) - value);
    if delta < f64::from_bits(1) {
        delta = f64::from_bits(1);
    }
    let mut frac_digits: Vec<u8> = Vec::new(); // digit values after the point
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as u32; // truncation; fraction < radix
            frac_digits.push(digit as u8);
            fraction -= digit as f64;
            // Round half to even on the last digit.
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Propagate the carry backwards; digits that overflow are dropped.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(d) if (d as u32) + 1 < radix => {
                            frac_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }

    // Integer digits, least significant first. Digits beyond the double's
    // precision are written as zeros.
    let mut int_digits: Vec<u8> = Vec::new();
    while integer / r >= TWO_POW_53 {
        integer /= r;
        int_digits.push(0);
    }
    loop {
        let rem = fmod_small(integer, radix);
        int_digits.push(rem as u8);
        integer = (integer - rem) / r;
        if integer <= 0.0 {
            break;
        }
    }

    let mut s = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative {
        s.push('-');
    }
    for &d in int_digits.iter().rev() {
        s.push(DIGITS[d as usize] as char);
    }
    if !frac_digits.is_empty() {
        s.push('.');
        for &d in &frac_digits {
            s.push(DIGITS[d as usize] as char);
        }
    }
    s
}

/// Exact C `fmod(x, r)` for finite x >= 0 with x < 2^53·r, r in 2..=36.
/// The result of fmod is always exactly representable; we compute it on the
/// integer significand scaled by 2^52 (x >= 1 has exponent >= -52).
fn fmod_small(x: f64, r: u32) -> f64 {
    if x < r as f64 {
        return x;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let exp = biased - 1075; // x = mant * 2^exp, exp >= -52 because x >= 2
    let shift = exp + 52; // x * 2^52 = mant << shift
    if !(0..=60).contains(&shift) {
        // Not reachable for our inputs; fall back to the double identity.
        return x - (r as f64) * trunc(x / r as f64);
    }
    let scaled = (mant as u128) << shift;
    let rem = scaled % ((r as u128) << 52);
    rem as f64 / 4503599627370496.0 // 2^52
}

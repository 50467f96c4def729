//! `Number.prototype.toLocaleString(locales, options)` without ICU: node's
//! en-US output (grouping commas, at most 3 fraction digits, "∞", a sign on
//! -0) plus the options real programs pass — `style` (decimal, percent,
//! currency with common symbols), `currency`, `minimumIntegerDigits`,
//! `minimum/maximumFractionDigits`, `minimum/maximumSignificantDigits`,
//! `useGrouping` — and the separators of a few locales (de, fr, en-IN).
//! Rounding is ICU's: half away from zero on the shortest decimal form of the
//! number (so `(1.005).toLocaleString(…{maximumFractionDigits: 2})` is 1.01).

use crate::error::{range_error, type_error};
use crate::host::{Host, JsResult};
use crate::number;
use crate::ops;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Decimal,
    Percent,
    Currency,
}

#[derive(Clone, Copy, PartialEq)]
enum Locale {
    English,
    Indian,
    German,
    French,
}

pub struct NumberFormat {
    locale: Locale,
    style: Style,
    currency: String,
    min_int: u32,
    min_frac: u32,
    max_frac: u32,
    /// Some((min, max)) when significant digits were requested.
    significant: Option<(u32, u32)>,
    grouping: bool,
}

/// Digits after the point a currency uses.
fn currency_digits(code: &str) -> u32 {
    match code {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" => 0,
        _ => 2,
    }
}

fn currency_symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "INR" => "₹",
        "KRW" => "₩",
        "CNY" => "CN¥",
        "CAD" => "CA$",
        "AUD" => "A$",
        "ILS" => "₪",
        _ => return None,
    })
}

/// Reads an integer digit option in `lo..=hi` (RangeError "<name> value is out of range.").
fn digit_option(cx: &mut dyn Host, options: crate::Value, name: &str, lo: u32, hi: u32) -> JsResult<Option<u32>> {
    let v = super::string::get_option(cx, options, name)?;
    if v.is_undefined() {
        return Ok(None);
    }
    let n = ops::to_number(cx, v)?;
    if n.is_nan() || n < lo as f64 || n > hi as f64 {
        return Err(range_error(cx, &alloc::format!("{} value is out of range.", name)));
    }
    Ok(Some(libm::floor(n) as u32))
}

impl NumberFormat {
    /// Reads `locales` (a string or an array whose first element is used)
    /// and the `options` object.
    pub fn from_args(cx: &mut dyn Host, locales: crate::Value, options: crate::Value) -> JsResult<NumberFormat> {
        let mut tag = String::new();
        if cx.rt().is_string(locales) {
            tag = ops::to_rust_string(cx, locales)?;
        } else if cx.rt().is_array(locales) {
            let first = super::string::get_option(cx, locales, "0")?;
            if !first.is_undefined() {
                tag = ops::to_rust_string(cx, first)?;
            }
        }
        let locale = if tag.starts_with("de") {
            Locale::German
        } else if tag.starts_with("fr") {
            Locale::French
        } else if tag == "en-IN" || tag.starts_with("hi") {
            Locale::Indian
        } else {
            Locale::English
        };
        let mut f = NumberFormat {
            locale,
            style: Style::Decimal,
            currency: String::new(),
            min_int: 1,
            min_frac: 0,
            max_frac: 3,
            significant: None,
            grouping: true,
        };
        if options.is_nullish() {
            return Ok(f);
        }
        let options = ops::to_object(cx, options)?;
        let style = super::string::get_option(cx, options, "style")?;
        if !style.is_undefined() {
            f.style = match ops::to_rust_string(cx, style)?.as_str() {
                "decimal" => Style::Decimal,
                "percent" => Style::Percent,
                "currency" => Style::Currency,
                other => {
                    let msg = alloc::format!("Value {} out of range for Intl.NumberFormat options property style", other);
                    return Err(range_error(cx, &msg));
                }
            };
        }
        let currency = super::string::get_option(cx, options, "currency")?;
        if !currency.is_undefined() {
            f.currency = ops::to_rust_string(cx, currency)?.to_ascii_uppercase();
        }
        if f.style == Style::Currency && f.currency.is_empty() {
            return Err(type_error(cx, "Currency code is required with currency style."));
        }
        let (default_min, default_max) = match f.style {
            Style::Currency => (currency_digits(&f.currency), currency_digits(&f.currency)),
            Style::Percent => (0, 0),
            Style::Decimal => (0, 3),
        };
        f.min_int = digit_option(cx, options, "minimumIntegerDigits", 1, 21)?.unwrap_or(1);
        let min_frac = digit_option(cx, options, "minimumFractionDigits", 0, 100)?;
        let max_frac = digit_option(cx, options, "maximumFractionDigits", 0, 100)?;
        let min_sig = digit_option(cx, options, "minimumSignificantDigits", 1, 21)?;
        let max_sig = digit_option(cx, options, "maximumSignificantDigits", 1, 21)?;
        let grouping = super::string::get_option(cx, options, "useGrouping")?;
        if !grouping.is_undefined() {
            f.grouping = ops::to_boolean(cx.rt(), grouping);
        }
        // ES2023 SetNumberFormatDigitOptions: a lone bound moves the default
        // of the other; two explicit bounds must be ordered.
        (f.min_frac, f.max_frac) = match (min_frac, max_frac) {
            (None, None) => (default_min, default_max),
            (None, Some(max)) => (default_min.min(max), max),
            (Some(min), None) => (min, default_max.max(min)),
            (Some(min), Some(max)) => {
                if min > max {
                    return Err(range_error(cx, "maximumFractionDigits value is out of range."));
                }
                (min, max)
            }
        };
        if min_sig.is_some() || max_sig.is_some() {
            let lo = min_sig.unwrap_or(1);
            let hi = max_sig.unwrap_or(21);
            if lo > hi {
                return Err(range_error(cx, "maximumSignificantDigits value is out of range."));
            }
            f.significant = Some((lo, hi));
        }
        Ok(f)
    }

    pub fn format(&self, x: f64) -> String {
        if x.is_nan() {
            return String::from("NaN");
        }
        let negative = x.is_sign_negative();
        let body = if x.is_infinite() {
            String::from("∞")
        } else {
            let x = if self.style == Style::Percent { x.abs() * 100.0 } else { x.abs() };
            self.digits(x)
        };
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        match self.style {
            Style::Decimal => out.push_str(&body),
            Style::Percent => {
                out.push_str(&body);
                if self.locale == Locale::German || self.locale == Locale::French {
                    out.push('\u{a0}');
                }
                out.push('%');
            }
            Style::Currency => {
                let symbol = currency_symbol(&self.currency);
                if self.locale == Locale::German || self.locale == Locale::French {
                    out.push_str(&body);
                    out.push('\u{a0}');
                    out.push_str(symbol.unwrap_or(&self.currency));
                } else {
                    match symbol {
                        Some(sym) => out.push_str(sym),
                        None => {
                            out.push_str(&self.currency);
                            out.push('\u{a0}');
                        }
                    }
                    out.push_str(&body);
                }
            }
        }
        out
    }

    fn separators(&self) -> (&'static str, char) {
        match self.locale {
            Locale::English | Locale::Indian => (",", '.'),
            Locale::German => (".", ','),
            Locale::French => ("\u{202f}", ','),
        }
    }

    /// The digits of finite `x >= 0`, rounded and grouped.
    fn digits(&self, x: f64) -> String {
        let (mut digits, mut point) = if x == 0.0 { (Vec::new(), 1) } else { shortest_digits(x) };
        let (keep, min_frac) = match self.significant {
            Some((_, max_sig)) => (max_sig as i32, 0),
            None => (point + self.max_frac as i32, self.min_frac as usize),
        };
        round_half_up(&mut digits, &mut point, keep);
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let min_frac = match self.significant {
            Some((min_sig, _)) => (min_sig as i32 - point).max(0) as usize,
            None => min_frac,
        };
        let int_len = point.max(0) as usize;
        let mut int_digits: Vec<u8> = (0..int_len).map(|i| digits.get(i).copied().unwrap_or(0)).collect();
        while int_digits.len() < self.min_int as usize {
            int_digits.insert(0, 0);
        }
        let mut frac_digits: Vec<u8> = alloc::vec![0; (-point).max(0) as usize];
        if digits.len() > int_len {
            frac_digits.extend_from_slice(&digits[int_len..]);
        }
        if frac_digits.iter().all(|&d| d == 0) {
            frac_digits.clear();
        }
        while frac_digits.len() < min_frac {
            frac_digits.push(0);
        }
        let (group_sep, decimal) = self.separators();
        let mut out = String::new();
        let n = int_digits.len();
        for (i, d) in int_digits.iter().enumerate() {
            let left = n - i;
            if i > 0 && self.grouping && is_group_boundary(left, self.locale == Locale::Indian) {
                out.push_str(group_sep);
            }
            out.push((b'0' + d) as char);
        }
        if !frac_digits.is_empty() {
            out.push(decimal);
            for d in frac_digits {
                out.push((b'0' + d) as char);
            }
        }
        out
    }
}

/// A separator goes before the digit with `left` digits from it to the end
/// (inclusive): every 3 digits, or 3 then every 2 for Indian grouping.
fn is_group_boundary(left: usize, indian: bool) -> bool {
    if indian {
        left == 3 || (left > 3 && (left - 3).is_multiple_of(2))
    } else {
        left.is_multiple_of(3)
    }
}

/// Keeps `keep` leading digits, rounding half away from zero.
fn round_half_up(digits: &mut Vec<u8>, point: &mut i32, keep: i32) {
    if keep < 0 {
        digits.clear();
        return;
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return;
    }
    let up = digits[keep] >= 5;
    digits.truncate(keep);
    if up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                *point += 1;
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
}

/// The shortest round-trip decimal digits of finite `x > 0` and the position
/// of the decimal point (`x = 0.d1d2… × 10^point`).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let s = number::number_to_string(x);
    let (mantissa, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (&s[..], 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let mut point = int_len + exp;
    while digits.first() == Some(&0) {
        digits.remove(0);
        point -= 1;
    }
    (digits, point)
}

/// `x.toLocaleString()` with no arguments (node's en-US default).
pub fn locale_format(x: f64) -> String {
    let f = NumberFormat {
        locale: Locale::English,
        style: Style::Decimal,
        currency: String::new(),
        min_int: 1,
        min_frac: 0,
        max_frac: 3,
        significant: None,
        grouping: true,
    };
    f.format(x)
}

//! `String.prototype` methods that build a transformed string: case mapping
//! (full Unicode mappings, `'ß'.toUpperCase()` is `"SS"`, final sigma
//! included), trimming with JavaScript's whitespace set, repeat, padStart /
//! padEnd, normalize (validates the form; returns the string unchanged), and
//! localeCompare (see `string_collate`), and Annex B's HTML methods
//! (`anchor`, `bold`, …).

use super::natives::natives;
use super::arg;
use super::string::{check_length, code_point, new_string, this_units, to_integer};
use super::string_collate;
use crate::error::range_error;
use crate::host::{Host, JsResult};
use crate::number;
use crate::ops;
use crate::realm::Runtime;
use crate::shape::PropFlags;
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub fn install(rt: &mut Runtime, proto: Value) {
    natives!(rt, proto, "String.prototype", [
        "toUpperCase" => 0, to_upper_case;
        "toLowerCase" => 0, to_lower_case;
        "toLocaleUpperCase" => 0, to_locale_upper_case;
        "toLocaleLowerCase" => 0, to_locale_lower_case;
        "trim" => 0, trim;
        "trimStart" | "trimLeft" => 0, trim_start;
        "trimEnd" | "trimRight" => 0, trim_end;
    ]);
    // Annex B: trimLeft/trimRight are the same function objects.
    let trim_start_fn = super::own_value(rt, proto, "trimStart");
    let trim_end_fn = super::own_value(rt, proto, "trimEnd");
    let key = rt.key_from_str("trimLeft");
    rt.define_own(proto, key, trim_start_fn, PropFlags::HIDDEN);
    let key = rt.key_from_str("trimRight");
    rt.define_own(proto, key, trim_end_fn, PropFlags::HIDDEN);
    natives!(rt, proto, "String.prototype", [
        "repeat" => 1, repeat;
        "padStart" => 1, pad_start;
        "padEnd" => 1, pad_end;
        "localeCompare" => 1, locale_compare;
        "normalize" => 0, normalize;
        // Annex B HTML methods.
        "anchor" => 1, anchor;
        "big" => 0, big;
        "blink" => 0, blink;
        "bold" => 0, bold;
        "fixed" => 0, fixed;
        "fontcolor" => 1, fontcolor;
        "fontsize" => 1, fontsize;
        "italics" => 0, italics;
        "link" => 1, link;
        "small" => 0, small;
        "strike" => 0, strike;
        "sub" => 0, sub;
        "sup" => 0, sup;
    ]);
}

// ---- case mapping --------------------------------------------------------

/// Full Unicode case mapping of UTF-16 text. Well-formed runs go through
/// Rust's `str::to_uppercase`/`to_lowercase` (SpecialCasing expansions and
/// the final-sigma rule); lone surrogates are copied unchanged.
pub fn map_case(units: &[u16], upper: bool) -> Vec<u16> {
    if units.iter().all(|&u| u < 0x80) {
        return units
            .iter()
            .map(|&u| {
                let b = u as u8;
                (if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }) as u16
            })
            .collect();
    }
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let mut run = String::new();
        while i < units.len() {
            let (cp, n) = code_point(units, i);
            match char::from_u32(cp) {
                Some(c) => run.push(c),
                None => break,
            }
            i += n;
        }
        if !run.is_empty() {
            let mapped = if upper { run.to_uppercase() } else { run.to_lowercase() };
            out.extend(mapped.encode_utf16());
        }
        if i < units.len() {
            // A lone surrogate.
            out.push(units[i]);
            i += 1;
        }
    }
    out
}

fn case_method(cx: &mut dyn Host, this: Value, name: &str, upper: bool) -> JsResult<Value> {
    let s = this_units(cx, this, name)?;
    let mapped = map_case(&s, upper);
    Ok(new_string(cx, mapped))
}

fn to_upper_case(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    case_method(cx, this, "toUpperCase", true)
}

fn to_lower_case(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    case_method(cx, this, "toLowerCase", false)
}

fn to_locale_upper_case(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    case_method(cx, this, "toLocaleUpperCase", true)
}

fn to_locale_lower_case(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    case_method(cx, this, "toLocaleLowerCase", false)
}

// ---- trimming ------------------------------------------------------------

/// ECMAScript `WhiteSpace` or `LineTerminator`: TAB VT FF SP NBSP ZWNBSP,
/// the Unicode `Zs` category, LF CR LS PS.
pub fn is_js_whitespace(u: u16) -> bool {
    matches!(
        u,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// The range of `units` left after trimming whitespace at the chosen ends.
pub fn trim_range(units: &[u16], start: bool, end: bool) -> (usize, usize) {
    let mut from = 0;
    let mut to = units.len();
    if start {
        while from < to && is_js_whitespace(units[from]) {
            from += 1;
        }
    }
    if end {
        while to > from && is_js_whitespace(units[to - 1]) {
            to -= 1;
        }
    }
    (from, to)
}

fn trim_method(cx: &mut dyn Host, this: Value, name: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_units(cx, this, name)?;
    let (from, to) = trim_range(&s, start, end);
    Ok(cx.rt().heap.alloc_string(&s[from..to]))
}

fn trim(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_method(cx, this, "trim", true, true)
}

fn trim_start(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_method(cx, this, "trimStart", true, false)
}

fn trim_end(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_method(cx, this, "trimEnd", false, true)
}

// ---- repeat and padding ----------------------------------------------------

fn repeat(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_units(cx, this, "repeat")?;
    let count = ops::to_number(cx, arg(args, 0))?;
    let n = number::to_integer_or_infinity(count);
    if n < 0.0 || n == f64::INFINITY {
        let msg = format!("Invalid count value: {}", ops::number_text(count));
        return Err(range_error(cx, &msg));
    }
    if n == 0.0 || s.is_empty() {
        return Ok(new_string(cx, Vec::new()));
    }
    if n * s.len() as f64 > super::string::MAX_STRING_LENGTH as f64 {
        return Err(range_error(cx, "Invalid string length"));
    }
    let n = n as usize;
    let mut out = Vec::with_capacity(s.len() * n);
    for _ in 0..n {
        out.extend_from_slice(&s);
    }
    Ok(new_string(cx, out))
}

fn pad(cx: &mut dyn Host, this: Value, args: &[Value], name: &str, at_start: bool) -> JsResult<Value> {
    let s = this_units(cx, this, name)?;
    let max_len = to_integer(cx, arg(args, 0))?;
    if max_len <= s.len() as f64 {
        return Ok(new_string(cx, s));
    }
    let fill = arg(args, 1);
    let filler: Vec<u16> = if fill.is_undefined() { alloc::vec![b' ' as u16] } else { ops::to_units(cx, fill)? };
    if filler.is_empty() {
        return Ok(new_string(cx, s));
    }
    if max_len > super::string::MAX_STRING_LENGTH as f64 {
        return Err(range_error(cx, "Invalid string length"));
    }
    let max_len = max_len as usize;
    check_length(cx, max_len)?;
    let fill_len = max_len - s.len();
    let padding: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
    let mut out = Vec::with_capacity(max_len);
    if at_start {
        out.extend_from_slice(&padding);
        out.extend_from_slice(&s);
    } else {
        out.extend_from_slice(&s);
        out.extend_from_slice(&padding);
    }
    Ok(new_string(cx, out))
}

fn pad_start(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    pad(cx, this, args, "padStart", true)
}

fn pad_end(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    pad(cx, this, args, "padEnd", false)
}

// ---- comparison and normalization ----------------------------------------

fn locale_compare(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_units(cx, this, "localeCompare")?;
    let that = ops::to_units(cx, arg(args, 0))?;
    Ok(Value::int(string_collate::compare(&s, &that) as i32))
}

fn normalize(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_units(cx, this, "normalize")?;
    let form = arg(args, 0);
    if !form.is_undefined() {
        let f = ops::to_rust_string(cx, form)?;
        if !matches!(f.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
            return Err(range_error(cx, "The normalization form should be one of NFC, NFD, NFKC, NFKD."));
        }
    }
    // Normalization tables are out of scope: every string is returned as is
    // (exact for ASCII and for text that is already in the requested form).
    Ok(new_string(cx, s))
}

// ---- Annex B: HTML methods ---------------------------------------------------

/// `CreateHTML(this, tag, attribute, value)`: `<tag attr="value">S</tag>`
/// with `"` in the value escaped as `&quot;`.
fn create_html(cx: &mut dyn Host, this: Value, name: &str, tag: &str, attribute: Option<(&str, Value)>) -> JsResult<Value> {
    let s = this_units(cx, this, name)?;
    let mut out: Vec<u16> = Vec::with_capacity(s.len() + 2 * tag.len() + 5);
    out.push(b'<' as u16);
    out.extend(tag.encode_utf16());
    if let Some((attr, value)) = attribute {
        let v = ops::to_units(cx, value)?;
        out.push(b' ' as u16);
        out.extend(attr.encode_utf16());
        out.extend("=\"".encode_utf16());
        for u in v {
            if u == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(u);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend_from_slice(&s);
    out.extend("</".encode_utf16());
    out.extend(tag.encode_utf16());
    out.push(b'>' as u16);
    check_length(cx, out.len())?;
    Ok(new_string(cx, out))
}

macro_rules! html_methods {
    ($($fn_name:ident => ($tag:expr, $attr:expr),)*) => {
        $(fn $fn_name(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
            let attr: Option<&str> = $attr;
            create_html(cx, this, stringify!($fn_name), $tag, attr.map(|a| (a, arg(args, 0))))
        })*
    };
}

html_methods! {
    anchor => ("a", Some("name")),
    big => ("big", None),
    blink => ("blink", None),
    bold => ("b", None),
    fixed => ("tt", None),
    fontcolor => ("font", Some("color")),
    fontsize => ("font", Some("size")),
    italics => ("i", None),
    link => ("a", Some("href")),
    small => ("small", None),
    strike => ("strike", None),
    sub => ("sub", None),
    sup => ("sup", None),
}

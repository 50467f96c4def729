//! String helpers for the inspect formatter: node's `strEscape` quoting and
//! escaping, key formatting, JS (UTF-16) lengths, padding, and the visible
//! column width (`getStringWidth`) used when grouping array elements.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Length of `s` in UTF-16 code units, as JS `.length` reports it.
pub fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Converts UTF-16 to Rust text, replacing lone surrogates with U+FFFD.
pub fn lossy(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied()).map(|r| r.unwrap_or('\u{FFFD}')).collect()
}

fn contains_unit(s: &[u16], c: u8) -> bool {
    s.contains(&(c as u16))
}

fn contains_dollar_brace(s: &[u16]) -> bool {
    s.windows(2).any(|w| w[0] == b'$' as u16 && w[1] == b'{' as u16)
}

/// node's `meta` table entry for code unit `c` (< 0xA0), if it is escaped.
fn meta(c: u16) -> Option<String> {
    let s = match c {
        0x08 => "\\b",
        0x09 => "\\t",
        0x0A => "\\n",
        0x0C => "\\f",
        0x0D => "\\r",
        0x27 => "\\'",
        0x5C => "\\\\",
        0x00..=0x1F | 0x7F..=0x9F => return Some(format!("\\x{:02X}", c)),
        _ => return None,
    };
    Some(String::from(s))
}

/// Which quote character `strEscape` wraps a string in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    Single,
    Double,
    Backtick,
}

/// node's `strEscape`: picks the quotes and escapes control characters, the
/// backslash, C1 controls, lone surrogates and (with single quotes) `'`.
pub fn str_escape(s: &[u16]) -> String {
    let mut quote = Quote::Single;
    if contains_unit(s, b'\'') {
        if !contains_unit(s, b'"') {
            quote = Quote::Double;
        } else if !contains_unit(s, b'`') && !contains_dollar_brace(s) {
            quote = Quote::Backtick;
        }
    }
    let q = match quote {
        Quote::Single => '\'',
        Quote::Double => '"',
        Quote::Backtick => '`',
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    escape_into(&mut out, s, quote == Quote::Single);
    out.push(q);
    out
}

/// Appends `s` with node's escapes; `escape_single` also escapes `'`.
fn escape_into(out: &mut String, s: &[u16], escape_single: bool) {
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if (c == 0x27 && escape_single) || c == 0x5C || c < 0x20 || (0x7F..0xA0).contains(&c) {
            out.push_str(&meta(c).unwrap_or_default());
            i += 1;
        } else if (0xD800..=0xDFFF).contains(&c) {
            if c <= 0xDBFF && i + 1 < s.len() && (0xDC00..=0xDFFF).contains(&s[i + 1]) {
                let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + ((s[i + 1] as u32) - 0xDC00);
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                i += 2;
            } else {
                out.push_str(&format!("\\u{:x}", c));
                i += 1;
            }
        } else {
            out.push(char::from_u32(c as u32).unwrap_or('\u{FFFD}'));
            i += 1;
        }
    }
}

/// Escapes like node's `strEscapeSequencesReplacer` without adding quotes (used
/// for symbol descriptions and non-enumerable keys).
pub fn escape_unquoted(s: &[u16]) -> String {
    let mut out = String::new();
    escape_into(&mut out, s, true);
    out
}

/// Whether `key` matches `/^[a-zA-Z_][a-zA-Z_0-9]*$/`.
pub fn is_identifier_key(key: &[u16]) -> bool {
    let is_start = |c: u16| c < 0x80 && ((c as u8).is_ascii_alphabetic() || c == b'_' as u16);
    match key.split_first() {
        Some((&first, rest)) => {
            is_start(first) && rest.iter().all(|&c| is_start(c) || (c < 0x80 && (c as u8).is_ascii_digit()))
        }
        None => false,
    }
}

/// `String.prototype.padStart(width, ' ')` in UTF-16 units.
pub fn pad_start(s: &str, width: usize) -> String {
    let len = js_len(s);
    let mut out = String::new();
    for _ in len..width {
        out.push(' ');
    }
    out.push_str(s);
    out
}

/// `String.prototype.padEnd(width, ' ')` in UTF-16 units.
pub fn pad_end(s: &str, width: usize) -> String {
    let mut out = String::from(s);
    for _ in js_len(s)..width {
        out.push(' ');
    }
    out
}

/// node's `getStringWidth(str, false)`: ASCII counts 1 per printable char and 0
/// for C0 controls; from the first non-ASCII char on, East Asian wide and
/// full-width code points count 2 and zero-width ones 0.
pub fn string_width(s: &str) -> usize {
    let mut width = 0;
    let mut chars = s.chars();
    for c in chars.by_ref() {
        let code = c as u32;
        if code >= 127 {
            width += char_width(code);
            break;
        }
        if code >= 32 {
            width += 1;
        }
    }
    for c in chars {
        width += char_width(c as u32);
    }
    width
}

fn char_width(code: u32) -> usize {
    if is_full_width(code) {
        2
    } else if is_zero_width(code) {
        0
    } else {
        1
    }
}

fn is_zero_width(code: u32) -> bool {
    code <= 0x1F
        || (0x7F..=0x9F).contains(&code)
        || (0x300..=0x36F).contains(&code)
        || (0x200B..=0x200F).contains(&code)
        || (0x20D0..=0x20FF).contains(&code)
        || (0xFE00..=0xFE0F).contains(&code)
        || (0xFE20..=0xFE2F).contains(&code)
        || (0xE0100..=0xE01EF).contains(&code)
}

fn is_full_width(code: u32) -> bool {
    code >= 0x1100
        && (code <= 0x115F
            || code == 0x2329
            || code == 0x232A
            || ((0x2E80..=0x3247).contains(&code) && code != 0x303F)
            || (0x3250..=0x4DBF).contains(&code)
            || (0x4E00..=0xA4C6).contains(&code)
            || (0xA960..=0xA97C).contains(&code)
            || (0xAC00..=0xD7A3).contains(&code)
            || (0xF900..=0xFAFF).contains(&code)
            || (0xFE10..=0xFE19).contains(&code)
            || (0xFE30..=0xFE6B).contains(&code)
            || (0xFF01..=0xFF60).contains(&code)
            || (0xFFE0..=0xFFE6).contains(&code)
            || (0x1B000..=0x1B001).contains(&code)
            || (0x1F200..=0x1F251).contains(&code)
            || (0x1F300..=0x1F64F).contains(&code)
            || (0x20000..=0x3FFFD).contains(&code))
}

/// Splits `s` after every `\n` (node's `/(?<=\n)/` split).
pub fn split_lines_keep(s: &[u16]) -> Vec<&[u16]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, &c) in s.iter().enumerate() {
        if c == b'\n' as u16 && i + 1 < s.len() {
            parts.push(&s[start..=i]);
            start = i + 1;
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Replaces every `\n` in `s` with `\n` followed by `indent` spaces.
pub fn indent_newlines(s: &str, indent: usize) -> String {
    if indent == 0 || !s.contains('\n') {
        return String::from(s);
    }
    let mut rep = String::from("\n");
    for _ in 0..indent {
        rep.push(' ');
    }
    s.replace('\n', &rep)
}

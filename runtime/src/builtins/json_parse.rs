//! `JSON.parse(text, reviver)`: the JSON grammar over UTF-16 text, parsed
//! iteratively (no recursion, so any nesting depth parses), with V8's exact
//! SyntaxError messages and positions, then the reviver walk.
//!
//! The messages follow V8's `JsonParser` (node 20): each failure either
//! names what was expected ("Expected ',' or ']' after array element in JSON
//! at position 4") or reports the unexpected character, classified like
//! V8's one-character tokens: end of input, a string, a number, or any other
//! character, which is quoted with up to 10 characters of context.
//! Parsing never calls JavaScript, so it needs no rooting.

use super::arg;
use super::json::{self, push_str, MAX_DEPTH};
use crate::atoms;
use crate::host::{Host, JsResult};
use crate::number;
use crate::ops;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::format;
use alloc::vec::Vec;

/// `JSON.parse(text, reviver)`.
pub fn parse(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let text = ops::to_string(cx, arg(args, 0))?;
    let units = cx.rt().heap.string_units(text.as_ref());
    let mut parser = Parser { s: &units, pos: 0, buf: Vec::new() };
    let value = match parser.parse_text(cx.rt()) {
        Ok(v) => v,
        Err(e) => return Err(json::syntax_error(cx, message(&units, e))),
    };
    let reviver = arg(args, 1);
    if !cx.rt().is_callable(reviver) {
        return Ok(value);
    }
    let root = cx.rt().new_object();
    cx.rt().define_own(root, PropKey::Atom(atoms::EMPTY), value, PropFlags::DATA);
    super::array::rooted(cx, &[root], |cx| internalize(cx, root, PropKey::Atom(atoms::EMPTY), reviver, 0))
}

/// A parse failure.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Failure {
    /// The character at this position (or the end) was not expected here.
    Unexpected(usize),
    /// A specific complaint: "<text> at position <pos>".
    At(&'static str, usize),
}

const EXPECTED_PROP_OR_RBRACE: &str = "Expected property name or '}' in JSON";
const EXPECTED_QUOTED_PROP: &str = "Expected double-quoted property name in JSON";
const EXPECTED_COLON: &str = "Expected ':' after property name in JSON";
const EXPECTED_COMMA_OR_RBRACE: &str = "Expected ',' or '}' after property value in JSON";
const EXPECTED_COMMA_OR_RBRACK: &str = "Expected ',' or ']' after array element in JSON";
const UNTERMINATED_STRING: &str = "Unterminated string in JSON";
const BAD_CONTROL: &str = "Bad control character in string literal in JSON";
const BAD_UNICODE_ESCAPE: &str = "Bad Unicode escape in JSON";
const BAD_ESCAPE: &str = "Bad escaped character in JSON";
const NO_NUMBER_AFTER_MINUS: &str = "No number after minus sign in JSON";
const UNTERMINATED_FRACTION: &str = "Unterminated fractional number in JSON";
const MISSING_EXPONENT: &str = "Exponent part is missing a number in JSON";
const TRAILING: &str = "Unexpected non-whitespace character after JSON";

/// V8's context window around an unexpected character.
const CONTEXT: usize = 10;

/// The SyntaxError message for a failure in `src`.
fn message(src: &[u16], failure: Failure) -> Vec<u16> {
    let mut out = Vec::new();
    let pos = match failure {
        Failure::At(text, pos) => {
            push_str(&mut out, &format!("{} at position {}", text, pos));
            return out;
        }
        Failure::Unexpected(pos) => pos,
    };
    let Some(&c) = src.get(pos) else {
        push_str(&mut out, "Unexpected end of JSON input");
        return out;
    };
    if c == u16::from(b'"') {
        push_str(&mut out, &format!("Unexpected string in JSON at position {}", pos));
        return out;
    }
    if c == u16::from(b'-') || is_digit(c) {
        push_str(&mut out, &format!("Unexpected number in JSON at position {}", pos));
        return out;
    }
    // V8 singles out sources that are what String() gives for common mistakes.
    let special = ["[object Object]", "undefined", "Infinity", "NaN"];
    if special.iter().any(|s| s.encode_utf16().eq(src.iter().copied())) {
        push_str(&mut out, "\"");
        out.extend_from_slice(src);
        push_str(&mut out, "\" is not valid JSON");
        return out;
    }
    push_str(&mut out, "Unexpected token '");
    out.push(c);
    push_str(&mut out, "', ");
    let len = src.len();
    if len < 2 * CONTEXT + 1 {
        push_str(&mut out, "\"");
        out.extend_from_slice(src);
        push_str(&mut out, "\"");
    } else if pos < CONTEXT {
        push_str(&mut out, "\"");
        out.extend_from_slice(&src[..pos + CONTEXT]);
        push_str(&mut out, "\"...");
    } else if pos < len - CONTEXT {
        push_str(&mut out, "...\"");
        out.extend_from_slice(&src[pos - CONTEXT..pos + CONTEXT]);
        push_str(&mut out, "\"...");
    } else {
        push_str(&mut out, "...\"");
        out.extend_from_slice(&src[pos - CONTEXT..]);
        push_str(&mut out, "\"");
    }
    push_str(&mut out, " is not valid JSON");
    out
}

fn is_digit(c: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&c)
}

/// Characters V8 treats as possibly part of a number after its digits.
fn is_number_part(c: u16) -> bool {
    is_digit(c) || [b'.', b'e', b'E', b'-', b'+'].iter().any(|&b| c == u16::from(b))
}

/// An object or array whose members are being parsed.
enum Frame {
    /// The object and the key whose value is being parsed.
    Object(Value, PropKey),
    Array(Vec<Value>),
}

struct Parser<'a> {
    s: &'a [u16],
    pos: usize,
    /// Decoded contents of the last string literal that had escapes.
    buf: Vec<u16>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u16> {
        self.s.get(self.pos).copied()
    }

    fn peek_is(&self, c: u8) -> bool {
        self.peek() == Some(u16::from(c))
    }

    /// JSON whitespace is exactly space, tab, line feed and carriage return.
    fn skip_whitespace(&mut self) {
        while let Some(c) = self.peek() {
            if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
                break;
            }
            self.pos += 1;
        }
    }

    /// Skips whitespace, then consumes `c` or fails with `complaint`.
    fn expect(&mut self, c: u8, complaint: &'static str) -> Result<(), Failure> {
        self.skip_whitespace();
        if self.peek_is(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Failure::At(complaint, self.pos))
        }
    }

    /// The whole text: one value and nothing but whitespace after it.
    fn parse_text(&mut self, rt: &mut Runtime) -> Result<Value, Failure> {
        let value = self.parse_value(rt)?;
        self.skip_whitespace();
        if self.pos < self.s.len() {
            return Err(Failure::At(TRAILING, self.pos));
        }
        Ok(value)
    }

    /// One value, with an explicit stack of open objects and arrays.
    fn parse_value(&mut self, rt: &mut Runtime) -> Result<Value, Failure> {
        let mut stack: Vec<Frame> = Vec::new();
        'produce: loop {
            self.skip_whitespace();
            let mut value = match self.peek().map(|c| c as u32) {
                Some(0x22) => {
                    self.pos += 1;
                    self.string_value(rt)?
                }
                Some(c) if c == 0x2D || (0x30..=0x39).contains(&c) => self.scan_number()?,
                Some(0x7B) => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek_is(b'}') {
                        self.pos += 1;
                        rt.new_object()
                    } else {
                        let key = self.scan_key(rt, EXPECTED_PROP_OR_RBRACE)?;
                        let object = rt.new_object();
                        stack.push(Frame::Object(object, key));
                        continue 'produce;
                    }
                }
                Some(0x5B) => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek_is(b']') {
                        self.pos += 1;
                        rt.new_array(Vec::new())
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        continue 'produce;
                    }
                }
                Some(0x74) => self.scan_literal("true", Value::TRUE)?,
                Some(0x66) => self.scan_literal("false", Value::FALSE)?,
                Some(0x6E) => self.scan_literal("null", Value::NULL)?,
                _ => return Err(Failure::Unexpected(self.pos)),
            };
            // Store the value in its container; close containers that end here.
            loop {
                match stack.last_mut() {
                    None => return Ok(value),
                    Some(Frame::Object(object, key)) => {
                        // A repeated key keeps its first position and its last value.
                        rt.define_own(*object, *key, value, PropFlags::DATA);
                        self.skip_whitespace();
                        if self.peek_is(b',') {
                            self.pos += 1;
                            self.skip_whitespace();
                            *key = self.scan_key(rt, EXPECTED_QUOTED_PROP)?;
                            continue 'produce;
                        }
                        self.expect(b'}', EXPECTED_COMMA_OR_RBRACE)?;
                        value = *object;
                        stack.pop();
                    }
                    Some(Frame::Array(items)) => {
                        items.push(value);
                        self.skip_whitespace();
                        if self.peek_is(b',') {
                            self.pos += 1;
                            continue 'produce;
                        }
                        self.expect(b']', EXPECTED_COMMA_OR_RBRACK)?;
                        let items = core::mem::take(items);
                        stack.pop();
                        value = rt.new_array(items);
                    }
                }
            }
        }
    }

    /// A property name (at the current position, which must be a `"`) and
    /// the `:` after it. `__proto__` is an ordinary key here. Like V8, only
    /// an object's first key has a specific complaint for a missing colon;
    /// later ones report the unexpected character.
    fn scan_key(&mut self, rt: &mut Runtime, complaint: &'static str) -> Result<PropKey, Failure> {
        if !self.peek_is(b'"') {
            return Err(Failure::At(complaint, self.pos));
        }
        self.pos += 1;
        let key = match self.scan_string()? {
            Some((start, end)) => rt.key_from_units(&self.s[start..end]),
            None => rt.key_from_units(&self.buf),
        };
        if complaint == EXPECTED_PROP_OR_RBRACE {
            self.expect(b':', EXPECTED_COLON)?;
        } else {
            self.skip_whitespace();
            if !self.peek_is(b':') {
                return Err(Failure::Unexpected(self.pos));
            }
            self.pos += 1;
        }
        Ok(key)
    }

    /// The rest of a string literal whose opening quote was consumed, as a
    /// heap string.
    fn string_value(&mut self, rt: &mut Runtime) -> Result<Value, Failure> {
        Ok(match self.scan_string()? {
            Some((start, end)) => rt.heap.alloc_string(&self.s[start..end]),
            None => rt.heap.alloc_string(&self.buf),
        })
    }

    /// Scans the rest of a string literal. Without escapes the contents
    /// are a slice of the source: returns its range. Otherwise they are
    /// decoded into `self.buf` and None is returned.
    fn scan_string(&mut self) -> Result<Option<(usize, usize)>, Failure> {
        let first = self.pos;
        let mut escaped = false;
        loop {
            let start = self.pos;
            while let Some(c) = self.peek() {
                if c == 0x22 || c == 0x5C || c < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            if escaped {
                self.buf.extend_from_slice(&self.s[start..self.pos]);
            }
            let Some(c) = self.peek() else {
                return Err(Failure::At(UNTERMINATED_STRING, self.pos));
            };
            if c == 0x22 {
                self.pos += 1;
                return Ok(if escaped { None } else { Some((first, self.pos - 1)) });
            }
            if c < 0x20 {
                return Err(Failure::At(BAD_CONTROL, self.pos));
            }
            if !escaped {
                escaped = true;
                self.buf.clear();
                self.buf.extend_from_slice(&self.s[first..self.pos]);
            }
            // A backslash: the escaped character decides.
            self.pos += 1;
            let Some(e) = self.peek() else { return Err(Failure::Unexpected(self.pos)) };
            if e > 0xFF {
                return Err(Failure::Unexpected(self.pos));
            }
            let unit = match e as u8 {
                b'"' | b'\\' | b'/' => e,
                b'b' => 0x08,
                b'f' => 0x0C,
                b'n' => 0x0A,
                b'r' => 0x0D,
                b't' => 0x09,
                b'u' => {
                    let mut v: u16 = 0;
                    for _ in 0..4 {
                        self.pos += 1;
                        let digit = self.peek().and_then(|d| char::from_u32(d as u32)).and_then(|d| d.to_digit(16));
                        let Some(digit) = digit else { return Err(Failure::At(BAD_UNICODE_ESCAPE, self.pos)) };
                        v = v * 16 + digit as u16;
                    }
                    v
                }
                _ => return Err(Failure::At(BAD_ESCAPE, self.pos)),
            };
            self.buf.push(unit);
            self.pos += 1;
        }
    }

    /// `true`/`false`/`null`, whose first letter was seen.
    fn scan_literal(&mut self, word: &str, value: Value) -> Result<Value, Failure> {
        let word = word.as_bytes();
        for &b in word {
            if !self.peek_is(b) {
                return Err(Failure::Unexpected(self.pos));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn skip_digits(&mut self) {
        while self.peek().is_some_and(is_digit) {
            self.pos += 1;
        }
    }

    /// A number literal, checked the way V8 checks it (so the failures
    /// have its messages and positions), converted by StringToNumber.
    fn scan_number(&mut self) -> Result<Value, Failure> {
        let start = self.pos;
        let negative = self.peek_is(b'-');
        if negative {
            self.pos += 1;
        }
        if self.peek_is(b'0') {
            self.pos += 1;
            match self.peek() {
                Some(c) if is_digit(c) => return Err(Failure::Unexpected(self.pos)),
                Some(c) if is_number_part(c) => {}
                _ if !negative => return Ok(Value::int(0)),
                _ => {}
            }
        } else {
            let digits_start = self.pos;
            self.skip_digits();
            if self.pos == digits_start {
                return Err(Failure::At(NO_NUMBER_AFTER_MINUS, self.pos));
            }
            let small = self.pos - digits_start <= 9;
            if small && !self.peek().is_some_and(is_number_part) {
                let mut n: i32 = 0;
                for &d in &self.s[digits_start..self.pos] {
                    n = n * 10 + (d - 0x30) as i32;
                }
                return Ok(Value::int(if negative { -n } else { n }));
            }
        }
        if self.peek_is(b'.') {
            self.pos += 1;
            if !self.peek().is_some_and(is_digit) {
                return Err(Failure::At(UNTERMINATED_FRACTION, self.pos));
            }
            self.skip_digits();
        }
        if self.peek_is(b'e') || self.peek_is(b'E') {
            self.pos += 1;
            if self.peek_is(b'+') || self.peek_is(b'-') {
                self.pos += 1;
            }
            if !self.peek().is_some_and(is_digit) {
                return Err(Failure::At(MISSING_EXPONENT, self.pos));
            }
            self.skip_digits();
        }
        Ok(Value::number(number::string_to_number(&self.s[start..self.pos])))
    }
}

/// InternalizeJSONProperty: revives `holder[key]`'s members depth-first
/// (post-order), then calls `reviver` with `holder` as `this`. Members the
/// reviver maps to undefined are deleted. `holder` is rooted by the caller.
fn internalize(cx: &mut dyn Host, holder: Value, key: PropKey, reviver: Value, depth: usize) -> JsResult<Value> {
    if depth > MAX_DEPTH {
        return Err(json::too_deep(cx));
    }
    let val = ops::get(cx, holder, key)?;
    if cx.rt().is_object(val) {
        super::array::rooted(cx, &[val], |cx| {
            if cx.rt().is_array(val) {
                let len = ops::length_of(cx, val)?;
                for i in 0..len {
                    let k = ops::index_key(cx.rt(), i);
                    revive_member(cx, val, k, reviver, depth)?;
                }
            } else {
                for k in cx.rt().own_keys(val, true) {
                    revive_member(cx, val, k, reviver, depth)?;
                }
            }
            Ok(())
        })?;
    }
    let name = cx.rt().key_to_value(key);
    cx.call(reviver, holder, &[name, val])
}

fn revive_member(cx: &mut dyn Host, val: Value, k: PropKey, reviver: Value, depth: usize) -> JsResult<()> {
    let revived = internalize(cx, val, k, reviver, depth + 1)?;
    if revived.is_undefined() {
        ops::delete_property(cx, val, k, false)?;
        return Ok(());
    }
    // CreateDataProperty: quietly does nothing on a non-configurable property.
    let rt = cx.rt();
    if let OwnProp::Slot(_, flags) = rt.get_own(val, k) {
        if !flags.configurable() {
            return Ok(());
        }
    }
    rt.define_own(val, k, revived, PropFlags::DATA);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(text: &str) -> alloc::string::String {
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut rt = Runtime::new(alloc::boxed::Box::new(crate::host::BufferOutput::default()));
        let mut p = Parser { s: &units, pos: 0, buf: Vec::new() };
        match p.parse_text(&mut rt) {
            Ok(_) => alloc::string::String::from("ok"),
            Err(e) => alloc::string::String::from_utf16_lossy(&message(&units, e)),
        }
    }

    #[test]
    fn messages() {
        assert_eq!(fails("nulx"), "Unexpected token 'x', \"nulx\" is not valid JSON");
        assert_eq!(fails("tru"), "Unexpected end of JSON input");
        assert_eq!(fails("01"), "Unexpected number in JSON at position 1");
        assert_eq!(fails("-0"), "ok");
    }
}

//! The `String` constructor, its statics (`fromCharCode`, `fromCodePoint`,
//! `raw`) and the character-access part of `String.prototype` (charAt, at,
//! slice, substring, …), plus the helpers every string method shares:
//! `this` coercion, `thisStringValue`, integer arguments, code points.
//! Searching/splitting/replacing lives in `string_search`, case mapping,
//! trimming, padding and comparison in `string_transform`.

use super::arg;
use super::natives::natives;
use crate::atoms;
use crate::error::{range_error, type_error};
use crate::host::{Host, JsResult};
use crate::number;
use crate::object::Class;
use crate::ops;
use crate::realm::Runtime;
use crate::value::Value;
use alloc::format;
use alloc::vec::Vec;

/// V8's maximum string length (`String::kMaxLength` on 64-bit hosts).
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.string_proto;
    let ctor = super::define_constructor(rt, "String", 1, string_ctor, proto);
    natives!(rt, ctor, "String", [
        "fromCharCode" => 1, from_char_code;
        "fromCodePoint" => 1, from_code_point;
        "raw" => 1, raw;
    ]);

    rt.define_native(proto, "toString", 0, to_string);
    rt.define_native(proto, "valueOf", 0, value_of);
    natives!(rt, proto, "String.prototype", [
        "charAt" => 1, char_at;
        "charCodeAt" => 1, char_code_at;
        "codePointAt" => 1, code_point_at;
        "at" => 1, at;
        "slice" => 2, slice;
        "substring" => 2, substring;
        "substr" => 2, substr;
        "concat" => 1, concat;
        "isWellFormed" => 0, is_well_formed;
        "toWellFormed" => 0, to_well_formed;
    ]);
    super::string_search::install(rt, proto);
    super::string_transform::install(rt, proto);
}

// ---- shared helpers ------------------------------------------------------

/// `thisStringValue(this)`: a string primitive or the string inside a
/// `String` wrapper; anything else is a TypeError naming `method`.
pub fn this_string_value(cx: &mut dyn Host, this: Value, method: &str) -> JsResult<Value> {
    let rt = cx.rt();
    if rt.is_string(this) {
        return Ok(this);
    }
    if let Some(Class::BoxedString(s)) = rt.obj(this).map(|o| &o.class) {
        return Ok(*s);
    }
    Err(type_error(cx, &format!("String.prototype.{} requires that 'this' be a String", method)))
}

/// `RequireObjectCoercible(this)` then `ToString`, as code units (a copy, so
/// later calls into JavaScript cannot invalidate it).
pub fn this_units(cx: &mut dyn Host, this: Value, method: &str) -> JsResult<Vec<u16>> {
    if this.is_nullish() {
        return Err(type_error(cx, &format!("String.prototype.{} called on null or undefined", method)));
    }
    ops::to_units(cx, this)
}

pub use crate::ops::to_integer;

/// A relative index (`slice`, `at`, `substr` start) resolved against `len`:
/// negative counts from the end, the result is clamped to `0..=len`.
pub fn relative_index(rel: f64, len: usize) -> usize {
    number::clamp_relative(rel, len as u64) as usize
}

/// Clamps an integer (possibly infinite) to `0..=len`.
pub fn clamp_index(v: f64, len: usize) -> usize {
    if v <= 0.0 {
        0
    } else if v >= len as f64 {
        len
    } else {
        v as usize
    }
}

/// A new heap string from owned code units.
pub fn new_string(cx: &mut dyn Host, units: Vec<u16>) -> Value {
    cx.rt().heap.alloc_string_owned(units)
}

/// A new heap string from a slice of code units.
pub fn new_string_from(cx: &mut dyn Host, units: &[u16]) -> Value {
    cx.rt().heap.alloc_string(units)
}

pub fn is_lead_surrogate(u: u16) -> bool {
    (0xD800..=0xDBFF).contains(&u)
}

pub fn is_trail_surrogate(u: u16) -> bool {
    (0xDC00..=0xDFFF).contains(&u)
}

/// The code point starting at `i` and how many units it spans (a lone
/// surrogate is its own code point, as `CodePointAt` specifies).
pub fn code_point(units: &[u16], i: usize) -> (u32, usize) {
    let u = units[i];
    if is_lead_surrogate(u) && i + 1 < units.len() && is_trail_surrogate(units[i + 1]) {
        let cp = 0x10000 + (((u as u32) - 0xD800) << 10) + ((units[i + 1] as u32) - 0xDC00);
        return (cp, 2);
    }
    (u as u32, 1)
}

/// Appends the UTF-16 encoding of code point `cp` (<= 0x10FFFF).
pub fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        out.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        out.push(0xD800 + (c >> 10) as u16);
        out.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

/// A RangeError "Invalid string length" when a result would exceed V8's limit.
pub fn check_length(cx: &mut dyn Host, len: usize) -> JsResult<()> {
    if len > MAX_STRING_LENGTH {
        return Err(range_error(cx, "Invalid string length"));
    }
    Ok(())
}

// ---- the constructor and statics ------------------------------------------

fn string_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let s = if args.is_empty() { cx.rt().atom_string(atoms::EMPTY) } else { ops::to_string(cx, args[0])? };
    if new_target.is_undefined() {
        return Ok(s);
    }
    let mark = cx.rt().roots.len();
    cx.rt().roots.push(s);
    let fallback = cx.rt().intrinsics.string_proto;
    let proto = super::boolean::wrapper_proto(cx, new_target, fallback);
    cx.rt().roots.truncate(mark);
    let proto = proto?;
    Ok(cx.rt().alloc_object(Class::BoxedString(s), proto))
}

fn from_char_code(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        let n = ops::to_number(cx, a)?;
        units.push(number::to_uint16(n));
    }
    Ok(new_string(cx, units))
}

fn from_code_point(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        let n = ops::to_number(cx, a)?;
        if number::to_integer_or_infinity(n) != n || !(0.0..=1114111.0).contains(&n) {
            let msg = format!("Invalid code point {}", ops::number_text(n));
            return Err(range_error(cx, &msg));
        }
        push_code_point(&mut units, n as u32);
    }
    Ok(new_string(cx, units))
}

/// `String.raw(template, ...substitutions)`: interleaves `template.raw[i]`
/// with the substitutions.
fn raw(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cooked = ops::to_object(cx, arg(args, 0))?;
    let mark = cx.rt().roots.len();
    cx.rt().roots.push(cooked);
    let result = raw_inner(cx, cooked, args);
    cx.rt().roots.truncate(mark);
    let units = result?;
    Ok(new_string(cx, units))
}

fn raw_inner(cx: &mut dyn Host, cooked: Value, args: &[Value]) -> JsResult<Vec<u16>> {
    let raw_key = cx.rt().key_from_str("raw");
    let raw = ops::get(cx, cooked, raw_key)?;
    let raw = ops::to_object(cx, raw)?;
    cx.rt().roots.push(raw);
    let len = ops::length_of(cx, raw)?;
    let mut out = Vec::new();
    for i in 0..len {
        let key = ops::index_key(cx.rt(), i);
        let seg = ops::get(cx, raw, key)?;
        out.extend(ops::to_units(cx, seg)?);
        if i + 1 == len {
            break;
        }
        if let Some(&sub) = args.get(i as usize + 1) {
            out.extend(ops::to_units(cx, sub)?);
        }
        check_length(cx, out.len())?;
    }
    Ok(out)
}

// ---- String.prototype: identity and character access ----------------------

fn to_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_string_value(cx, this, "toString")
}

fn value_of(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_string_value(cx, this, "valueOf")
}

/// Runs `f` with `ToString(this)` as a heap string, kept rooted while `f`
/// coerces the other arguments (which may run JavaScript). Reading the
/// string in place avoids copying it, so `s.charCodeAt(i)` in a loop stays
/// O(1) per call.
pub fn with_this_string(
    cx: &mut dyn Host,
    this: Value,
    method: &str,
    f: impl FnOnce(&mut dyn Host, Value, usize) -> JsResult<Value>,
) -> JsResult<Value> {
    let s = if cx.rt().is_string(this) {
        this
    } else if this.is_nullish() {
        return Err(type_error(cx, &format!("String.prototype.{} called on null or undefined", method)));
    } else {
        ops::to_string(cx, this)?
    };
    let len = cx.rt().heap.string_len(s.as_ref());
    let mark = cx.rt().roots.len();
    cx.rt().roots.push(s);
    let result = f(cx, s, len);
    cx.rt().roots.truncate(mark);
    result
}

/// A new string from `s[from..to]` (code units).
pub fn substring_value(cx: &mut dyn Host, s: Value, from: usize, to: usize) -> Value {
    let rt = cx.rt();
    if from >= to {
        return rt.atom_string(atoms::EMPTY);
    }
    let piece: Vec<u16> = rt.heap.flat(s.as_ref())[from..to].to_vec();
    rt.heap.alloc_string_owned(piece)
}

fn char_at(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "charAt", |cx, s, len| {
        let pos = to_integer(cx, arg(args, 0))?;
        if pos < 0.0 || pos >= len as f64 {
            return Ok(cx.rt().atom_string(atoms::EMPTY));
        }
        Ok(substring_value(cx, s, pos as usize, pos as usize + 1))
    })
}

fn char_code_at(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    // The common case, without conversions or rooting: a string receiver
    // and an int32 position (a negative one wraps out of range: NaN).
    let pos = arg(args, 0);
    let rt = cx.rt();
    if pos.is_int() && rt.is_string(this) {
        let unit = rt.heap.flat(this.as_ref()).get(pos.as_int() as usize).copied();
        return Ok(unit.map_or(Value::double(f64::NAN), |u| Value::int(u as i32)));
    }
    with_this_string(cx, this, "charCodeAt", |cx, s, len| {
        let pos = to_integer(cx, arg(args, 0))?;
        if pos < 0.0 || pos >= len as f64 {
            return Ok(Value::double(f64::NAN));
        }
        Ok(Value::int(cx.rt().heap.flat(s.as_ref())[pos as usize] as i32))
    })
}

fn code_point_at(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "codePointAt", |cx, s, len| {
        let pos = to_integer(cx, arg(args, 0))?;
        if pos < 0.0 || pos >= len as f64 {
            return Ok(Value::UNDEFINED);
        }
        Ok(Value::int(code_point(cx.rt().heap.flat(s.as_ref()), pos as usize).0 as i32))
    })
}

fn at(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "at", |cx, s, len| {
        let rel = to_integer(cx, arg(args, 0))?;
        let k = if rel >= 0.0 { rel } else { len as f64 + rel };
        if k < 0.0 || k >= len as f64 {
            return Ok(Value::UNDEFINED);
        }
        Ok(substring_value(cx, s, k as usize, k as usize + 1))
    })
}

fn slice(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "slice", |cx, s, len| {
        let from = relative_index(to_integer(cx, arg(args, 0))?, len);
        let end = arg(args, 1);
        let to = if end.is_undefined() { len } else { relative_index(to_integer(cx, end)?, len) };
        Ok(substring_value(cx, s, from, to))
    })
}

fn substring(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "substring", |cx, s, len| {
        let start = clamp_index(to_integer(cx, arg(args, 0))?, len);
        let end = arg(args, 1);
        let end = if end.is_undefined() { len } else { clamp_index(to_integer(cx, end)?, len) };
        let (from, to) = if start <= end { (start, end) } else { (end, start) };
        Ok(substring_value(cx, s, from, to))
    })
}

fn substr(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "substr", |cx, s, size| {
        let start = relative_index(to_integer(cx, arg(args, 0))?, size);
        let length = arg(args, 1);
        let length = if length.is_undefined() { size as f64 } else { to_integer(cx, length)? };
        let end = (start as f64 + length).min(size as f64);
        if end <= start as f64 {
            return Ok(cx.rt().atom_string(atoms::EMPTY));
        }
        Ok(substring_value(cx, s, start, end as usize))
    })
}

fn concat(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut s = this_units(cx, this, "concat")?;
    for &a in args {
        let more = ops::to_units(cx, a)?;
        s.extend_from_slice(&more);
        check_length(cx, s.len())?;
    }
    Ok(new_string(cx, s))
}

fn is_well_formed(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_units(cx, this, "isWellFormed")?;
    let mut i = 0;
    while i < s.len() {
        let (cp, n) = code_point(&s, i);
        if (0xD800..=0xDFFF).contains(&cp) {
            return Ok(Value::FALSE);
        }
        i += n;
    }
    Ok(Value::TRUE)
}

fn to_well_formed(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_units(cx, this, "toWellFormed")?;
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (cp, n) = code_point(&s, i);
        if (0xD800..=0xDFFF).contains(&cp) {
            out.push(0xFFFD);
        } else {
            out.extend_from_slice(&s[i..i + n]);
        }
        i += n;
    }
    Ok(new_string(cx, out))
}

/// `options[name]` for an options object (a plain `ops::get` by name).
pub fn get_option(cx: &mut dyn Host, options: Value, name: &str) -> JsResult<Value> {
    let key = cx.rt().key_from_str(name);
    ops::get(cx, options, key)
}

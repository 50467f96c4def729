//! `String.prototype` methods that search for a substring: indexOf,
//! lastIndexOf, includes, startsWith, endsWith, split, and replace /
//! replaceAll with string patterns (replacement patterns `$$ $& $\` $'`, or a
//! replacer function). RegExp arguments are not supported yet (Level 2).

use super::arg;
use super::natives::natives;
use super::string::{check_length, clamp_index, new_string, this_units, to_integer, with_this_string};
use crate::host::{Host, JsResult};
use crate::number;
use crate::ops;
use crate::realm::Runtime;
use crate::value::Value;
use alloc::vec::Vec;

pub fn install(rt: &mut Runtime, proto: Value) {
    natives!(rt, proto, "String.prototype", [
        "indexOf" => 1, index_of;
        "lastIndexOf" => 1, last_index_of;
        "includes" => 1, includes;
        "startsWith" => 1, starts_with;
        "endsWith" => 1, ends_with;
        "split" => 2, split;
        "replace" => 2, replace;
        "replaceAll" => 2, replace_all;
    ]);
}

/// `StringIndexOf(hay, needle, from)`: the first index >= `from` where
/// `needle` occurs (an empty needle matches at `from` when `from <= len`).
pub fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = from;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&u| u == first) {
            None => return None,
            Some(off) => i += off,
        }
        if hay[i..i + needle.len()] == *needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index <= `from` where `needle` occurs.
pub fn rfind(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut i = from.min(hay.len() - needle.len());
    loop {
        if hay[i..i + needle.len()] == *needle {
            return Some(i);
        }
        if i == 0 {
            return None;
        }
        i -= 1;
    }
}

fn index_of(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "indexOf", |cx, s, len| {
        let search = ops::to_units(cx, arg(args, 0))?;
        let start = clamp_index(to_integer(cx, arg(args, 1))?, len);
        let hay = cx.rt().heap.flat(s.as_ref());
        Ok(Value::int(find(hay, &search, start).map_or(-1, |i| i as i32)))
    })
}

fn last_index_of(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "lastIndexOf", |cx, s, len| {
        let search = ops::to_units(cx, arg(args, 0))?;
        let num_pos = ops::to_number(cx, arg(args, 1))?;
        let pos = if num_pos.is_nan() { f64::INFINITY } else { number::to_integer_or_infinity(num_pos) };
        let start = clamp_index(pos, len);
        let hay = cx.rt().heap.flat(s.as_ref());
        Ok(Value::int(rfind(hay, &search, start).map_or(-1, |i| i as i32)))
    })
}

fn includes(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "includes", |cx, s, len| {
        let search = ops::to_units(cx, arg(args, 0))?;
        let start = clamp_index(to_integer(cx, arg(args, 1))?, len);
        let hay = cx.rt().heap.flat(s.as_ref());
        Ok(Value::bool(find(hay, &search, start).is_some()))
    })
}

fn starts_with(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "startsWith", |cx, s, len| {
        let search = ops::to_units(cx, arg(args, 0))?;
        let start = clamp_index(to_integer(cx, arg(args, 1))?, len);
        let hay = cx.rt().heap.flat(s.as_ref());
        Ok(Value::bool(hay[start..].starts_with(&search)))
    })
}

fn ends_with(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    with_this_string(cx, this, "endsWith", |cx, s, len| {
        let search = ops::to_units(cx, arg(args, 0))?;
        let end_pos = arg(args, 1);
        let end = if end_pos.is_undefined() { len } else { clamp_index(to_integer(cx, end_pos)?, len) };
        let hay = cx.rt().heap.flat(s.as_ref());
        Ok(Value::bool(hay[..end].ends_with(&search)))
    })
}

fn split(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_units(cx, this, "split")?;
    let limit = arg(args, 1);
    let lim = if limit.is_undefined() { u32::MAX } else { number::to_uint32(ops::to_number(cx, limit)?) } as usize;
    let separator = arg(args, 0);
    let sep = ops::to_units(cx, separator)?;
    if lim == 0 {
        return Ok(cx.rt().new_array(Vec::new()));
    }
    if separator.is_undefined() {
        let whole = new_string(cx, s);
        return Ok(cx.rt().new_array(alloc::vec![whole]));
    }
    let rt = cx.rt();
    if sep.is_empty() {
        let parts: Vec<Value> = s.iter().take(lim).map(|&u| rt.heap.alloc_string(&[u])).collect();
        return Ok(rt.new_array(parts));
    }
    if s.is_empty() {
        let whole = rt.heap.alloc_string(&[]);
        return Ok(rt.new_array(alloc::vec![whole]));
    }
    let mut parts: Vec<Value> = Vec::new();
    let mut p = 0;
    while let Some(q) = find(&s, &sep, p) {
        parts.push(rt.heap.alloc_string(&s[p..q]));
        if parts.len() == lim {
            return Ok(rt.new_array(parts));
        }
        p = q + sep.len();
    }
    parts.push(rt.heap.alloc_string(&s[p..]));
    Ok(rt.new_array(parts))
}

/// `GetSubstitution` for a string match (no capture groups): expands `$$`,
/// `$&`, `` $` `` and `$'` in `template`; any other `$` is literal.
pub fn substitute(out: &mut Vec<u16>, template: &[u16], matched: &[u16], s: &[u16], position: usize) {
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c == b'$' as u16 && i + 1 < template.len() {
            match template[i + 1] {
                0x24 => out.push(b'$' as u16),
                0x26 => out.extend_from_slice(matched),
                0x60 => out.extend_from_slice(&s[..position]),
                0x27 => {
                    let tail = (position + matched.len()).min(s.len());
                    out.extend_from_slice(&s[tail..]);
                }
                _ => {
                    out.push(c);
                    i += 1;
                    continue;
                }
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// How a replace call computes each replacement.
enum Replacer {
    Template(Vec<u16>),
    /// A callable; `whole` and `search` are the string values passed to it.
    Function { f: Value, whole: Value, search: Value },
}

/// Appends the replacement for a match of `search` at `position`.
fn push_replacement(cx: &mut dyn Host, out: &mut Vec<u16>, replacer: &Replacer, s: &[u16], search: &[u16], position: usize) -> JsResult<()> {
    match replacer {
        Replacer::Template(t) => substitute(out, t, search, s, position),
        Replacer::Function { f, whole, search: search_value } => {
            let r = cx.call(*f, Value::UNDEFINED, &[*search_value, Value::int(position as i32), *whole])?;
            out.extend(ops::to_units(cx, r)?);
        }
    }
    check_length(cx, out.len())
}

/// The shared body of replace (`all == false`) and replaceAll.
fn replace_impl(cx: &mut dyn Host, this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let name = if all { "replaceAll" } else { "replace" };
    let s = this_units(cx, this, name)?;
    let search = ops::to_units(cx, arg(args, 0))?;
    let replace_value = arg(args, 1);
    let functional = cx.rt().is_callable(replace_value);
    let mark = cx.rt().roots.len();
    let replacer = if functional {
        let rt = cx.rt();
        let whole = rt.heap.alloc_string(&s);
        let search_value = rt.heap.alloc_string(&search);
        rt.roots.extend_from_slice(&[whole, search_value]);
        Replacer::Function { f: replace_value, whole, search: search_value }
    } else {
        Replacer::Template(ops::to_units(cx, replace_value)?)
    };
    let result = replace_positions(cx, &s, &search, &replacer, all);
    cx.rt().roots.truncate(mark);
    Ok(new_string(cx, result?))
}

fn replace_positions(cx: &mut dyn Host, s: &[u16], search: &[u16], replacer: &Replacer, all: bool) -> JsResult<Vec<u16>> {
    let mut positions = Vec::new();
    let advance = search.len().max(1);
    let mut next = find(s, search, 0);
    while let Some(p) = next {
        positions.push(p);
        if !all {
            break;
        }
        next = find(s, search, p + advance);
    }
    let mut out = Vec::with_capacity(s.len());
    let mut end_of_last = 0;
    for p in positions {
        out.extend_from_slice(&s[end_of_last.min(p)..p]);
        push_replacement(cx, &mut out, replacer, s, search, p)?;
        end_of_last = p + search.len();
    }
    if end_of_last < s.len() {
        out.extend_from_slice(&s[end_of_last..]);
    }
    Ok(out)
}

fn replace(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    replace_impl(cx, this, args, false)
}

fn replace_all(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    replace_impl(cx, this, args, true)
}

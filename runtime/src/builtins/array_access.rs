//! The `Array.prototype` methods that read an array without changing it:
//! at, slice, concat, indexOf, lastIndexOf, includes, join, toString,
//! toLocaleString, flat, flatMap, and the keys/values/entries iterators.

use super::arg;
use super::array::{
    create_data_property, get_index, has_index, is_fast_array, next_present, prev_present, relative_index, rooted, species_constructor, species_create,
    set_length, this_object, to_integer,
};
use crate::error::{range_error, type_error};
use crate::host::{Host, JsResult};
use crate::object::{Class, IterKind};
use crate::ops;
use crate::shape::PropKey;
use crate::value::Value;
use alloc::vec::Vec;

pub fn at(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "at")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let rel = to_integer(cx, arg(args, 0))?;
        let k = if rel >= 0.0 { rel } else { len as f64 + rel };
        if k < 0.0 || k >= len as f64 {
            return Ok(Value::UNDEFINED);
        }
        get_index(cx, o, k as u64)
    })
}

/// A copy of `elements[from..to]` when `o` is a fast array (holes kept).
fn fast_range(cx: &mut dyn Host, o: Value, from: u64, to: u64) -> Option<Vec<Value>> {
    let rt = cx.rt();
    if !is_fast_array(rt, o) {
        return None;
    }
    match rt.obj(o).map(|x| &x.class) {
        Some(Class::Array(elements)) if to as usize <= elements.len() => Some(elements[from as usize..to as usize].to_vec()),
        _ => None,
    }
}

pub fn slice(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "slice")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let k = relative_index(cx, arg(args, 0), len, 0)?;
        let end = relative_index(cx, arg(args, 1), len, len)?;
        let count = end.saturating_sub(k);
        let species = species_constructor(cx, o)?;
        if species.is_none() {
            if let Some(elements) = fast_range(cx, o, k, k + count) {
                return Ok(cx.rt().new_array(elements));
            }
        }
        let a = species_create(cx, species, count)?;
        cx.rt().roots.push(a);
        for (n, i) in (k..end).enumerate() {
            if has_index(cx, o, i)? {
                let v = get_index(cx, o, i)?;
                create_data_property(cx, a, n as u64, v)?;
            }
        }
        set_length(cx, a, count)?;
        Ok(a)
    })
}

pub fn concat(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "concat")?;
    rooted(cx, &[o], |cx| {
        let species = species_constructor(cx, o)?;
        let a = species_create(cx, species, 0)?;
        cx.rt().roots.push(a);
        let mut n: u64 = 0;
        for e in core::iter::once(o).chain(args.iter().copied()) {
            if !cx.rt().is_array(e) {
                create_data_property(cx, a, n, e)?;
                n += 1;
                continue;
            }
            let len = ops::length_of(cx, e)?;
            if let Some(elements) = fast_range(cx, e, 0, len) {
                if let Some(Class::Array(out)) = cx.rt().obj_mut(a).map(|x| &mut x.class) {
                    if out.len() as u64 == n {
                        out.extend_from_slice(&elements);
                        n += len;
                        continue;
                    }
                }
            }
            for k in 0..len {
                if has_index(cx, e, k)? {
                    let v = get_index(cx, e, k)?;
                    create_data_property(cx, a, n, v)?;
                }
                n += 1;
            }
        }
        set_length(cx, a, n)?;
        Ok(a)
    })
}

/// The start index of indexOf/includes: `fromIndex` relative to the end when
/// negative. None when the search cannot find anything (an empty array is
/// answered before `fromIndex` is converted, as the spec orders it).
fn forward_start(cx: &mut dyn Host, v: Value, len: u64) -> JsResult<Option<u64>> {
    if len == 0 {
        return Ok(None);
    }
    let n = if v.is_undefined() { 0.0 } else { to_integer(cx, v)? };
    if n >= len as f64 {
        return Ok(None);
    }
    Ok(Some(if n >= 0.0 { n as u64 } else { (len as f64 + n).max(0.0) as u64 }))
}

pub fn index_of(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "indexOf")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let target = arg(args, 0);
        let Some(start) = forward_start(cx, arg(args, 1), len)? else { return Ok(Value::int(-1)) };
        let mut next = start;
        while next < len {
            let k = next_present(cx, o, next, len);
            if k >= len {
                break;
            }
            next = k + 1;
            if has_index(cx, o, k)? {
                let v = get_index(cx, o, k)?;
                if ops::strict_equals(cx.rt(), v, target) {
                    return Ok(Value::number(k as f64));
                }
            }
        }
        Ok(Value::int(-1))
    })
}

pub fn includes(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "includes")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let target = arg(args, 0);
        let Some(start) = forward_start(cx, arg(args, 1), len)? else { return Ok(Value::FALSE) };
        let mut next = start;
        while next < len {
            // Skipped missing elements read as undefined.
            let k = next_present(cx, o, next, len);
            if k > next && target.is_undefined() {
                return Ok(Value::TRUE);
            }
            if k >= len {
                break;
            }
            next = k + 1;
            let v = get_index(cx, o, k)?;
            if ops::same_value_zero(cx.rt(), v, target) {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    })
}

pub fn last_index_of(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "lastIndexOf")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        if len == 0 {
            return Ok(Value::int(-1));
        }
        let target = arg(args, 0);
        let n = if args.len() > 1 { to_integer(cx, args[1])? } else { len as f64 - 1.0 };
        let from = if n >= 0.0 { n.min(len as f64 - 1.0) } else { len as f64 + n };
        if from < 0.0 {
            return Ok(Value::int(-1));
        }
        let mut k = from as u64;
        loop {
            match prev_present(cx, o, k) {
                Some(p) => k = p,
                None => return Ok(Value::int(-1)),
            }
            if has_index(cx, o, k)? {
                let v = get_index(cx, o, k)?;
                if ops::strict_equals(cx.rt(), v, target) {
                    return Ok(Value::number(k as f64));
                }
            }
            if k == 0 {
                return Ok(Value::int(-1));
            }
            k -= 1;
        }
    })
}

// ---- join and the string conversions ----------------------------------------

/// Runs `f` with `o` pushed on the join stack; returns None when `o` is
/// already being joined (a cycle, which prints as the empty string, like V8).
fn with_join_stack(
    cx: &mut dyn Host,
    o: Value,
    f: impl FnOnce(&mut dyn Host) -> JsResult<Vec<u16>>,
) -> JsResult<Option<Vec<u16>>> {
    let stack = cx.rt().intrinsics.array_join_stack;
    let depth = match cx.rt().obj_mut(stack).map(|x| &mut x.class) {
        Some(Class::Array(list)) => {
            if list.contains(&o) {
                return Ok(None);
            }
            list.push(o);
            list.len()
        }
        _ => 0,
    };
    let result = f(cx);
    if let Some(Class::Array(list)) = cx.rt().obj_mut(stack).map(|x| &mut x.class) {
        list.truncate(depth.saturating_sub(1));
    }
    result.map(Some)
}

/// The elements of `o` converted by `convert` (null/undefined → "") and
/// joined by `sep`.
fn join_with(
    cx: &mut dyn Host,
    o: Value,
    sep: &[u16],
    convert: fn(&mut dyn Host, Value) -> JsResult<Vec<u16>>,
) -> JsResult<Value> {
    let joined = with_join_stack(cx, o, |cx| {
        let len = ops::length_of(cx, o)?;
        let mut out: Vec<u16> = Vec::new();
        for k in 0..len {
            if k > 0 {
                out.extend_from_slice(sep);
            }
            let v = get_index(cx, o, k)?;
            if v.is_nullish() {
                continue;
            }
            if cx.rt().is_string(v) {
                let r = v.as_ref();
                cx.rt().heap.append_units(r, &mut out);
            } else {
                out.extend_from_slice(&convert(cx, v)?);
            }
            if out.len() > (1 << 29) {
                return Err(range_error(cx, "Invalid string length"));
            }
        }
        Ok(out)
    })?;
    Ok(cx.rt().heap.alloc_string_owned(joined.unwrap_or_default()))
}

pub fn join(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "join")?;
    rooted(cx, &[o], |cx| {
        let sep_arg = arg(args, 0);
        let sep = if sep_arg.is_undefined() { alloc::vec![b',' as u16] } else { ops::to_units(cx, sep_arg)? };
        join_with(cx, o, &sep, element_units)
    })
}

/// ToString of a join element; numbers without allocating a heap string.
fn element_units(cx: &mut dyn Host, v: Value) -> JsResult<Vec<u16>> {
    if v.is_number() {
        return Ok(ops::number_text(v.as_number()).encode_utf16().collect());
    }
    ops::to_units(cx, v)
}

/// `toString`: calls `this.join()`, or falls back to `[object Tag]`.
pub fn to_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "toString")?;
    rooted(cx, &[o], |cx| {
        let join_key = PropKey::Atom(crate::atoms::JOIN);
        let f = ops::get(cx, o, join_key)?;
        if cx.rt().is_callable(f) {
            return cx.call(f, o, &[]);
        }
        let text = alloc::format!("[object {}]", super::object::builtin_tag(cx.rt(), o));
        Ok(cx.rt().str(&text))
    })
}

fn locale_string_of(cx: &mut dyn Host, v: Value) -> JsResult<Vec<u16>> {
    // Only `Array.prototype.toLocaleString` calls this: a builtin with the
    // same key, so whenever it is linked every `toLocaleString` is.
    let atom = cx.rt().intern("toLocaleString");
    let s = ops::invoke(cx, v, atom, &[])?;
    ops::to_units(cx, s)
}

pub fn to_locale_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "toLocaleString")?;
    rooted(cx, &[o], |cx| join_with(cx, o, &[b',' as u16], locale_string_of))
}

// ---- flat / flatMap ---------------------------------------------------------

/// FlattenIntoArray, iteratively (an explicit stack instead of recursion, so
/// `flat(Infinity)` on deep nesting cannot overflow the Rust stack). Returns
/// the next target index.
fn flatten_into(
    cx: &mut dyn Host,
    target: Value,
    source: Value,
    depth: f64,
    mapper: Option<(Value, Value)>,
) -> JsResult<u64> {
    let mut n: u64 = 0;
    let source_len = ops::length_of(cx, source)?;
    // (array, its length, next index, depth of its elements)
    let mut stack: Vec<(Value, u64, u64, f64)> = alloc::vec![(source, source_len, 0, depth)];
    while let Some(top) = stack.last_mut() {
        let (src, len, k, d) = *top;
        if k >= len {
            stack.pop();
            continue;
        }
        top.2 += 1;
        if !has_index(cx, src, k)? {
            continue;
        }
        let mut element = get_index(cx, src, k)?;
        if stack.len() == 1 {
            if let Some((f, this_arg)) = mapper {
                element = cx.call(f, this_arg, &[element, Value::number(k as f64), src])?;
            }
        }
        if d > 0.0 && cx.rt().is_array(element) {
            if stack.len() > 100_000 {
                return Err(range_error(cx, "Maximum call stack size exceeded"));
            }
            cx.rt().roots.push(element);
            let len = ops::length_of(cx, element)?;
            stack.push((element, len, 0, d - 1.0));
            continue;
        }
        if n >= (1u64 << 53) - 1 {
            return Err(type_error(cx, "Array too long"));
        }
        create_data_property(cx, target, n, element)?;
        n += 1;
    }
    Ok(n)
}

pub fn flat(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "flat")?;
    rooted(cx, &[o], |cx| {
        let depth_arg = arg(args, 0);
        let depth = if depth_arg.is_undefined() { 1.0 } else { to_integer(cx, depth_arg)?.max(0.0) };
        let species = species_constructor(cx, o)?;
        let a = species_create(cx, species, 0)?;
        cx.rt().roots.push(a);
        let n = flatten_into(cx, a, o, depth, None)?;
        set_length(cx, a, n)?;
        Ok(a)
    })
}

pub fn flat_map(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "flatMap")?;
    rooted(cx, &[o], |cx| {
        let f = arg(args, 0);
        if !cx.rt().is_callable(f) {
            return Err(type_error(cx, "flatMap mapper function is not callable"));
        }
        let species = species_constructor(cx, o)?;
        let a = species_create(cx, species, 0)?;
        cx.rt().roots.push(a);
        let n = flatten_into(cx, a, o, 1.0, Some((f, arg(args, 1))))?;
        set_length(cx, a, n)?;
        Ok(a)
    })
}

// ---- iterators --------------------------------------------------------------

fn array_iterator(cx: &mut dyn Host, this: Value, method: &str, kind: IterKind) -> JsResult<Value> {
    let o = this_object(cx, this, method)?;
    Ok(super::iter::make_array_iterator(cx.rt(), o, kind))
}

pub fn keys(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    array_iterator(cx, this, "keys", IterKind::Keys)
}

pub fn values(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    array_iterator(cx, this, "values", IterKind::Values)
}

pub fn entries(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    array_iterator(cx, this, "entries", IterKind::Entries)
}

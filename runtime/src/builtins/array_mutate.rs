//! The `Array.prototype` methods that change the array in place: push, pop,
//! shift, unshift, splice, reverse, fill, copyWithin (and `toSpliced`, the
//! copying form of splice). Each has a bulk fast path for ordinary arrays
//! (`is_fast_array`) and the spec's generic algorithm for everything else.

use super::arg;
use super::array::{
    array_create, create_data_property, delete_index, species_constructor, species_create, get_index, has_index, is_fast_array, relative_index, rooted,
    set_index, set_length, this_object, to_integer,
};
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::object::Class;
use crate::ops;
use crate::value::Value;
use alloc::format;
use alloc::vec::Vec;

const MAX_SAFE: u64 = (1u64 << 53) - 1;

/// The element vector of a fast array (see `is_fast_array`).
fn fast_elements(cx: &mut dyn Host, o: Value) -> Option<&mut crate::value_vec::ValueVec> {
    if !is_fast_array(cx.rt(), o) {
        return None;
    }
    match cx.rt().obj_mut(o).map(|x| &mut x.class) {
        Some(Class::Array(elements)) => elements.packed(),
        _ => None,
    }
}

fn hole_to_undefined(v: Value) -> Value {
    if v.is_hole() {
        Value::UNDEFINED
    } else {
        v
    }
}

pub fn push(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "push")?;
    // Appending never reads holes, so any extensible plain array will do.
    if let Some(obj) = cx.rt().obj_mut(o) {
        if obj.dict.is_none() && obj.extensible {
            if let Some(elements) = match &mut obj.class {
                Class::Array(elements) => elements.packed(),
                _ => None,
            } {
                if elements.len() + args.len() <= u32::MAX as usize {
                    elements.extend_from_slice(args);
                    return Ok(Value::number(elements.len() as f64));
                }
            }
        }
    }
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        if len + args.len() as u64 > MAX_SAFE {
            let msg = format!(
                "Pushing {} elements on an array-like of length {} is disallowed, as the total surpasses 2**53-1",
                args.len(),
                len
            );
            return Err(type_error(cx, &msg));
        }
        for (i, &v) in args.iter().enumerate() {
            set_index(cx, o, len + i as u64, v)?;
        }
        let new_len = len + args.len() as u64;
        set_length(cx, o, new_len)?;
        Ok(Value::number(new_len as f64))
    })
}

pub fn pop(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "pop")?;
    if let Some(elements) = fast_elements(cx, o) {
        return Ok(elements.pop().map(hole_to_undefined).unwrap_or(Value::UNDEFINED));
    }
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        if len == 0 {
            set_length(cx, o, 0)?;
            return Ok(Value::UNDEFINED);
        }
        let v = get_index(cx, o, len - 1)?;
        delete_index(cx, o, len - 1)?;
        cx.rt().roots.push(v);
        set_length(cx, o, len - 1)?;
        Ok(v)
    })
}

pub fn shift(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "shift")?;
    if let Some(elements) = fast_elements(cx, o) {
        if elements.is_empty() {
            return Ok(Value::UNDEFINED);
        }
        return Ok(hole_to_undefined(elements.remove(0)));
    }
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        if len == 0 {
            set_length(cx, o, 0)?;
            return Ok(Value::UNDEFINED);
        }
        let first = get_index(cx, o, 0)?;
        cx.rt().roots.push(first);
        move_elements(cx, o, 1, 0, len - 1)?;
        delete_index(cx, o, len - 1)?;
        set_length(cx, o, len - 1)?;
        Ok(first)
    })
}

/// Moves `count` elements from `from..` to `to..` one by one (Get/Set, or
/// Delete where the source is a hole), in the direction that never
/// overwrites a source before it is read.
fn move_elements(cx: &mut dyn Host, o: Value, from: u64, to: u64, count: u64) -> JsResult<()> {
    for i in 0..count {
        let i = if from < to { count - 1 - i } else { i };
        let (f, t) = (from + i, to + i);
        if has_index(cx, o, f)? {
            let v = get_index(cx, o, f)?;
            set_index(cx, o, t, v)?;
        } else {
            delete_index(cx, o, t)?;
        }
    }
    Ok(())
}

pub fn unshift(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "unshift")?;
    if let Some(elements) = fast_elements(cx, o) {
        if elements.len() + args.len() <= u32::MAX as usize {
            elements.splice(0..0, args);
            return Ok(Value::number(elements.len() as f64));
        }
    }
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let argc = args.len() as u64;
        if argc > 0 {
            if len + argc > MAX_SAFE {
                return Err(type_error(cx, "Invalid array length"));
            }
            move_elements(cx, o, 0, argc, len)?;
            for (j, &v) in args.iter().enumerate() {
                set_index(cx, o, j as u64, v)?;
            }
        }
        set_length(cx, o, len + argc)?;
        Ok(Value::number((len + argc) as f64))
    })
}

/// The (start, deleteCount) of splice/toSpliced from their arguments.
fn splice_range(cx: &mut dyn Host, args: &[Value], len: u64) -> JsResult<(u64, u64)> {
    let start = relative_index(cx, arg(args, 0), len, 0)?;
    let delete_count = match args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let dc = to_integer(cx, args[1])?;
            dc.max(0.0).min((len - start) as f64) as u64
        }
    };
    Ok((start, delete_count))
}

pub fn splice(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "splice")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let (start, delete_count) = splice_range(cx, args, len)?;
        let items = if args.len() > 2 { &args[2..] } else { &[][..] };
        let item_count = items.len() as u64;
        if len + item_count - delete_count > MAX_SAFE {
            return Err(type_error(cx, "Invalid array length"));
        }
        let species = species_constructor(cx, o)?;
        if let Some(elements) = fast_elements(cx, o).filter(|_| species.is_none()) {
            if (elements.len() + items.len()) <= u32::MAX as usize && elements.len() as u64 == len {
                let (s, e) = (start as usize, (start + delete_count) as usize);
                let removed: Vec<Value> = elements.splice(s..e, &items);
                return Ok(cx.rt().new_array(removed));
            }
        }
        let a = species_create(cx, species, delete_count)?;
        cx.rt().roots.push(a);
        for k in 0..delete_count {
            if has_index(cx, o, start + k)? {
                let v = get_index(cx, o, start + k)?;
                create_data_property(cx, a, k, v)?;
            }
        }
        set_length(cx, a, delete_count)?;
        let tail = len - start - delete_count;
        if item_count < delete_count {
            move_elements(cx, o, start + delete_count, start + item_count, tail)?;
            let new_len = len - delete_count + item_count;
            for k in (new_len..len).rev() {
                delete_index(cx, o, k)?;
            }
        } else if item_count > delete_count {
            move_elements(cx, o, start + delete_count, start + item_count, tail)?;
        }
        for (i, &v) in items.iter().enumerate() {
            set_index(cx, o, start + i as u64, v)?;
        }
        set_length(cx, o, len - delete_count + item_count)?;
        Ok(a)
    })
}

/// `toSpliced` (ES2023): splice on a copy; holes read as undefined.
pub fn to_spliced(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "toSpliced")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let (start, skip) = splice_range(cx, args, len)?;
        let items = if args.len() > 2 { &args[2..] } else { &[][..] };
        let new_len = len + items.len() as u64 - skip;
        if new_len > MAX_SAFE {
            return Err(type_error(cx, "Invalid array length"));
        }
        let a = array_create(cx, new_len)?;
        cx.rt().roots.push(a);
        let mut n: u64 = 0;
        for k in 0..start {
            let v = get_index(cx, o, k)?;
            create_data_property(cx, a, n, v)?;
            n += 1;
        }
        for &v in items {
            create_data_property(cx, a, n, v)?;
            n += 1;
        }
        for k in start + skip..len {
            let v = get_index(cx, o, k)?;
            create_data_property(cx, a, n, v)?;
            n += 1;
        }
        Ok(a)
    })
}

pub fn reverse(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "reverse")?;
    if let Some(elements) = fast_elements(cx, o) {
        elements.reverse();
        return Ok(o);
    }
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let slot = cx.rt().roots.len();
        cx.rt().roots.push(Value::UNDEFINED);
        let mut lower: u64 = 0;
        while lower < len / 2 {
            let upper = len - 1 - lower;
            let lower_exists = has_index(cx, o, lower)?;
            let lower_value = if lower_exists { get_index(cx, o, lower)? } else { Value::UNDEFINED };
            cx.rt().roots[slot] = lower_value;
            let upper_exists = has_index(cx, o, upper)?;
            let upper_value = if upper_exists { get_index(cx, o, upper)? } else { Value::UNDEFINED };
            match (lower_exists, upper_exists) {
                (true, true) => {
                    set_index(cx, o, lower, upper_value)?;
                    set_index(cx, o, upper, lower_value)?;
                }
                (false, true) => {
                    set_index(cx, o, lower, upper_value)?;
                    delete_index(cx, o, upper)?;
                }
                (true, false) => {
                    delete_index(cx, o, lower)?;
                    set_index(cx, o, upper, lower_value)?;
                }
                (false, false) => {}
            }
            lower += 1;
        }
        Ok(o)
    })
}

pub fn fill(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "fill")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let value = arg(args, 0);
        let start = relative_index(cx, arg(args, 1), len, 0)?;
        let end = relative_index(cx, arg(args, 2), len, len)?;
        for k in start..end {
            set_index(cx, o, k, value)?;
        }
        Ok(o)
    })
}

pub fn copy_within(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "copyWithin")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let to = relative_index(cx, arg(args, 0), len, 0)?;
        let from = relative_index(cx, arg(args, 1), len, 0)?;
        let end = relative_index(cx, arg(args, 2), len, len)?;
        let count = end.saturating_sub(from).min(len - to);
        move_elements(cx, o, from, to, count)?;
        Ok(o)
    })
}

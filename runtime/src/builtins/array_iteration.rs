//! The `Array.prototype` methods that call a function per element: forEach,
//! map, filter, some, every (holes skipped: HasProperty first), find,
//! findIndex, findLast, findLastIndex (holes visited as undefined), reduce and
//! reduceRight. Elements are re-read at every step, so a callback that
//! changes the array sees the spec's behaviour (length fixed at the start,
//! later elements read when reached).

use super::arg;
use super::array::{
    create_data_property, get_index, has_index, next_present, prev_present, require_callable, rooted, species_constructor, species_create, this_object,
};
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::ops;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    ForEach,
    Map,
    Filter,
    Some,
    Every,
}

/// The shared loop of forEach/map/filter/some/every.
fn each(cx: &mut dyn Host, this: Value, args: &[Value], name: &str, mode: Mode) -> JsResult<Value> {
    let o = this_object(cx, this, name)?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let (f, this_arg) = (arg(args, 0), arg(args, 1));
        require_callable(cx, f)?;
        let a = match mode {
            Mode::Map => {
                let species = species_constructor(cx, o)?;
                species_create(cx, species, len)?
            }
            Mode::Filter => {
                let species = species_constructor(cx, o)?;
                species_create(cx, species, 0)?
            }
            _ => Value::UNDEFINED,
        };
        cx.rt().roots.push(a);
        let mut to: u64 = 0;
        let mut next: u64 = 0;
        while next < len {
            let k = next_present(cx, o, next, len);
            if k >= len {
                break;
            }
            next = k + 1;
            if !has_index(cx, o, k)? {
                continue;
            }
            let v = get_index(cx, o, k)?;
            let r = cx.call(f, this_arg, &[v, Value::number(k as f64), o])?;
            match mode {
                Mode::ForEach => {}
                Mode::Map => create_data_property(cx, a, k, r)?,
                Mode::Filter => {
                    if ops::to_boolean(cx.rt(), r) {
                        create_data_property(cx, a, to, v)?;
                        to += 1;
                    }
                }
                Mode::Some => {
                    if ops::to_boolean(cx.rt(), r) {
                        return Ok(Value::TRUE);
                    }
                }
                Mode::Every => {
                    if !ops::to_boolean(cx.rt(), r) {
                        return Ok(Value::FALSE);
                    }
                }
            }
        }
        Ok(match mode {
            Mode::ForEach => Value::UNDEFINED,
            Mode::Map | Mode::Filter => a,
            Mode::Some => Value::FALSE,
            Mode::Every => Value::TRUE,
        })
    })
}

pub fn for_each(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each(cx, this, args, "forEach", Mode::ForEach)
}

pub fn map(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each(cx, this, args, "map", Mode::Map)
}

pub fn filter(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each(cx, this, args, "filter", Mode::Filter)
}

pub fn some(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each(cx, this, args, "some", Mode::Some)
}

pub fn every(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each(cx, this, args, "every", Mode::Every)
}

/// find/findIndex/findLast/findLastIndex: every index is visited (holes as
/// undefined); returns the element or its index.
fn find_impl(cx: &mut dyn Host, this: Value, args: &[Value], name: &str, last: bool, want_index: bool) -> JsResult<Value> {
    let o = this_object(cx, this, name)?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let (f, this_arg) = (arg(args, 0), arg(args, 1));
        require_callable(cx, f)?;
        for i in 0..len {
            let k = if last { len - 1 - i } else { i };
            let v = get_index(cx, o, k)?;
            let index = Value::number(k as f64);
            let r = cx.call(f, this_arg, &[v, index, o])?;
            if ops::to_boolean(cx.rt(), r) {
                return Ok(if want_index { index } else { v });
            }
        }
        Ok(if want_index { Value::int(-1) } else { Value::UNDEFINED })
    })
}

pub fn find(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    find_impl(cx, this, args, "find", false, false)
}

pub fn find_index(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    find_impl(cx, this, args, "findIndex", false, true)
}

pub fn find_last(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    find_impl(cx, this, args, "findLast", true, false)
}

pub fn find_last_index(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    find_impl(cx, this, args, "findLastIndex", true, true)
}

/// reduce/reduceRight. The accumulator lives in a root slot, because a
/// getter reached by the next element read may run a collection.
fn reduce_impl(cx: &mut dyn Host, this: Value, args: &[Value], name: &str, right: bool) -> JsResult<Value> {
    let o = this_object(cx, this, name)?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let f = arg(args, 0);
        require_callable(cx, f)?;
        let index_at = |i: u64| if right { len - 1 - i } else { i };
        // The step number of the next index that may hold an element.
        let skip = |cx: &mut dyn Host, i: u64| -> u64 {
            if i >= len {
                return len;
            }
            if right {
                prev_present(cx, o, len - 1 - i).map(|k| len - 1 - k).unwrap_or(len)
            } else {
                next_present(cx, o, i, len)
            }
        };
        let mut i: u64 = 0;
        let mut acc = Value::UNDEFINED;
        if args.len() >= 2 {
            acc = args[1];
        } else {
            let mut found = false;
            while i < len {
                i = skip(cx, i);
                if i >= len {
                    break;
                }
                let k = index_at(i);
                i += 1;
                if has_index(cx, o, k)? {
                    acc = get_index(cx, o, k)?;
                    found = true;
                    break;
                }
            }
            if !found {
                return Err(type_error(cx, "Reduce of empty array with no initial value"));
            }
        }
        let slot = cx.rt().roots.len();
        cx.rt().roots.push(acc);
        while i < len {
            i = skip(cx, i);
            if i >= len {
                break;
            }
            let k = index_at(i);
            i += 1;
            if has_index(cx, o, k)? {
                let v = get_index(cx, o, k)?;
                acc = cx.call(f, Value::UNDEFINED, &[acc, v, Value::number(k as f64), o])?;
                cx.rt().roots[slot] = acc;
            }
        }
        Ok(acc)
    })
}

pub fn reduce(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    reduce_impl(cx, this, args, "reduce", false)
}

pub fn reduce_right(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    reduce_impl(cx, this, args, "reduceRight", true)
}

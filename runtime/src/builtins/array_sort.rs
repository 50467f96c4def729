//! `Array.prototype.sort` — a stable merge sort, as the spec and node
//! require — and the ES2023 copying methods built on the same pieces:
//! toSorted, toReversed, with.
//!
//! Sorting follows SortIndexedProperties: holes are skipped (and deleted
//! from the end of the array afterwards), `undefined` sorts last without
//! being passed to the comparator, the default comparator compares ToString
//! values by UTF-16 code units, and a comparator's result goes through
//! ToNumber (NaN counts as 0). The values being sorted are rooted, since a
//! comparator may trigger a collection.

use super::arg;
use super::array::{
    array_create, create_data_property, delete_index, get_index, has_index, is_fast_array, next_present, rooted,
    set_index, this_object, to_integer,
};
use crate::error::{range_error, type_error};
use crate::host::{Host, JsResult};
use crate::object::Class;
use crate::ops;
use crate::value::Value;
use alloc::vec::Vec;
use core::cmp::Ordering;

fn check_comparator(cx: &mut dyn Host, cmp: Value) -> JsResult<()> {
    if cmp.is_undefined() || cx.rt().is_callable(cmp) {
        return Ok(());
    }
    Err(type_error(cx, "The comparison function must be either a function or undefined"))
}

/// Sorts `items` (already rooted by the caller) with `cmp` or the default
/// string order; `undefined`s go last.
pub fn sort_values(cx: &mut dyn Host, items: Vec<Value>, cmp: Value) -> JsResult<Vec<Value>> {
    let undefined_count = items.iter().filter(|v| v.is_undefined()).count();
    let mut defined: Vec<Value> = items.into_iter().filter(|v| !v.is_undefined()).collect();
    if cmp.is_undefined() {
        defined = sort_by_string(cx, defined)?;
    } else {
        merge_sort(cx, &mut defined, cmp)?;
    }
    defined.resize(defined.len() + undefined_count, Value::UNDEFINED);
    Ok(defined)
}

/// The default order: by ToString, compared as UTF-16 code units. Every
/// key is converted once into one shared buffer; the sorted records carry
/// a prefix of their key (3 units of 17 bits, 0 = past the end), so most
/// comparisons never touch the buffer.
fn sort_by_string(cx: &mut dyn Host, values: Vec<Value>) -> JsResult<Vec<Value>> {
    let mut buffer: Vec<u16> = Vec::new();
    // (prefix, start, end, index into `values`)
    let mut records: Vec<(u64, u32, u32, u32)> = Vec::with_capacity(values.len());
    for (i, &v) in values.iter().enumerate() {
        let start = buffer.len();
        if cx.rt().is_string(v) {
            let r = v.as_ref();
            cx.rt().heap.append_units(r, &mut buffer);
        } else if v.is_number() {
            buffer.extend(ops::number_text(v.as_number()).encode_utf16());
        } else {
            let units = ops::to_units(cx, v)?;
            buffer.extend_from_slice(&units);
        }
        let key = &buffer[start..];
        let mut prefix: u64 = 0;
        for j in 0..3 {
            prefix = (prefix << 17) | key.get(j).map(|&u| u as u64 + 1).unwrap_or(0);
        }
        records.push((prefix, start as u32, buffer.len() as u32, i as u32));
    }
    records.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| buffer[a.1 as usize..a.2 as usize].cmp(&buffer[b.1 as usize..b.2 as usize]))
    });
    Ok(records.into_iter().map(|r| values[r.3 as usize]).collect())
}

/// SortCompare with a user comparator.
fn compare(cx: &mut dyn Host, cmp: Value, a: Value, b: Value) -> JsResult<Ordering> {
    let r = cx.call(cmp, Value::UNDEFINED, &[a, b])?;
    let n = if r.is_number() { r.as_number() } else { ops::to_number(cx, r)? };
    Ok(if n > 0.0 {
        Ordering::Greater
    } else if n < 0.0 {
        Ordering::Less
    } else {
        Ordering::Equal
    })
}

/// Stable bottom-up merge sort: insertion-sorted runs, then merges that take
/// from the left run unless the right element is strictly smaller. A
/// comparator that is inconsistent or throws can never break memory safety:
/// every index stays in bounds.
fn merge_sort(cx: &mut dyn Host, v: &mut Vec<Value>, cmp: Value) -> JsResult<()> {
    const RUN: usize = 8;
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && compare(cx, cmp, v[j - 1], v[j])? == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buf = v.clone();
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if compare(cx, cmp, v[i], v[j])? == Ordering::Greater {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&v[j..hi]);
        }
        core::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// The present elements of `o` (holes skipped when `skip_holes`, else read
/// as undefined), each pushed on the root stack.
fn collect_items(cx: &mut dyn Host, o: Value, len: u64, skip_holes: bool) -> JsResult<Vec<Value>> {
    if is_fast_array(cx.rt(), o) {
        if let Some(Class::Array(elements)) = cx.rt().obj(o).map(|x| &x.class) {
            let items: Vec<Value> = if skip_holes {
                elements.iter().copied().filter(|v| !v.is_hole()).collect()
            } else {
                elements.iter().map(|&v| if v.is_hole() { Value::UNDEFINED } else { v }).collect()
            };
            cx.rt().roots.extend_from_slice(&items);
            return Ok(items);
        }
    }
    let mut items = Vec::new();
    let mut next: u64 = 0;
    while next < len {
        let k = if skip_holes { next_present(cx, o, next, len) } else { next };
        if k >= len {
            break;
        }
        next = k + 1;
        if skip_holes && !has_index(cx, o, k)? {
            continue;
        }
        let v = get_index(cx, o, k)?;
        cx.rt().roots.push(v);
        items.push(v);
    }
    Ok(items)
}

pub fn sort(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(cx, cmp)?;
    let o = this_object(cx, this, "sort")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let items = collect_items(cx, o, len, true)?;
        let sorted = sort_values(cx, items, cmp)?;
        if is_fast_array(cx.rt(), o) {
            if let Some(Class::Array(elements)) = cx.rt().obj_mut(o).map(|x| &mut x.class) {
                if elements.len() as u64 == len {
                    elements[..sorted.len()].copy_from_slice(&sorted);
                    elements[sorted.len()..].fill(Value::HOLE);
                    return Ok(o);
                }
            }
        }
        for (j, &v) in sorted.iter().enumerate() {
            set_index(cx, o, j as u64, v)?;
        }
        let mut next = sorted.len() as u64;
        while next < len {
            let j = next_present(cx, o, next, len);
            if j >= len {
                break;
            }
            delete_index(cx, o, j)?;
            next = j + 1;
        }
        Ok(o)
    })
}

pub fn to_sorted(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(cx, cmp)?;
    let o = this_object(cx, this, "toSorted")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        array_create(cx, len)?;
        let items = collect_items(cx, o, len, false)?;
        let sorted = sort_values(cx, items, cmp)?;
        Ok(cx.rt().new_array(sorted))
    })
}

pub fn to_reversed(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "toReversed")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let a = array_create(cx, len)?;
        cx.rt().roots.push(a);
        for k in 0..len {
            let v = get_index(cx, o, len - 1 - k)?;
            create_data_property(cx, a, k, v)?;
        }
        Ok(a)
    })
}

/// `with(index, value)` (ES2023): a copy with one element replaced.
pub fn with(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(cx, this, "with")?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let rel = to_integer(cx, arg(args, 0))?;
        let actual = if rel >= 0.0 { rel } else { len as f64 + rel };
        if actual >= len as f64 || actual < 0.0 {
            let msg = alloc::format!("Invalid index : {}", ops::number_text(rel));
            return Err(range_error(cx, &msg));
        }
        let a = array_create(cx, len)?;
        cx.rt().roots.push(a);
        for k in 0..len {
            let v = if k as f64 == actual { arg(args, 1) } else { get_index(cx, o, k)? };
            create_data_property(cx, a, k, v)?;
        }
        Ok(a)
    })
}

//! Iteration, shared by the whole runtime: the iterator objects behind
//! `[].keys()/values()/entries()`, `map.entries()`, `set.values()` and
//! for-of over strings, their prototypes (%ArrayIteratorPrototype% and
//! friends, each with `next`), and the helpers builtins and engines use to
//! walk a Level-1 iterable: arrays, strings (by code point), Map, Set and
//! iterator objects.
//!
//! The state of an iterator is `Class::Iterator(IterState)` (object.rs):
//! - `Indexed { target, index, kind }` walks an array or array-like by index
//!   (re-reading `length` at every step, as the spec's ArrayIterator does),
//!   or a primitive string by code point (`index` counts code units);
//! - `Entries { target, index, kind }` walks a Map or Set; it is created and
//!   stepped only through `builtins::mapdata` (logical positions that survive
//!   deletions, additions, compaction and `clear`);
//! - `Keys { keys, index, target }` is for-in: keys deleted meanwhile are skipped;
//! - `Done` once exhausted (it stays done, and releases its target).

use super::natives::natives;
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult, Thrown};
use crate::object::{Class, IterKind, IterState};
use crate::ops;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Creates the four iterator prototypes (all inheriting from
/// %IteratorPrototype%, `intrinsics.iterator_proto`). console.log shows an
/// array iterator as `Object [Array Iterator] {}`.
///
/// The runtime steps iterators itself (for-of, spread, `Array.from`), never
/// through `next`: a program calls one only by naming it.
pub fn install(rt: &mut Runtime) {
    let proto = iterator_proto(rt);
    natives!(rt, proto, "%ArrayIteratorPrototype%", ["next" => 0, array_iterator_next;]);
    rt.intrinsics.array_iterator_proto = proto;
    let proto = iterator_proto(rt);
    natives!(rt, proto, "%MapIteratorPrototype%", ["next" => 0, map_iterator_next;]);
    rt.intrinsics.map_iterator_proto = proto;
    let proto = iterator_proto(rt);
    natives!(rt, proto, "%SetIteratorPrototype%", ["next" => 0, set_iterator_next;]);
    rt.intrinsics.set_iterator_proto = proto;
    let proto = iterator_proto(rt);
    natives!(rt, proto, "%StringIteratorPrototype%", ["next" => 0, string_iterator_next;]);
    rt.intrinsics.string_iterator_proto = proto;
}

fn iterator_proto(rt: &mut Runtime) -> Value {
    let parent = rt.intrinsics.iterator_proto;
    rt.alloc_object(Class::Ordinary, parent)
}

fn next_common(cx: &mut dyn Host, this: Value, name: &str) -> JsResult<Value> {
    if !matches!(cx.rt().obj(this).map(|o| &o.class), Some(Class::Iterator(_))) {
        let what = super::array::describe_value(cx.rt(), this);
        let msg = format!("Method {}.prototype.next called on incompatible receiver {}", name, what);
        return Err(type_error(cx, &msg));
    }
    let step = iterator_next(cx, this)?;
    let rt = cx.rt();
    Ok(match step {
        Some(v) => iter_result(rt, v, false),
        None => iter_result(rt, Value::UNDEFINED, true),
    })
}

fn array_iterator_next(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    next_common(cx, this, "Array Iterator")
}

fn map_iterator_next(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    next_common(cx, this, "Map Iterator")
}

fn set_iterator_next(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    next_common(cx, this, "Set Iterator")
}

fn string_iterator_next(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    next_common(cx, this, "String Iterator")
}

/// The `Symbol.toStringTag` of an iterator object, found like V8 finds it:
/// on its prototype chain. `Some("Array Iterator")` for `[].keys()` (so
/// `Object.prototype.toString` gives `[object Array Iterator]` and
/// console.log `Object [Array Iterator] {}`), "Map Iterator", "Set
/// Iterator", "String Iterator"; None for other values.
pub fn iterator_tag(rt: &Runtime, v: Value) -> Option<&'static str> {
    let i = &rt.intrinsics;
    let tags = [
        (i.array_iterator_proto, "Array Iterator"),
        (i.map_iterator_proto, "Map Iterator"),
        (i.set_iterator_proto, "Set Iterator"),
        (i.string_iterator_proto, "String Iterator"),
    ];
    let mut current = rt.obj(v)?.proto;
    for _ in 0..10_000 {
        if let Some(&(_, tag)) = tags.iter().find(|(p, _)| *p == current) {
            return Some(tag);
        }
        current = rt.obj(current)?.proto;
    }
    None
}

/// An iterator result object `{ value, done }`.
pub fn iter_result(rt: &mut Runtime, value: Value, done: bool) -> Value {
    let o = rt.new_object();
    rt.define_own(o, PropKey::Atom(atoms::VALUE), value, PropFlags::DATA);
    rt.define_own(o, PropKey::Atom(atoms::DONE), Value::bool(done), PropFlags::DATA);
    o
}

// ---- creating iterators ---------------------------------------------------

fn alloc_iterator(rt: &mut Runtime, state: IterState, proto: Value) -> Value {
    rt.alloc_object(Class::Iterator(state), proto)
}

/// An Array Iterator over any object (array or array-like), by index.
pub fn make_array_iterator(rt: &mut Runtime, target: Value, kind: IterKind) -> Value {
    let proto = rt.intrinsics.array_iterator_proto;
    alloc_iterator(rt, IterState::Indexed { target, index: 0, kind }, proto)
}

/// An iterator of `kind` over `target`: a primitive string gives a String
/// Iterator (code points; `kind` ignored), a Map or Set gives a Map/Set
/// Iterator over its entries (for a Set, keys = values and entries are
/// `[v, v]`), anything else an Array Iterator.
pub fn make_iterator(cx: &mut dyn Host, target: Value, kind: IterKind) -> Value {
    let rt = cx.rt();
    if rt.is_string(target) {
        let proto = rt.intrinsics.string_iterator_proto;
        return alloc_iterator(rt, IterState::Indexed { target, index: 0, kind: IterKind::Values }, proto);
    }
    match rt.obj(target).map(|o| &o.class) {
        Some(Class::Map(_) | Class::Set(_)) => super::mapdata::new_iterator(rt, target, kind),
        _ => make_array_iterator(rt, target, kind),
    }
}

/// Ends an iteration early (`break` out of for-of, an exception in its
/// body): the iterator becomes done. Map/Set iterators must be closed (or
/// exhausted) so their collection can compact again; harmless on others.
pub fn close_iterator(cx: &mut dyn Host, iter: Value) {
    super::mapdata::close_iterator(cx.rt(), iter);
    let rt = cx.rt();
    if matches!(rt.obj(iter).map(|o| &o.class), Some(Class::Iterator(_))) {
        set_state(rt, iter, IterState::Done);
    }
}

/// Whether `v` is iterable at Level 1 (no Symbol.iterator yet): strings and
/// String wrappers, arrays, Map, Set and iterator objects.
pub fn is_iterable(rt: &Runtime, v: Value) -> bool {
    if rt.is_string(v) {
        return true;
    }
    matches!(
        rt.obj(v).map(|o| &o.class),
        Some(Class::Array(_) | Class::Map(_) | Class::Set(_) | Class::Iterator(_) | Class::BoxedString(_))
    )
}

/// GetIterator(v) for for-of and spread: the default iterator of an
/// iterable (array values, string code points, Map entries, Set values; an
/// iterator is its own iterator), or the "is not iterable" TypeError.
pub fn get_iterator(cx: &mut dyn Host, v: Value) -> JsResult<Value> {
    let target = match cx.rt().obj(v).map(|o| &o.class) {
        Some(Class::Iterator(_)) => return Ok(v),
        Some(Class::BoxedString(s)) => *s,
        Some(Class::Set(_)) => return Ok(make_iterator(cx, v, IterKind::Values)),
        _ => v,
    };
    if !is_iterable(cx.rt(), v) {
        return Err(not_iterable_error(cx, v));
    }
    let kind = if cx.rt().is_array(v) { IterKind::Values } else { IterKind::Entries };
    Ok(make_iterator(cx, target, kind))
}

/// How V8 names a non-iterable value: `undefined`, `object null`,
/// `number 5`, `boolean true`, `function`, `object`.
pub fn describe_not_iterable(rt: &mut Runtime, v: Value) -> String {
    if v.is_undefined() {
        return String::from("undefined");
    }
    if v.is_null() {
        return String::from("object null");
    }
    if v.is_number() {
        return format!("number {}", ops::number_text(v.as_number()));
    }
    if v.is_bool() {
        return format!("boolean {}", v.as_bool());
    }
    if rt.is_string(v) {
        let units = rt.heap.string_units(v.as_ref());
        return format!("string \"{}\"", String::from_utf16_lossy(&units));
    }
    if rt.is_callable(v) {
        return String::from("function");
    }
    String::from("object")
}

/// The TypeError of `new Set(5)`:
/// "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))".
pub fn not_iterable_error(cx: &mut dyn Host, v: Value) -> Thrown {
    let what = describe_not_iterable(cx.rt(), v);
    let msg = format!("{} is not iterable (cannot read property Symbol(Symbol.iterator))", what);
    type_error(cx, &msg)
}

// ---- stepping -------------------------------------------------------------

/// The code point starting at `units[i]` and how many units it takes (a
/// lone surrogate is its own code point).
pub fn code_point_at(units: &[u16], i: usize) -> (u32, usize) {
    let first = units[i];
    if (0xD800..0xDC00).contains(&first) && i + 1 < units.len() && (0xDC00..0xE000).contains(&units[i + 1]) {
        let cp = 0x10000 + (((first as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00);
        return (cp, 2);
    }
    (first as u32, 1)
}

fn set_state(rt: &mut Runtime, iter: Value, state: IterState) {
    if let Some(obj) = rt.obj_mut(iter) {
        if let Class::Iterator(s) = &mut obj.class {
            *s = state;
        }
    }
}

/// A snapshot of an iterator's state (IterState itself is not `Copy`).
enum Step {
    Indexed(Value, u32, IterKind),
    Entries,
    Keys,
    Done,
}

/// Advances the iterator object `iter` (a `Class::Iterator`; the caller
/// keeps it rooted) and returns its next value, or None once it is done.
/// Array iterators read elements with `ops::get`, so getters run and holes
/// give undefined; `Entries` iterators yield `[key, value]` arrays.
pub fn iterator_next(cx: &mut dyn Host, iter: Value) -> JsResult<Option<Value>> {
    let step = match cx.rt().obj(iter).map(|o| &o.class) {
        Some(Class::Iterator(IterState::Indexed { target, index, kind })) => Step::Indexed(*target, *index, *kind),
        Some(Class::Iterator(IterState::Entries { .. })) => Step::Entries,
        Some(Class::Iterator(IterState::Keys { .. })) => Step::Keys,
        Some(Class::Iterator(IterState::Done)) => Step::Done,
        _ => return Err(type_error(cx, "Result of the Symbol.iterator method is not an object")),
    };
    match step {
        Step::Done => Ok(None),
        Step::Indexed(target, index, _) if cx.rt().is_string(target) => {
            let rt = cx.rt();
            let units = rt.heap.flat(target.as_ref());
            let i = index as usize;
            if i >= units.len() {
                set_state(rt, iter, IterState::Done);
                return Ok(None);
            }
            let (_, n) = code_point_at(units, i);
            let piece: Vec<u16> = units[i..i + n].to_vec();
            set_state(rt, iter, IterState::Indexed { target, index: index + n as u32, kind: IterKind::Values });
            Ok(Some(rt.heap.alloc_string_owned(piece)))
        }
        Step::Indexed(target, index, kind) => {
            let len = ops::length_of(cx, target)?;
            if index as u64 >= len {
                set_state(cx.rt(), iter, IterState::Done);
                return Ok(None);
            }
            set_state(cx.rt(), iter, IterState::Indexed { target, index: index + 1, kind });
            let key = Value::number(index as f64);
            Ok(Some(match kind {
                IterKind::Keys => key,
                IterKind::Values => super::array::get_index(cx, target, index as u64)?,
                IterKind::Entries => {
                    let v = super::array::get_index(cx, target, index as u64)?;
                    cx.rt().new_array(alloc::vec![key, v])
                }
            }))
        }
        Step::Entries => {
            let rt = cx.rt();
            Ok(super::mapdata::iterator_step(rt, iter).map(|(entry, kind)| super::mapdata::entry_value(rt, kind, entry)))
        }
        Step::Keys => next_key(cx, iter),
    }
}

/// for-in: the next precomputed key that the target still has.
fn next_key(cx: &mut dyn Host, iter: Value) -> JsResult<Option<Value>> {
    loop {
        let (key, target) = match cx.rt().obj_mut(iter).map(|o| &mut o.class) {
            Some(Class::Iterator(IterState::Keys { keys, index, target })) => {
                if *index as usize >= keys.len() {
                    (None, *target)
                } else {
                    *index += 1;
                    (Some(keys[*index as usize - 1]), *target)
                }
            }
            _ => return Ok(None),
        };
        let Some(key) = key else {
            set_state(cx.rt(), iter, IterState::Done);
            return Ok(None);
        };
        let prop = ops::to_property_key(cx, key)?;
        if ops::has_property(cx, target, prop)? {
            return Ok(Some(key));
        }
    }
}

// ---- collecting -------------------------------------------------------------

/// All the values of a Level-1 iterable, as spread, `Array.from`, `new
/// Set(…)` and `new Map(…)` see them: array elements (holes → undefined,
/// through getters), string code points, Map entries as `[key, value]`
/// arrays, Set values, the remaining values of an iterator object.
/// Throws "x is not iterable" otherwise. The returned values are NOT rooted:
/// root them before calling into JavaScript.
pub fn iterate_to_vec(cx: &mut dyn Host, iterable: Value) -> JsResult<Vec<Value>> {
    let mark = cx.rt().roots.len();
    cx.rt().roots.push(iterable);
    let result = collect(cx, iterable);
    cx.rt().roots.truncate(mark);
    result
}

fn collect(cx: &mut dyn Host, iterable: Value) -> JsResult<Vec<Value>> {
    let rt = cx.rt();
    let string = match rt.obj(iterable).map(|o| &o.class) {
        Some(Class::BoxedString(s)) => Some(*s),
        _ if rt.is_string(iterable) => Some(iterable),
        _ => None,
    };
    if let Some(s) = string {
        let units = rt.heap.string_units(s.as_ref());
        let mut out = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let (_, n) = code_point_at(&units, i);
            out.push(rt.heap.alloc_string(&units[i..i + n]));
            i += n;
        }
        return Ok(out);
    }
    if rt.is_array(iterable) {
        let mut out = Vec::new();
        let mut k: u64 = 0;
        while k < ops::length_of(cx, iterable)? {
            let v = super::array::get_index(cx, iterable, k)?;
            cx.rt().roots.push(v);
            out.push(v);
            k += 1;
        }
        return Ok(out);
    }
    if !is_iterable(cx.rt(), iterable) {
        return Err(not_iterable_error(cx, iterable));
    }
    let iter = get_iterator(cx, iterable)?;
    cx.rt().roots.push(iter);
    let mut out = Vec::new();
    loop {
        match iterator_next(cx, iter) {
            Ok(Some(v)) => {
                cx.rt().roots.push(v);
                out.push(v);
            }
            Ok(None) => return Ok(out),
            Err(e) => {
                close_iterator(cx, iter);
                return Err(e);
            }
        }
    }
}

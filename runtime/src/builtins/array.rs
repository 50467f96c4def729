//! `Array`: the constructor, `Array.isArray/of/from`, the installation of
//! `Array.prototype` (whose methods live in the `array_*` files), and the
//! element-access helpers those methods share. Every method is generic: it
//! works on any array-like through `ops::get/set/has_property`, with O(1)
//! fast checks on `Class::Array` elements that never hold a borrow across a
//! call into JavaScript.

use super::natives::natives;
use super::{arg, array_access as access, array_iteration as iteration, array_mutate as mutate, array_sort as sort};
use crate::atoms;
use crate::error::{range_error, type_error};
use crate::host::{Host, JsResult};
use crate::object::{Class, FuncFlavor};
use crate::ops;
use crate::object::ArrayElements;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.array_proto;
    let ctor = super::define_constructor(rt, "Array", 1, array_ctor, proto);
    rt.intrinsics.array_ctor = ctor;
    natives!(rt, ctor, "Array", [
        "isArray" => 1, is_array;
        "from" => 1, from;
        "of" => 0, of;
    ]);
    // In V8's order, so `Object.getOwnPropertyNames(Array.prototype)` matches node.
    natives!(rt, proto, "Array.prototype", [
        "at" => 1, access::at;
        "concat" => 1, access::concat;
        "copyWithin" => 2, mutate::copy_within;
        "fill" => 1, mutate::fill;
        "find" => 1, iteration::find;
        "findIndex" => 1, iteration::find_index;
        "findLast" => 1, iteration::find_last;
        "findLastIndex" => 1, iteration::find_last_index;
        "lastIndexOf" => 1, access::last_index_of;
        "pop" => 0, mutate::pop;
        "push" => 1, mutate::push;
        "reverse" => 0, mutate::reverse;
        "shift" => 0, mutate::shift;
        "unshift" => 1, mutate::unshift;
        "slice" => 2, access::slice;
        "sort" => 1, sort::sort;
        "splice" => 2, mutate::splice;
        "includes" => 1, access::includes;
        "indexOf" => 1, access::index_of;
    ]);
    rt.define_native(proto, "join", 1, access::join);
    natives!(rt, proto, "Array.prototype", [
        "keys" => 0, access::keys;
        "entries" => 0, access::entries;
        "values" => 0, access::values;
        "forEach" => 1, iteration::for_each;
        "filter" => 1, iteration::filter;
        "flat" => 0, access::flat;
        "flatMap" => 1, access::flat_map;
        "map" => 1, iteration::map;
        "every" => 1, iteration::every;
        "some" => 1, iteration::some;
        "reduce" => 1, iteration::reduce;
        "reduceRight" => 1, iteration::reduce_right;
    ]);
    natives!(rt, proto, "Array.prototype", ["toLocaleString" => 0, access::to_locale_string;]);
    rt.define_native(proto, "toString", 0, access::to_string);
    natives!(rt, proto, "Array.prototype", [
        "toReversed" => 0, sort::to_reversed;
        "toSorted" => 1, sort::to_sorted;
        "toSpliced" => 2, mutate::to_spliced;
        "with" => 2, sort::with;
    ]);
    rt.intrinsics.array_join_stack = rt.new_array(Vec::new());
}

// ---- the constructor and its static methods --------------------------------

/// `Array(len)`, `Array(a, b, …)`, `new Array(…)` (also as `super(…)` of a
/// subclass: the prototype comes from `new.target`).
fn array_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let mut proto = cx.rt().intrinsics.array_proto;
    if cx.rt().is_object(new_target) && new_target != cx.rt().intrinsics.array_ctor {
        let p = ops::get(cx, new_target, PropKey::Atom(atoms::PROTOTYPE))?;
        if cx.rt().is_object(p) {
            proto = p;
        }
    }
    let elements = if args.len() == 1 && args[0].is_number() {
        let n = args[0].as_number();
        if crate::number::to_uint32(n) as f64 != n {
            return Err(range_error(cx, "Invalid array length"));
        }
        sized_elements(n as u32)
    } else {
        ArrayElements::from(args.to_vec())
    };
    Ok(cx.rt().alloc_object(Class::Array(elements), proto))
}

fn is_array(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(cx.rt().is_array(arg(args, 0))))
}

/// IsConstructor.
pub fn is_constructor(rt: &Runtime, v: Value) -> bool {
    match rt.obj(v).map(|o| &o.class) {
        Some(Class::Native { ctor, .. }) => *ctor,
        Some(Class::Closure { flavor, .. }) => {
            matches!(flavor, FuncFlavor::Normal | FuncFlavor::BaseClass | FuncFlavor::DerivedClass)
        }
        Some(Class::Bound { target, .. }) => is_constructor(rt, *target),
        _ => false,
    }
}

/// The result object of `Array.of/from` called with `this` = `c`: a new
/// array, or `new c(...len)` when `c` is some other constructor.
fn construct_from(cx: &mut dyn Host, c: Value, len: Option<u64>) -> JsResult<Value> {
    if is_constructor(cx.rt(), c) && c != cx.rt().intrinsics.array_ctor {
        let args: Vec<Value> = len.map(|n| Value::number(n as f64)).into_iter().collect();
        return cx.construct(c, &args, c);
    }
    match len {
        Some(n) => array_create(cx, n),
        None => Ok(cx.rt().new_array(Vec::new())),
    }
}

fn of(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let a = construct_from(cx, this, Some(args.len() as u64))?;
    rooted(cx, &[a], |cx| {
        for (i, &v) in args.iter().enumerate() {
            create_data_property(cx, a, i as u64, v)?;
        }
        set_length(cx, a, args.len() as u64)?;
        Ok(a)
    })
}

/// `Array.from(items, mapFn?, thisArg?)`: by iteration for iterables
/// (arrays, strings, Map, Set, iterators), else as an array-like.
fn from(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (items, map_fn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !map_fn.is_undefined() {
        require_callable(cx, map_fn)?;
    }
    if items.is_nullish() {
        return Err(super::iter::not_iterable_error(cx, items));
    }
    if super::iter::is_iterable(cx.rt(), items) {
        let iter = super::iter::get_iterator(cx, items)?;
        let a = construct_from(cx, this, None)?;
        return rooted(cx, &[iter, a], |cx| {
            let mut k: u64 = 0;
            let step = |cx: &mut dyn Host, v: Value, k: u64| -> JsResult<()> {
                let v = if map_fn.is_undefined() { v } else { cx.call(map_fn, this_arg, &[v, Value::number(k as f64)])? };
                create_data_property(cx, a, k, v)
            };
            while let Some(v) = super::iter::iterator_next(cx, iter)? {
                if let Err(e) = step(cx, v, k) {
                    super::iter::close_iterator(cx, iter);
                    return Err(e);
                }
                k += 1;
            }
            set_length(cx, a, k)?;
            Ok(a)
        });
    }
    let o = ops::to_object(cx, items)?;
    rooted(cx, &[o], |cx| {
        let len = ops::length_of(cx, o)?;
        let a = construct_from(cx, this, Some(len))?;
        cx.rt().roots.push(a);
        for k in 0..len {
            let v = get_index(cx, o, k)?;
            let v = if map_fn.is_undefined() { v } else { cx.call(map_fn, this_arg, &[v, Value::number(k as f64)])? };
            create_data_property(cx, a, k, v)?;
        }
        set_length(cx, a, len)?;
        Ok(a)
    })
}

// ---- helpers shared by the Array.prototype methods ---------------------------

/// Runs `f` with `values` pushed on the root stack, and pops them (and
/// anything `f` pushed) afterwards, on success and on error.
pub fn rooted<T>(cx: &mut dyn Host, values: &[Value], f: impl FnOnce(&mut dyn Host) -> JsResult<T>) -> JsResult<T> {
    let mark = cx.rt().roots.len();
    cx.rt().roots.extend_from_slice(values);
    let result = f(cx);
    cx.rt().roots.truncate(mark);
    result
}

/// ToObject(this), with V8's "Array.prototype.x called on null or undefined".
pub fn this_object(cx: &mut dyn Host, this: Value, method: &str) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(type_error(cx, &format!("Array.prototype.{} called on null or undefined", method)));
    }
    ops::to_object(cx, this)
}

/// TypeError "x is not a function" (V8's wording) unless `f` is callable.
pub fn require_callable(cx: &mut dyn Host, f: Value) -> JsResult<()> {
    if cx.rt().is_callable(f) {
        return Ok(());
    }
    let text = describe_value(cx.rt(), f);
    Err(type_error(cx, &format!("{} is not a function", text)))
}

/// ArrayCreate(len): an array of length `len` without elements, or
/// RangeError "Invalid array length".
pub fn array_create(cx: &mut dyn Host, len: u64) -> JsResult<Value> {
    if len > u32::MAX as u64 {
        return Err(range_error(cx, "Invalid array length"));
    }
    let proto = cx.rt().intrinsics.array_proto;
    Ok(cx.rt().alloc_object(Class::Array(sized_elements(len as u32)), proto))
}

/// The elements of an empty array of length `len`, with room reserved for
/// filling it when `len` is small.
fn sized_elements(len: u32) -> ArrayElements {
    let mut e = ArrayElements::with_length(len);
    if len <= 1 << 16 {
        e.dense.reserve_exact(len as usize);
    }
    e
}

/// The constructor ArraySpeciesCreate would use for results derived from
/// `original`: None for a plain array (the common case), Some(C) for an
/// instance of an Array subclass C. Without symbols, `C[Symbol.species]` is
/// modelled as "C itself when C is Array or inherits from it, else
/// undefined", which is what the default `Array[Symbol.species]` getter gives.
pub fn species_constructor(cx: &mut dyn Host, original: Value) -> JsResult<Option<Value>> {
    if !cx.rt().is_array(original) {
        return Ok(None);
    }
    let c = ops::get(cx, original, PropKey::Atom(atoms::CONSTRUCTOR))?;
    let rt = cx.rt();
    let array_ctor = rt.intrinsics.array_ctor;
    if c == array_ctor || c.is_undefined() {
        return Ok(None);
    }
    if rt.is_object(c) {
        let mut current = c;
        let mut inherits = false;
        for _ in 0..10_000 {
            match rt.obj(current) {
                Some(o) if current != array_ctor => current = o.proto,
                Some(_) => {
                    inherits = true;
                    break;
                }
                None => break,
            }
        }
        if !inherits {
            return Ok(None);
        }
    }
    if !is_constructor(cx.rt(), c) {
        return Err(type_error(cx, "object.constructor[Symbol.species] is not a constructor"));
    }
    Ok(Some(c))
}

/// ArraySpeciesCreate(original, len) given `species_constructor`'s answer.
pub fn species_create(cx: &mut dyn Host, species: Option<Value>, len: u64) -> JsResult<Value> {
    match species {
        None => array_create(cx, len),
        Some(c) => cx.construct(c, &[Value::number(len as f64)], c),
    }
}

/// `o[i]` (Get), with a fast path for present array elements.
pub fn get_index(cx: &mut dyn Host, o: Value, i: u64) -> JsResult<Value> {
    if let Some(Class::Array(elements)) = cx.rt().obj(o).map(|x| &x.class) {
        if let Some(&v) = elements.get(i as usize) {
            if !v.is_hole() && i <= u32::MAX as u64 {
                return Ok(v);
            }
        }
    }
    let key = ops::index_key(cx.rt(), i);
    ops::get(cx, o, key)
}

/// HasProperty(o, i), with a fast path for present array elements.
pub fn has_index(cx: &mut dyn Host, o: Value, i: u64) -> JsResult<bool> {
    if let Some(Class::Array(elements)) = cx.rt().obj(o).map(|x| &x.class) {
        if matches!(elements.get(i as usize), Some(v) if !v.is_hole()) && i <= u32::MAX as u64 {
            return Ok(true);
        }
    }
    let key = ops::index_key(cx.rt(), i);
    ops::has_property(cx, o, key)
}

/// Set(o, i, v, true).
pub fn set_index(cx: &mut dyn Host, o: Value, i: u64, v: Value) -> JsResult<()> {
    let key = ops::index_key(cx.rt(), i);
    ops::set(cx, o, key, v, true)
}

/// DeletePropertyOrThrow(o, i), with V8's message.
pub fn delete_index(cx: &mut dyn Host, o: Value, i: u64) -> JsResult<()> {
    let key = ops::index_key(cx.rt(), i);
    if cx.rt().delete_own(o, key) {
        return Ok(());
    }
    let rt = cx.rt();
    let msg = format!("Cannot delete property '{}' of {}", rt.key_text(key), describe_value(rt, o));
    Err(type_error(cx, &msg))
}

/// Set(o, "length", n, true).
pub fn set_length(cx: &mut dyn Host, o: Value, n: u64) -> JsResult<()> {
    if cx.rt().is_array(o) && n <= u32::MAX as u64 {
        return set_array_length(cx, o, Value::number(n as f64), true);
    }
    ops::set(cx, o, PropKey::Atom(atoms::LENGTH), Value::number(n as f64), true)
}

/// `array.length = value` (ArraySetLength; `ops::set` calls this): a
/// RangeError unless `value` is a valid uint32 length; shrinking deletes
/// the elements past the new end. A read-only length or an element that
/// cannot be deleted makes it fail: a TypeError when `strict`.
pub fn set_array_length(cx: &mut dyn Host, a: Value, value: Value, strict: bool) -> JsResult<()> {
    let n = array_length_value(cx, value)?;
    if cx.rt().set_array_length(a, n) || !strict {
        return Ok(());
    }
    Err(array_length_failure(cx, a))
}

/// The new length an array `length` assignment or definition asks for:
/// ToUint32(value), which must equal ToNumber(value) (both conversions
/// run, as the spec says), else RangeError "Invalid array length".
pub fn array_length_value(cx: &mut dyn Host, value: Value) -> JsResult<u32> {
    let n = if value.is_number() {
        value.as_number()
    } else {
        let first = ops::to_number(cx, value)?;
        let second = ops::to_number(cx, value)?;
        if crate::number::to_uint32(first) as f64 != second {
            return Err(range_error(cx, "Invalid array length"));
        }
        second
    };
    if crate::number::to_uint32(n) as f64 != n {
        return Err(range_error(cx, "Invalid array length"));
    }
    Ok(n as u32)
}

/// The TypeError for a failed ArraySetLength: a read-only length, or an
/// element that could not be deleted (V8's messages).
pub fn array_length_failure(cx: &mut dyn Host, a: Value) -> crate::host::Thrown {
    let readonly = matches!(cx.rt().obj(a).map(|o| &o.class), Some(Class::Array(e)) if e.length_readonly);
    if readonly {
        return type_error(cx, "Cannot assign to read only property 'length' of object '[object Array]'");
    }
    let len = match cx.rt().obj(a).map(|o| &o.class) {
        Some(Class::Array(e)) => e.length(),
        _ => 0,
    };
    let msg = format!("Cannot delete property '{}' of [object Array]", len.saturating_sub(1));
    type_error(cx, &msg)
}

/// CreateDataPropertyOrThrow(a, i, v).
pub fn create_data_property(cx: &mut dyn Host, a: Value, i: u64, v: Value) -> JsResult<()> {
    let key = ops::index_key(cx.rt(), i);
    if let OwnProp::Slot(_, flags) = cx.rt().get_own(a, key) {
        if !flags.configurable() {
            let msg = format!("Cannot redefine property: {}", i);
            return Err(type_error(cx, &msg));
        }
    }
    if cx.rt().define_own(a, key, v, PropFlags::DATA) {
        return Ok(());
    }
    Err(type_error(cx, &format!("Cannot add property {}, object is not extensible", i)))
}

pub use crate::ops::to_integer;

/// A relative index argument (negative counts from the end) clamped to
/// `0..=len`; `undefined` gives `default`.
pub fn relative_index(cx: &mut dyn Host, v: Value, len: u64, default: u64) -> JsResult<u64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let rel = to_integer(cx, v)?;
    Ok(clamp_relative(rel, len))
}

pub use crate::number::clamp_relative;

/// True when `o` is an extensible, non-dictionary array without a sparse
/// tail (its length is `elements.len()`), directly on an
/// untouched `Array.prototype` (no indexed properties on it or on
/// `Object.prototype`): then a hole reads as `undefined`, `HasProperty` of a
/// hole is false, and element vectors can be copied or spliced in bulk.
pub fn is_fast_array(rt: &Runtime, o: Value) -> bool {
    let Some(obj) = rt.obj(o) else { return false };
    if !matches!(&obj.class, Class::Array(e) if e.is_dense()) || obj.dict.is_some() || !obj.extensible || obj.proto != rt.intrinsics.array_proto {
        return false;
    }
    // Array.prototype's own elements (cheap to check: it has none).
    let Some(ap) = rt.obj(rt.intrinsics.array_proto) else { return false };
    match &ap.class {
        Class::Array(e) if e.iter().all(|v| v.is_hole()) => {}
        _ => return false,
    }
    // Both prototypes are watched: any change of their keys or prototype
    // links bumps `proto_epoch`, so the answer holds until it changes.
    let (epoch, answer) = rt.protos_without_index_keys.get();
    if epoch == rt.proto_epoch {
        return answer;
    }
    let answer = protos_without_index_keys(rt);
    rt.protos_without_index_keys.set((rt.proto_epoch, answer));
    answer
}

/// Array.prototype and Object.prototype have no index keys in their
/// named storage, and the first's prototype is the second, whose
/// prototype is null.
fn protos_without_index_keys(rt: &Runtime) -> bool {
    let Some(ap) = rt.obj(rt.intrinsics.array_proto) else { return false };
    if ap.proto != rt.intrinsics.object_proto || has_index_keys(rt, rt.intrinsics.array_proto) {
        return false;
    }
    let Some(op) = rt.obj(rt.intrinsics.object_proto) else { return false };
    op.proto.is_null() && !has_index_keys(rt, rt.intrinsics.object_proto)
}

/// True when `proto` is `Array.prototype` and neither it nor
/// `Object.prototype` has indexed properties: a missing element of an array
/// with this prototype reads as absent.
fn plain_array_protos(rt: &Runtime, proto: Value) -> bool {
    if proto != rt.intrinsics.array_proto {
        return false;
    }
    let Some(ap) = rt.obj(proto) else { return false };
    match &ap.class {
        Class::Array(e) if e.iter().all(|v| v.is_hole()) => {}
        _ => return false,
    }
    if ap.proto != rt.intrinsics.object_proto || has_index_keys(rt, proto) {
        return false;
    }
    let Some(op) = rt.obj(rt.intrinsics.object_proto) else { return false };
    op.proto.is_null() && !has_index_keys(rt, rt.intrinsics.object_proto)
}

/// The elements of `o` past its dense part, when `o` is an array whose
/// missing elements read as absent (see `plain_array_protos`): the indices
/// at or past `from` of its dictionary. None when `k` is in the dense part
/// or `o` is something else (then every index must be visited).
fn sparse_indices(rt: &Runtime, o: Value, k: u64) -> Option<impl Iterator<Item = u64> + '_> {
    let obj = rt.obj(o)?;
    let Class::Array(e) = &obj.class else { return None };
    if k < e.dense.len() as u64 || !plain_array_protos(rt, obj.proto) {
        return None;
    }
    let keys = obj.dict.as_ref().map(|d| d.keys()).into_iter().flatten();
    Some(keys.filter_map(|key| if let PropKey::Index(i) = *key { Some(i as u64) } else { None }))
}

/// For loops that visit only present elements: the first index in `k..end`
/// that may hold an element of `o`, or `end`. It is `k` except past the
/// dense part of a plain array, where the present elements are all in the
/// dictionary: a sparse array of length 2^32-1 is walked in steps of its
/// elements, not of its length.
pub fn next_present(cx: &mut dyn Host, o: Value, k: u64, end: u64) -> u64 {
    match sparse_indices(cx.rt(), o, k) {
        Some(keys) => keys.filter(|&i| i >= k && i < end).min().unwrap_or(end),
        None => k,
    }
}

/// Walking down: the last index at or below `k` that may hold an element of
/// `o` (see `next_present`), or None when there is none.
pub fn prev_present(cx: &mut dyn Host, o: Value, k: u64) -> Option<u64> {
    let dense_len = match cx.rt().obj(o).map(|x| &x.class) {
        Some(Class::Array(e)) => e.dense.len() as u64,
        _ => 0,
    };
    match sparse_indices(cx.rt(), o, k) {
        Some(keys) => keys.filter(|&i| i <= k).max().or_else(|| dense_len.checked_sub(1)),
        None => Some(k),
    }
}

/// Whether any named-storage (shape or dictionary) key of `o` is an index.
fn has_index_keys(rt: &Runtime, o: Value) -> bool {
    let Some(obj) = rt.obj(o) else { return false };
    if let Some(dict) = &obj.dict {
        return dict.keys().any(|k| matches!(k, PropKey::Index(_)));
    }
    let mut shape = obj.shape;
    loop {
        let s = rt.shapes.get(shape);
        match (s.key, s.parent) {
            (Some(PropKey::Index(_)), _) => return true,
            (_, Some(parent)) => shape = parent,
            _ => return false,
        }
    }
}

/// A data property found on `o` or its prototypes without running code.
fn data_property(rt: &Runtime, o: Value, key: PropKey) -> Option<Value> {
    let mut current = o;
    for _ in 0..10_000 {
        match rt.get_own(current, key) {
            OwnProp::Slot(v, f) => return if f.is_accessor() { None } else { Some(v) },
            OwnProp::None => current = rt.obj(current)?.proto,
        }
        rt.obj(current)?;
    }
    None
}

/// How V8 shows a value in messages such as "x is not a function", without
/// running any JavaScript: primitives as their string, errors as
/// `Name: message`, objects using `Object.prototype.toString` as
/// `#<Constructor>`, other objects as `[object Tag]`.
pub fn describe_value(rt: &mut Runtime, v: Value) -> String {
    if !rt.is_object(v) {
        let s = ops::primitive_to_string(rt, v);
        let units = rt.heap.string_units(s.as_ref());
        return String::from_utf16_lossy(&units);
    }
    let text_of = |rt: &mut Runtime, s: Option<Value>| -> Option<String> {
        let s = s?;
        if !rt.is_string(s) {
            return None;
        }
        Some(String::from_utf16_lossy(rt.heap.flat(s.as_ref())))
    };
    if rt.is_callable(v) {
        return String::from("function");
    }
    if matches!(rt.obj(v).map(|o| &o.class), Some(Class::Error)) {
        let name = data_property(rt, v, PropKey::Atom(atoms::NAME));
        let name = text_of(rt, name).unwrap_or_else(|| String::from("Error"));
        let message = data_property(rt, v, PropKey::Atom(atoms::MESSAGE));
        let message = text_of(rt, message).unwrap_or_default();
        return if message.is_empty() { name } else { format!("{}: {}", name, message) };
    }
    let to_string = data_property(rt, v, PropKey::Atom(atoms::TO_STRING));
    let object_to_string = data_property(rt, rt.intrinsics.object_proto, PropKey::Atom(atoms::TO_STRING));
    if to_string.is_some() && to_string == object_to_string {
        let ctor = data_property(rt, v, PropKey::Atom(atoms::CONSTRUCTOR));
        let name = ctor.and_then(|c| data_property(rt, c, PropKey::Atom(atoms::NAME)));
        let name = text_of(rt, name).filter(|n| !n.is_empty()).unwrap_or_else(|| String::from("Object"));
        return format!("#<{}>", name);
    }
    format!("[object {}]", super::object::builtin_tag(rt, v))
}

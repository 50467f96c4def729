//! The abstract operations of ECMAScript that every engine calls: type
//! conversion (ToPrimitive, ToNumber, ToString, ToPropertyKey), property
//! get/set/has/delete through the prototype chain (getters and setters
//! included), equality, relational comparison, `+`, `typeof`, `instanceof`.
//! They take a `Host` because any of them may call back into JavaScript.

use crate::builtins::array::describe_value;
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::number;
use crate::object::Class;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::shape::{AtomId, PropFlags, PropKey};
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hint {
    Default,
    Number,
    String,
}

pub fn to_boolean(rt: &Runtime, v: Value) -> bool {
    if v.is_bool() {
        return v.as_bool();
    }
    if v.is_int() {
        return v.as_int() != 0;
    }
    if v.is_double() {
        let d = v.as_double();
        return !(d == 0.0 || d.is_nan());
    }
    if v.is_nullish() {
        return false;
    }
    if let Some(r) = v.to_ref() {
        if rt.heap.is_string(v) {
            return rt.heap.string_len(r) != 0;
        }
        return true;
    }
    false
}

pub fn to_primitive(cx: &mut dyn Host, v: Value, hint: Hint) -> JsResult<Value> {
    if !cx.rt().is_object(v) {
        return Ok(v);
    }
    let order = if hint == Hint::String { [atoms::TO_STRING, atoms::VALUE_OF] } else { [atoms::VALUE_OF, atoms::TO_STRING] };
    for name in order {
        let method = get(cx, v, PropKey::Atom(name))?;
        if cx.rt().is_callable(method) {
            let result = cx.call(method, v, &[])?;
            if !cx.rt().is_object(result) {
                return Ok(result);
            }
        }
    }
    Err(type_error(cx, "Cannot convert object to primitive value"))
}

/// `ToIntegerOrInfinity` of a value: ToNumber, then the integer part
/// (NaN gives +0; infinities stay).
pub fn to_integer(cx: &mut dyn Host, v: Value) -> JsResult<f64> {
    Ok(crate::number::to_integer_or_infinity(to_number(cx, v)?))
}

pub fn to_number(cx: &mut dyn Host, v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    if v.is_undefined() {
        return Ok(f64::NAN);
    }
    if v.is_null() {
        return Ok(0.0);
    }
    if v.is_bool() {
        return Ok(if v.as_bool() { 1.0 } else { 0.0 });
    }
    if cx.rt().is_string(v) {
        let units = cx.rt().heap.flat(v.as_ref());
        return Ok(number::string_to_number(units));
    }
    let p = to_primitive(cx, v, Hint::Number)?;
    to_number(cx, p)
}

/// ToString, producing a heap string value.
pub fn to_string(cx: &mut dyn Host, v: Value) -> JsResult<Value> {
    if cx.rt().is_string(v) {
        return Ok(v);
    }
    if cx.rt().is_object(v) {
        let p = to_primitive(cx, v, Hint::String)?;
        return to_string(cx, p);
    }
    Ok(primitive_to_string(cx.rt(), v))
}

/// ToString of a non-object value.
pub fn primitive_to_string(rt: &mut Runtime, v: Value) -> Value {
    if rt.is_string(v) {
        return v;
    }
    let atom = match v {
        Value::UNDEFINED => atoms::UNDEFINED,
        Value::NULL => atoms::NULL,
        Value::TRUE => atoms::TRUE,
        Value::FALSE => atoms::FALSE,
        _ if v.is_number() => {
            let text = number_text(v.as_number());
            return rt.str(&text);
        }
        _ => atoms::EMPTY,
    };
    rt.atom_string(atom)
}

pub fn number_text(n: f64) -> String {
    if n == (n as i32) as f64 && !(n == 0.0 && n.is_sign_negative()) {
        return format!("{}", n as i32);
    }
    number::number_to_string(n)
}

/// ToString as code units.
pub fn to_units(cx: &mut dyn Host, v: Value) -> JsResult<Vec<u16>> {
    let s = to_string(cx, v)?;
    Ok(cx.rt().heap.string_units(s.as_ref()))
}

/// ToString as a Rust string (lossy for lone surrogates): for messages.
pub fn to_rust_string(cx: &mut dyn Host, v: Value) -> JsResult<String> {
    let units = to_units(cx, v)?;
    Ok(String::from_utf16_lossy(&units))
}

pub fn to_property_key(cx: &mut dyn Host, v: Value) -> JsResult<PropKey> {
    if v.is_int() && v.as_int() >= 0 {
        return Ok(PropKey::Index(v.as_int() as u32));
    }
    let s = if cx.rt().is_string(v) { v } else { to_string(cx, v)? };
    let rt = cx.rt();
    let units = rt.heap.string_units(s.as_ref());
    Ok(rt.key_from_units(&units))
}

pub fn to_object(cx: &mut dyn Host, v: Value) -> JsResult<Value> {
    if cx.rt().is_object(v) {
        return Ok(v);
    }
    if v.is_nullish() {
        return Err(type_error(cx, "Cannot convert undefined or null to object"));
    }
    let rt = cx.rt();
    let (class, proto) = if v.is_number() {
        (Class::BoxedNumber(v.as_number()), rt.intrinsics.number_proto)
    } else if v.is_bool() {
        (Class::BoxedBool(v.as_bool()), rt.intrinsics.boolean_proto)
    } else {
        (Class::BoxedString(v), rt.intrinsics.string_proto)
    };
    Ok(rt.alloc_object(class, proto))
}

pub fn typeof_atom(rt: &Runtime, v: Value) -> AtomId {
    if v.is_number() {
        atoms::NUMBER
    } else if v.is_bool() {
        atoms::BOOLEAN
    } else if v.is_undefined() {
        atoms::UNDEFINED
    } else if v.is_null() {
        atoms::OBJECT
    } else if rt.is_string(v) {
        atoms::STRING
    } else if rt.is_callable(v) {
        atoms::FUNCTION
    } else {
        atoms::OBJECT
    }
}

// ---- equality -----------------------------------------------------------

fn string_eq(rt: &mut Runtime, a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (ra, rb) = (a.as_ref(), b.as_ref());
    if rt.heap.string_len(ra) != rt.heap.string_len(rb) {
        return false;
    }
    let ua = rt.heap.string_units(ra);
    ua == rt.heap.flat(rb)
}

pub fn strict_equals(rt: &mut Runtime, a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if rt.is_string(a) && rt.is_string(b) {
        return string_eq(rt, a, b);
    }
    a == b
}

/// SameValueZero (Map/Set keys, `includes`).
pub fn same_value_zero(rt: &mut Runtime, a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_equals(rt, a, b)
}

/// SameValue (`Object.is`).
pub fn same_value(rt: &mut Runtime, a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative());
    }
    strict_equals(rt, a, b)
}

pub fn loose_equals(cx: &mut dyn Host, a: Value, b: Value) -> JsResult<bool> {
    let rt = cx.rt();
    if a.is_number() && b.is_number() {
        return Ok(a.as_number() == b.as_number());
    }
    let (a_str, b_str) = (rt.is_string(a), rt.is_string(b));
    if a_str && b_str {
        return Ok(string_eq(rt, a, b));
    }
    if a.is_nullish() || b.is_nullish() {
        return Ok(a.is_nullish() && b.is_nullish());
    }
    let (a_obj, b_obj) = (rt.is_object(a), rt.is_object(b));
    if a_obj && b_obj {
        return Ok(a == b);
    }
    if a.is_bool() {
        return loose_equals(cx, Value::int(a.as_bool() as i32), b);
    }
    if b.is_bool() {
        return loose_equals(cx, a, Value::int(b.as_bool() as i32));
    }
    if (a.is_number() && b_str) || (a_str && b.is_number()) {
        let x = to_number(cx, a)?;
        let y = to_number(cx, b)?;
        return Ok(x == y);
    }
    if a_obj {
        let p = to_primitive(cx, a, Hint::Default)?;
        return loose_equals(cx, p, b);
    }
    if b_obj {
        let p = to_primitive(cx, b, Hint::Default)?;
        return loose_equals(cx, a, p);
    }
    Ok(false)
}

// ---- arithmetic and comparison -------------------------------------------

/// The `+` operator.
pub fn add(cx: &mut dyn Host, a: Value, b: Value) -> JsResult<Value> {
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    let pa = to_primitive(cx, a, Hint::Default)?;
    let pb = to_primitive(cx, b, Hint::Default)?;
    let rt = cx.rt();
    if rt.is_string(pa) || rt.is_string(pb) {
        let sa = to_string(cx, pa)?;
        let sb = to_string(cx, pb)?;
        return Ok(cx.rt().heap.concat_strings(sa.as_ref(), sb.as_ref()));
    }
    let x = to_number(cx, pa)?;
    let y = to_number(cx, pb)?;
    Ok(Value::number(x + y))
}

/// Abstract relational comparison `a < b`: None means undefined (NaN).
pub fn less_than(cx: &mut dyn Host, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        if x.is_nan() || y.is_nan() {
            return Ok(None);
        }
        return Ok(Some(x < y));
    }
    let (pa, pb) = if left_first {
        let pa = to_primitive(cx, a, Hint::Number)?;
        (pa, to_primitive(cx, b, Hint::Number)?)
    } else {
        let pb = to_primitive(cx, b, Hint::Number)?;
        (to_primitive(cx, a, Hint::Number)?, pb)
    };
    let rt = cx.rt();
    if rt.is_string(pa) && rt.is_string(pb) {
        let ua = rt.heap.string_units(pa.as_ref());
        let ub = rt.heap.flat(pb.as_ref());
        return Ok(Some(ua.as_slice() < ub));
    }
    let x = to_number(cx, pa)?;
    let y = to_number(cx, pb)?;
    if x.is_nan() || y.is_nan() {
        return Ok(None);
    }
    Ok(Some(x < y))
}

// ---- property access ----------------------------------------------------

/// The object whose properties a primitive receiver sees.
fn proto_for_primitive(rt: &Runtime, v: Value) -> Value {
    if v.is_number() {
        rt.intrinsics.number_proto
    } else if v.is_bool() {
        rt.intrinsics.boolean_proto
    } else {
        rt.intrinsics.string_proto
    }
}

/// `receiver[key]`, walking the prototype chain and calling getters.
pub fn get(cx: &mut dyn Host, receiver: Value, key: PropKey) -> JsResult<Value> {
    let rt = cx.rt();
    let mut current = receiver;
    if !rt.is_object(receiver) {
        if receiver.is_nullish() {
            let what = if receiver.is_null() { "null" } else { "undefined" };
            let msg = format!("Cannot read properties of {} (reading '{}')", what, rt.key_text(key));
            return Err(type_error(cx, &msg));
        }
        if rt.is_string(receiver) {
            let r = receiver.as_ref();
            match key {
                PropKey::Atom(atoms::LENGTH) => return Ok(Value::int(rt.heap.string_len(r) as i32)),
                PropKey::Index(i) => {
                    if (i as usize) < rt.heap.string_len(r) {
                        let unit = rt.heap.flat(r)[i as usize];
                        return Ok(rt.heap.alloc_string(&[unit]));
                    }
                }
                _ => {}
            }
        }
        current = proto_for_primitive(rt, receiver);
    }
    loop {
        let rt = cx.rt();
        match rt.get_own(current, key) {
            OwnProp::Slot(v, flags) => {
                if flags.is_accessor() {
                    let getter = match rt.obj(v).map(|o| &o.class) {
                        Some(Class::Accessor { get, .. }) => *get,
                        _ => Value::UNDEFINED,
                    };
                    if getter.is_undefined() {
                        return Ok(Value::UNDEFINED);
                    }
                    return cx.call(getter, receiver, &[]);
                }
                if let (Some(Class::BoxedString(s)), PropKey::Index(i)) = (rt.obj(current).map(|o| &o.class), key) {
                    let s = *s;
                    let unit = rt.heap.flat(s.as_ref())[i as usize];
                    return Ok(rt.heap.alloc_string(&[unit]));
                }
                return Ok(v);
            }
            OwnProp::None => {
                let proto = match rt.obj(current) {
                    Some(o) => o.proto,
                    None => return Ok(Value::UNDEFINED),
                };
                if proto.is_null() || proto.is_undefined() {
                    return Ok(Value::UNDEFINED);
                }
                current = proto;
            }
        }
    }
}

pub fn get_by_atom(cx: &mut dyn Host, receiver: Value, atom: AtomId) -> JsResult<Value> {
    get(cx, receiver, PropKey::Atom(atom))
}

/// `target[key] = value` (OrdinarySet). In strict code a failed assignment
/// throws a TypeError; in sloppy code it is silently ignored.
pub fn set(cx: &mut dyn Host, target: Value, key: PropKey, value: Value, strict: bool) -> JsResult<()> {
    let rt = cx.rt();
    if !rt.is_object(target) {
        if target.is_nullish() {
            let what = if target.is_null() { "null" } else { "undefined" };
            let msg = format!("Cannot set properties of {} (setting '{}')", what, rt.key_text(key));
            return Err(type_error(cx, &msg));
        }
        if strict {
            let msg = format!("Cannot create property '{}' on {}", rt.key_text(key), primitive_description(rt, target));
            return Err(type_error(cx, &msg));
        }
        return Ok(());
    }
    // Fast path: an own writable data property.
    if let OwnProp::Slot(_, flags) = rt.get_own(target, key) {
        if !flags.is_accessor() && flags.writable() {
            if key == PropKey::Atom(atoms::LENGTH) && rt.is_array(target) {
                return crate::builtins::array::set_array_length(cx, target, value, strict);
            }
            rt.write_own_slot(target, key, value);
            return Ok(());
        }
    }
    let mut current = target;
    loop {
        let rt = cx.rt();
        match rt.get_own(current, key) {
            OwnProp::Slot(v, flags) => {
                if flags.is_accessor() {
                    let setter = match rt.obj(v).map(|o| &o.class) {
                        Some(Class::Accessor { set, .. }) => *set,
                        _ => Value::UNDEFINED,
                    };
                    if setter.is_undefined() {
                        if strict {
                            let msg = format!("Cannot set property {} of {} which has only a getter", rt.key_text(key), describe_value(rt, target));
                            return Err(type_error(cx, &msg));
                        }
                        return Ok(());
                    }
                    cx.call(setter, target, &[value])?;
                    return Ok(());
                }
                if !flags.writable() {
                    if strict {
                        let msg = format!("Cannot assign to read only property '{}' of object '{}'", rt.key_text(key), describe_value(rt, target));
                        return Err(type_error(cx, &msg));
                    }
                    return Ok(());
                }
                break;
            }
            OwnProp::None => {
                let proto = rt.obj(current).map(|o| o.proto).unwrap_or(Value::NULL);
                if !rt.is_object(proto) {
                    break;
                }
                current = proto;
            }
        }
    }
    let rt = cx.rt();
    let ok = match rt.get_own(target, key) {
        OwnProp::Slot(_, _) => rt.write_own_slot(target, key, value),
        OwnProp::None => rt.define_own(target, key, value, PropFlags::DATA),
    };
    if !ok {
        let readonly_length = match (rt.obj(target).map(|o| &o.class), key) {
            (Some(Class::Array(e)), PropKey::Index(i)) => e.length_readonly && i >= e.length() && rt.obj(target).is_some_and(|o| o.extensible),
            _ => false,
        };
        if readonly_length && strict {
            return Err(type_error(cx, "Cannot assign to read only property 'length' of object '[object Array]'"));
        }
        if strict {
            let msg = format!("Cannot add property {}, object is not extensible", rt.key_text(key));
            return Err(type_error(cx, &msg));
        }
    }
    Ok(())
}

fn primitive_description(rt: &mut Runtime, v: Value) -> String {
    if rt.is_string(v) {
        let units = rt.heap.string_units(v.as_ref());
        format!("string '{}'", String::from_utf16_lossy(&units))
    } else if v.is_number() {
        format!("number '{}'", number_text(v.as_number()))
    } else if v.is_bool() {
        format!("boolean '{}'", v.as_bool())
    } else {
        String::from("value")
    }
}

pub fn has_property(cx: &mut dyn Host, target: Value, key: PropKey) -> JsResult<bool> {
    let rt = cx.rt();
    let mut current = target;
    while rt.is_object(current) {
        if let OwnProp::Slot(..) = rt.get_own(current, key) {
            return Ok(true);
        }
        current = rt.obj(current).map(|o| o.proto).unwrap_or(Value::NULL);
    }
    Ok(false)
}

/// `delete target[key]`.
pub fn delete_property(cx: &mut dyn Host, target: Value, key: PropKey, strict: bool) -> JsResult<bool> {
    let rt = cx.rt();
    if target.is_nullish() {
        let msg = format!("Cannot convert undefined or null to object");
        return Err(type_error(cx, &msg));
    }
    if !rt.is_object(target) {
        if rt.is_string(target) {
            let len = rt.heap.string_len(target.as_ref());
            let blocked = key == PropKey::Atom(atoms::LENGTH) || matches!(key, PropKey::Index(i) if (i as usize) < len);
            if blocked {
                if strict {
                    let msg = format!("Cannot delete property '{}' of [object String]", rt.key_text(key));
                    return Err(type_error(cx, &msg));
                }
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let ok = rt.delete_own(target, key);
    if !ok && strict {
        let msg = format!("Cannot delete property '{}' of {}", rt.key_text(key), describe_value(rt, target));
        return Err(type_error(cx, &msg));
    }
    Ok(ok)
}

/// `value instanceof ctor` (OrdinaryHasInstance; bound functions unwrap).
pub fn instance_of(cx: &mut dyn Host, value: Value, ctor: Value) -> JsResult<bool> {
    let rt = cx.rt();
    if !rt.is_callable(ctor) {
        return Err(type_error(cx, "Right-hand side of 'instanceof' is not callable"));
    }
    if let Some(Class::Bound { target, .. }) = rt.obj(ctor).map(|o| &o.class) {
        let target = *target;
        return instance_of(cx, value, target);
    }
    if !rt.is_object(value) {
        return Ok(false);
    }
    let proto = get(cx, ctor, PropKey::Atom(atoms::PROTOTYPE))?;
    let rt = cx.rt();
    if !rt.is_object(proto) {
        return Err(type_error(cx, "Function has non-object prototype 'undefined' in instanceof check"));
    }
    let mut current = rt.obj(value).map(|o| o.proto).unwrap_or(Value::NULL);
    while rt.is_object(current) {
        if current == proto {
            return Ok(true);
        }
        current = rt.obj(current).map(|o| o.proto).unwrap_or(Value::NULL);
    }
    Ok(false)
}

/// Calls `f` after checking it is callable (message names `what`).
pub fn call_value(cx: &mut dyn Host, f: Value, this: Value, args: &[Value], what: &str) -> JsResult<Value> {
    if !cx.rt().is_callable(f) {
        return Err(type_error(cx, &format!("{} is not a function", what)));
    }
    cx.call(f, this, args)
}

/// Reads a property and calls it as a method.
pub fn invoke(cx: &mut dyn Host, receiver: Value, name: AtomId, args: &[Value]) -> JsResult<Value> {
    let f = get(cx, receiver, PropKey::Atom(name))?;
    let what = cx.rt().atoms.text(name);
    call_value(cx, f, receiver, args, &what)
}

/// The length of an array-like (`ToLength(Get(o, "length"))`).
pub fn length_of(cx: &mut dyn Host, o: Value) -> JsResult<u64> {
    if let Some(Class::Array(elements)) = cx.rt().obj(o).map(|o| &o.class) {
        return Ok(elements.length() as u64);
    }
    let len = get(cx, o, PropKey::Atom(atoms::LENGTH))?;
    let n = to_number(cx, len)?;
    if n.is_nan() || n <= 0.0 {
        return Ok(0);
    }
    Ok(n.min(9007199254740991.0) as u64)
}

/// Property key for an index that may exceed the u32 index range.
pub fn index_key(rt: &mut Runtime, i: u64) -> PropKey {
    if i < u32::MAX as u64 {
        PropKey::Index(i as u32)
    } else {
        rt.key_from_str(&format!("{}", i))
    }
}



//! `JSON.stringify(value, replacer, space)`: SerializeJSONProperty and its
//! helpers from the spec (toJSON, replacer function or property list,
//! indentation, wrapper unwrapping, QuoteJSONString), writing into one
//! UTF-16 buffer, and V8's multi-line "Converting circular structure to
//! JSON" message.
//!
//! Rooting: every object being serialized is on `State::stack` and on the
//! runtime's root stack; values between calls are passed as `this` or
//! arguments of the calls that could collect, which the engine roots.

use super::arg;
use super::json::{self, push_str, MAX_DEPTH};
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult, Thrown};
use crate::number;
use crate::object::Class;
use crate::ops;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

/// `JSON.stringify(value, replacer, space)`.
pub fn stringify(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mark = cx.rt().roots.len();
    let result = run(cx, arg(args, 0), arg(args, 1), arg(args, 2));
    cx.rt().roots.truncate(mark);
    match result? {
        Some(units) => Ok(cx.rt().heap.alloc_string_owned(units)),
        None => Ok(Value::UNDEFINED),
    }
}

/// Where a value was found: an array element or an object property. It is
/// the key passed to `toJSON` and the replacer, and names the value in the
/// circular-structure message ("index 0" / "property 'x'").
#[derive(Clone, Copy)]
enum Key {
    Index(u32),
    Prop(PropKey),
}

struct State {
    /// The replacer function, or undefined.
    replacer: Value,
    /// The replacer array's property list, duplicates removed.
    props: Option<Vec<PropKey>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The objects being serialized, outermost first, with their keys.
    stack: Vec<(Key, Value)>,
    out: Vec<u16>,
}

fn run(cx: &mut dyn Host, value: Value, replacer: Value, space: Value) -> JsResult<Option<Vec<u16>>> {
    let mut st = State { replacer: Value::UNDEFINED, props: None, gap: Vec::new(), indent: Vec::new(), stack: Vec::new(), out: Vec::new() };
    if cx.rt().is_callable(replacer) {
        st.replacer = replacer;
    } else if cx.rt().is_array(replacer) {
        st.props = Some(property_list(cx, replacer)?);
    }
    st.gap = gap(cx, space)?;
    let wrapper = cx.rt().new_object();
    cx.rt().roots.push(wrapper);
    let key = Key::Prop(PropKey::Atom(atoms::EMPTY));
    cx.rt().define_own(wrapper, PropKey::Atom(atoms::EMPTY), value, PropFlags::DATA);
    let value = prepare(cx, &st, wrapper, key, value)?;
    if !serializable(cx.rt(), value) {
        return Ok(None);
    }
    write_value(cx, &mut st, key, value)?;
    Ok(Some(st.out))
}

/// The property list of a replacer array: its strings and numbers (and
/// String/Number objects) as keys, in order, without duplicates.
fn property_list(cx: &mut dyn Host, replacer: Value) -> JsResult<Vec<PropKey>> {
    let len = ops::length_of(cx, replacer)?;
    let mut list: Vec<PropKey> = Vec::new();
    let mut seen = hashbrown::HashSet::<PropKey, crate::object::FxBuild>::default();
    for i in 0..len {
        let v = super::array::get_index(cx, replacer, i)?;
        let rt = cx.rt();
        let item = if rt.is_string(v) {
            v
        } else if v.is_number() || matches!(rt.obj(v).map(|o| &o.class), Some(Class::BoxedNumber(_) | Class::BoxedString(_))) {
            ops::to_string(cx, v)?
        } else {
            continue;
        };
        let units = cx.rt().heap.string_units(item.as_ref());
        let key = cx.rt().key_from_units(&units);
        if seen.insert(key) {
            list.push(key);
        }
    }
    Ok(list)
}

/// The indentation unit: up to 10 spaces for a number, the first 10 code
/// units of a string (Number/String objects are converted first).
fn gap(cx: &mut dyn Host, space: Value) -> JsResult<Vec<u16>> {
    let space = match cx.rt().obj(space).map(|o| &o.class) {
        Some(Class::BoxedNumber(_)) => Value::number(ops::to_number(cx, space)?),
        Some(Class::BoxedString(_)) => ops::to_string(cx, space)?,
        _ => space,
    };
    if space.is_number() {
        let n = number::to_integer_or_infinity(space.as_number()).min(10.0);
        return Ok(if n >= 1.0 { alloc::vec![0x20; n as usize] } else { Vec::new() });
    }
    if cx.rt().is_string(space) {
        let units = cx.rt().heap.flat(space.as_ref());
        return Ok(units[..units.len().min(10)].to_vec());
    }
    Ok(Vec::new())
}

fn key_value(rt: &mut Runtime, key: Key) -> Value {
    match key {
        Key::Index(i) => rt.key_to_value(PropKey::Index(i)),
        Key::Prop(k) => rt.key_to_value(k),
    }
}

/// The first steps of SerializeJSONProperty: `toJSON`, the replacer
/// function, and unwrapping Number/String/Boolean objects.
fn prepare(cx: &mut dyn Host, st: &State, holder: Value, key: Key, mut value: Value) -> JsResult<Value> {
    if cx.rt().is_object(value) {
        let to_json = ops::get(cx, value, PropKey::Atom(atoms::TO_JSON))?;
        if cx.rt().is_callable(to_json) {
            let k = key_value(cx.rt(), key);
            value = cx.call(to_json, value, &[k])?;
        }
    }
    if !st.replacer.is_undefined() {
        let k = key_value(cx.rt(), key);
        value = cx.call(st.replacer, holder, &[k, value])?;
    }
    Ok(match cx.rt().obj(value).map(|o| &o.class) {
        Some(Class::BoxedNumber(_)) => Value::number(ops::to_number(cx, value)?),
        Some(Class::BoxedString(_)) => ops::to_string(cx, value)?,
        Some(Class::BoxedBool(b)) => Value::bool(*b),
        _ => value,
    })
}

/// Whether a prepared value produces output (undefined and functions don't).
fn serializable(rt: &Runtime, value: Value) -> bool {
    !value.is_undefined() && !rt.is_callable(value)
}

/// Writes a prepared, serializable value.
fn write_value(cx: &mut dyn Host, st: &mut State, key: Key, value: Value) -> JsResult<()> {
    let rt = cx.rt();
    if value.is_null() {
        push_str(&mut st.out, "null");
    } else if value.is_bool() {
        push_str(&mut st.out, if value.as_bool() { "true" } else { "false" });
    } else if value.is_number() {
        let n = value.as_number();
        if n.is_finite() {
            push_str(&mut st.out, &ops::number_text(n));
        } else {
            push_str(&mut st.out, "null");
        }
    } else if rt.is_string(value) {
        let units = rt.heap.flat(value.as_ref());
        quote(&mut st.out, units);
    } else {
        let is_array = rt.is_array(value);
        enter(cx, st, key, value)?;
        let mark = cx.rt().roots.len();
        cx.rt().roots.push(value);
        if is_array {
            write_array(cx, st, value)?;
        } else {
            write_object(cx, st, value)?;
        }
        cx.rt().roots.truncate(mark);
        st.stack.pop();
    }
    Ok(())
}

/// Pushes an object on the stack, refusing cycles and excessive depth.
fn enter(cx: &mut dyn Host, st: &mut State, key: Key, value: Value) -> JsResult<()> {
    if let Some(start) = st.stack.iter().position(|&(_, o)| o == value) {
        return Err(circular_error(cx, st, start, key));
    }
    if st.stack.len() >= MAX_DEPTH {
        return Err(json::too_deep(cx));
    }
    st.stack.push((key, value));
    Ok(())
}

/// A newline and the current indentation (only when there is a gap).
fn newline(st: &mut State) {
    if !st.gap.is_empty() {
        st.out.push(0x0A);
        st.out.extend_from_slice(&st.indent);
    }
}

fn write_object(cx: &mut dyn Host, st: &mut State, object: Value) -> JsResult<()> {
    let stepback = st.indent.len();
    st.indent.extend_from_slice(&st.gap.clone());
    let keys = match &st.props {
        Some(list) => list.clone(),
        None => cx.rt().own_keys(object, true),
    };
    st.out.push(u16::from(b'{'));
    let mut empty = true;
    for k in keys {
        let v = ops::get(cx, object, k)?;
        let v = prepare(cx, st, object, Key::Prop(k), v)?;
        if !serializable(cx.rt(), v) {
            continue;
        }
        if !empty {
            st.out.push(u16::from(b','));
        }
        empty = false;
        newline(st);
        match k {
            PropKey::Atom(a) => quote(&mut st.out, cx.rt().atoms.get(a)),
            PropKey::Index(i) => {
                let digits: Vec<u16> = alloc::format!("{}", i).encode_utf16().collect();
                quote(&mut st.out, &digits);
            }
        }
        st.out.push(u16::from(b':'));
        if !st.gap.is_empty() {
            st.out.push(0x20);
        }
        write_value(cx, st, Key::Prop(k), v)?;
    }
    st.indent.truncate(stepback);
    if !empty {
        newline(st);
    }
    st.out.push(u16::from(b'}'));
    Ok(())
}

fn write_array(cx: &mut dyn Host, st: &mut State, array: Value) -> JsResult<()> {
    let stepback = st.indent.len();
    st.indent.extend_from_slice(&st.gap.clone());
    let len = ops::length_of(cx, array)?;
    st.out.push(u16::from(b'['));
    for i in 0..len {
        if i > 0 {
            st.out.push(u16::from(b','));
        }
        newline(st);
        let key = Key::Index(i as u32);
        let v = super::array::get_index(cx, array, i)?;
        let v = prepare(cx, st, array, key, v)?;
        if serializable(cx.rt(), v) {
            write_value(cx, st, key, v)?;
        } else {
            push_str(&mut st.out, "null");
        }
    }
    st.indent.truncate(stepback);
    if len > 0 {
        newline(st);
    }
    st.out.push(u16::from(b']'));
    Ok(())
}

/// QuoteJSONString: `"` + the string with `"`, `\`, control characters and
/// lone surrogates escaped + `"`.
pub fn quote(out: &mut Vec<u16>, units: &[u16]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(units.len() + 2);
    out.push(0x22);
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        let short = match c {
            0x08 => Some(b'b'),
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            0x22 => Some(b'"'),
            0x5C => Some(b'\\'),
            _ => None,
        };
        let lone_surrogate = match c {
            0xD800..=0xDBFF => !matches!(units.get(i + 1), Some(0xDC00..=0xDFFF)),
            0xDC00..=0xDFFF => true,
            _ => false,
        };
        if let Some(s) = short {
            out.extend_from_slice(&[0x5C, u16::from(s)]);
        } else if c < 0x20 || lone_surrogate {
            out.extend_from_slice(&[0x5C, u16::from(b'u')]);
            out.extend((0..4).rev().map(|shift| u16::from(HEX[((c >> (shift * 4)) & 0xF) as usize])));
        } else if (0xD800..=0xDBFF).contains(&c) {
            // A valid pair: copy both halves.
            out.extend_from_slice(&units[i..i + 2]);
            i += 1;
        } else {
            out.push(c);
        }
        i += 1;
    }
    out.push(0x22);
}

// ---- the circular-structure message ------------------------------------------

/// How many stack entries V8 prints after the first one, and before the
/// closing one, when it abbreviates a long cycle with `...`.
const CYCLE_PREFIX: usize = 2;
const CYCLE_POSTFIX: usize = 1;

/// V8's TypeError for a cycle: the path from the object seen twice (at
/// `start` on the stack) back to it, e.g.
/// "Converting circular structure to JSON\n    --> starting at object with
/// constructor 'Object'\n    --- property 'self' closes the circle".
fn circular_error(cx: &mut dyn Host, st: &State, start: usize, closing: Key) -> Thrown {
    let rt = cx.rt();
    let mut msg = String::from("Converting circular structure to JSON");
    msg.push_str("\n    --> starting at object with constructor '");
    msg.push_str(&constructor_name(rt, st.stack[start].1));
    msg.push('\'');
    let len = st.stack.len();
    let mut index = start + 1;
    let prefix_end = len.min(index + CYCLE_PREFIX);
    let mut line = |msg: &mut String, (key, object): (Key, Value)| {
        msg.push_str("\n    |     ");
        msg.push_str(&describe_key(rt, key));
        msg.push_str(" -> object with constructor '");
        msg.push_str(&constructor_name(rt, object));
        msg.push('\'');
    };
    while index < prefix_end {
        line(&mut msg, st.stack[index]);
        index += 1;
    }
    if len > index + CYCLE_POSTFIX {
        msg.push_str("\n    |     ...");
    }
    index = index.max(len - CYCLE_POSTFIX);
    while index < len {
        line(&mut msg, st.stack[index]);
        index += 1;
    }
    msg.push_str("\n    --- ");
    msg.push_str(&describe_key(rt, closing));
    msg.push_str(" closes the circle");
    type_error(cx, &msg)
}

fn describe_key(rt: &Runtime, key: Key) -> String {
    match key {
        Key::Index(i) => alloc::format!("index {}", i),
        Key::Prop(k) => {
            let text = rt.key_text(k);
            if text.is_empty() { String::from("<anonymous>") } else { alloc::format!("property '{}'", text) }
        }
    }
}

/// V8's GetConstructorName, without running code: the name of the first
/// `constructor` data property on the prototype chain that is a function
/// with a name other than "Object", else the object's builtin class name.
pub fn constructor_name(rt: &mut Runtime, o: Value) -> String {
    let mut current = o;
    for _ in 0..10_000 {
        if let OwnProp::Slot(ctor, flags) = rt.get_own(current, PropKey::Atom(atoms::CONSTRUCTOR)) {
            if !flags.is_accessor() && rt.is_callable(ctor) {
                if let OwnProp::Slot(name, nflags) = rt.get_own(ctor, PropKey::Atom(atoms::NAME)) {
                    if !nflags.is_accessor() && rt.is_string(name) {
                        let text = String::from_utf16_lossy(rt.heap.flat(name.as_ref()));
                        if !text.is_empty() && text != "Object" {
                            return text;
                        }
                    }
                }
            }
        }
        match rt.obj(current).map(|x| x.proto) {
            Some(p) if rt.is_object(p) => current = p,
            _ => break,
        }
    }
    String::from(super::object::builtin_tag(rt, o))
}

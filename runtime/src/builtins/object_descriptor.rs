//! Property descriptors: ToPropertyDescriptor, ValidateAndApplyPropertyDescriptor
//! (with the array exotic cases: `length` through ArraySetLength, indices
//! past a read-only length) and FromPropertyDescriptor — what
//! `Object.defineProperty/defineProperties/create/getOwnPropertyDescriptor`
//! are built on.

use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::object::Class;
use crate::ops;
use crate::property::OwnProp;
use crate::shape::{AtomId, PropFlags, PropKey};
use crate::value::Value;
use alloc::format;

/// A property descriptor: every field is optional.
#[derive(Clone, Copy, Debug, Default)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

fn field(cx: &mut dyn Host, desc: Value, atom: AtomId) -> JsResult<Option<Value>> {
    if ops::has_property(cx, desc, PropKey::Atom(atom))? {
        return Ok(Some(ops::get(cx, desc, PropKey::Atom(atom))?));
    }
    Ok(None)
}

/// ToPropertyDescriptor: reads the fields in the spec's order (enumerable,
/// configurable, value, writable, get, set). The values read are rooted
/// until the caller truncates the root stack.
pub fn to_property_descriptor(cx: &mut dyn Host, desc: Value) -> JsResult<Descriptor> {
    if !cx.rt().is_object(desc) {
        let text = super::array::describe_value(cx.rt(), desc);
        return Err(type_error(cx, &format!("Property description must be an object: {}", text)));
    }
    let mut d = Descriptor::default();
    let b = |cx: &mut dyn Host, v: Option<Value>| v.map(|v| ops::to_boolean(cx.rt(), v));
    let v = field(cx, desc, atoms::ENUMERABLE)?;
    d.enumerable = b(cx, v);
    let v = field(cx, desc, atoms::CONFIGURABLE)?;
    d.configurable = b(cx, v);
    d.value = field(cx, desc, atoms::VALUE)?;
    if let Some(v) = d.value {
        cx.rt().roots.push(v);
    }
    let v = field(cx, desc, atoms::WRITABLE)?;
    d.writable = b(cx, v);
    for (atom, what) in [(atoms::GET, "Getter"), (atoms::SET, "Setter")] {
        let f = field(cx, desc, atom)?;
        if let Some(f) = f {
            if !f.is_undefined() && !cx.rt().is_callable(f) {
                let text = super::array::describe_value(cx.rt(), f);
                return Err(type_error(cx, &format!("{} must be a function: {}", what, text)));
            }
            cx.rt().roots.push(f);
        }
        if atom == atoms::GET {
            d.get = f;
        } else {
            d.set = f;
        }
    }
    if d.is_accessor() && d.is_data() {
        let text = super::array::describe_value(cx.rt(), desc);
        let msg = format!("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}", text);
        return Err(type_error(cx, &msg));
    }
    Ok(d)
}

/// The (getter, setter) of an accessor property's slot value.
fn accessor_pair(cx: &mut dyn Host, v: Value) -> (Value, Value) {
    match cx.rt().obj(v).map(|o| &o.class) {
        Some(Class::Accessor { get, set }) => (*get, *set),
        _ => (Value::UNDEFINED, Value::UNDEFINED),
    }
}

/// [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor, and
/// ArrayDefineOwnProperty for arrays): Ok(false) when the definition is not
/// allowed; Err for the RangeError of an invalid array length.
pub fn define_own_property(cx: &mut dyn Host, o: Value, key: PropKey, d: &Descriptor) -> JsResult<bool> {
    if key == PropKey::Atom(atoms::LENGTH) && cx.rt().is_array(o) {
        return define_array_length(cx, o, d);
    }
    let current = cx.rt().get_own(o, key);
    let (cur_value, cur_flags) = match current {
        OwnProp::Slot(v, f) => (v, f),
        OwnProp::None => {
            if !cx.rt().obj(o).map(|x| x.extensible).unwrap_or(false) {
                return Ok(false);
            }
            let mut flags = 0;
            if d.enumerable == Some(true) {
                flags |= PropFlags::ENUMERABLE;
            }
            if d.configurable == Some(true) {
                flags |= PropFlags::CONFIGURABLE;
            }
            let value = if d.is_accessor() {
                flags |= PropFlags::ACCESSOR;
                let proto = cx.rt().intrinsics.object_proto;
                let (g, s) = (d.get.unwrap_or(Value::UNDEFINED), d.set.unwrap_or(Value::UNDEFINED));
                cx.rt().alloc_object(Class::Accessor { get: g, set: s }, proto)
            } else {
                if d.writable == Some(true) {
                    flags |= PropFlags::WRITABLE;
                }
                d.value.unwrap_or(Value::UNDEFINED)
            };
            return Ok(apply(cx, o, key, value, PropFlags(flags)));
        }
    };
    // A boxed string's characters are read through `get`.
    let cur_value = if !cur_flags.is_accessor() && matches!(cx.rt().obj(o).map(|x| &x.class), Some(Class::BoxedString(_))) {
        ops::get(cx, o, key)?
    } else {
        cur_value
    };
    let cur_accessor = cur_flags.is_accessor();
    if !cur_flags.configurable() {
        if d.configurable == Some(true) || d.enumerable.is_some_and(|e| e != cur_flags.enumerable()) {
            return Ok(false);
        }
        let generic = !d.is_accessor() && !d.is_data();
        if !generic && d.is_accessor() != cur_accessor {
            return Ok(false);
        }
        if cur_accessor {
            let (g, s) = accessor_pair(cx, cur_value);
            if d.get.is_some_and(|x| x != g) || d.set.is_some_and(|x| x != s) {
                return Ok(false);
            }
        } else if !cur_flags.writable() {
            if d.writable == Some(true) {
                return Ok(false);
            }
            if let Some(v) = d.value {
                if !ops::same_value(cx.rt(), v, cur_value) {
                    return Ok(false);
                }
            }
        }
    }
    let enumerable = d.enumerable.unwrap_or(cur_flags.enumerable());
    let configurable = d.configurable.unwrap_or(cur_flags.configurable());
    let mut flags = 0;
    if enumerable {
        flags |= PropFlags::ENUMERABLE;
    }
    if configurable {
        flags |= PropFlags::CONFIGURABLE;
    }
    let value = if d.is_accessor() || (cur_accessor && !d.is_data()) {
        flags |= PropFlags::ACCESSOR;
        let (g, s) = if cur_accessor { accessor_pair(cx, cur_value) } else { (Value::UNDEFINED, Value::UNDEFINED) };
        let (g, s) = (d.get.unwrap_or(g), d.set.unwrap_or(s));
        if cur_accessor && d.get.is_none() && d.set.is_none() {
            cur_value
        } else {
            let proto = cx.rt().intrinsics.object_proto;
            cx.rt().alloc_object(Class::Accessor { get: g, set: s }, proto)
        }
    } else {
        let (old_value, old_writable) = if cur_accessor { (Value::UNDEFINED, false) } else { (cur_value, cur_flags.writable()) };
        if d.writable.unwrap_or(old_writable) {
            flags |= PropFlags::WRITABLE;
        }
        d.value.unwrap_or(old_value)
    };
    Ok(apply(cx, o, key, value, PropFlags(flags)))
}

/// Stores the validated property; engines' caches learn of new accessors
/// and read-only properties.
fn apply(cx: &mut dyn Host, o: Value, key: PropKey, value: Value, flags: PropFlags) -> bool {
    if flags.is_accessor() || !flags.writable() {
        cx.rt().invalidate_transitions();
    }
    cx.rt().define_own(o, key, value, flags)
}

/// ArrayDefineOwnProperty for "length" (with ArraySetLength).
fn define_array_length(cx: &mut dyn Host, a: Value, d: &Descriptor) -> JsResult<bool> {
    let new_len = match d.value {
        Some(v) => Some(super::array::array_length_value(cx, v)?),
        None => None,
    };
    let (old_len, writable) = match cx.rt().obj(a).map(|o| &o.class) {
        Some(Class::Array(e)) => (e.length(), !e.length_readonly),
        _ => return Ok(false),
    };
    if d.configurable == Some(true) || d.enumerable == Some(true) || d.is_accessor() {
        return Ok(false);
    }
    if !writable && d.writable == Some(true) {
        return Ok(false);
    }
    let Some(n) = new_len else {
        if d.writable == Some(false) {
            cx.rt().invalidate_transitions();
            cx.rt().make_array_length_readonly(a);
        }
        return Ok(true);
    };
    if n != old_len && !writable {
        return Ok(false);
    }
    let ok = cx.rt().set_array_length(a, n);
    if d.writable == Some(false) {
        cx.rt().invalidate_transitions();
        cx.rt().make_array_length_readonly(a);
    }
    Ok(ok)
}

/// DefinePropertyOrThrow with V8's messages.
pub fn define_property_or_throw(cx: &mut dyn Host, o: Value, key: PropKey, d: &Descriptor) -> JsResult<()> {
    if define_own_property(cx, o, key, d)? {
        return Ok(());
    }
    let name = cx.rt().key_text(key);
    let exists = !matches!(cx.rt().get_own(o, key), OwnProp::None);
    let msg = if exists || key == PropKey::Atom(atoms::LENGTH) {
        format!("Cannot redefine property: {}", name)
    } else {
        format!("Cannot define property {}, object is not extensible", name)
    };
    Err(type_error(cx, &msg))
}

/// FromPropertyDescriptor of own property `key` of `o` (undefined when absent).
pub fn from_own_property(cx: &mut dyn Host, o: Value, key: PropKey) -> JsResult<Value> {
    let OwnProp::Slot(v, f) = cx.rt().get_own(o, key) else { return Ok(Value::UNDEFINED) };
    let v = if !f.is_accessor() && matches!(cx.rt().obj(o).map(|x| &x.class), Some(Class::BoxedString(_))) {
        ops::get(cx, o, key)?
    } else {
        v
    };
    let (g, s) = if f.is_accessor() { accessor_pair(cx, v) } else { (Value::UNDEFINED, Value::UNDEFINED) };
    let rt = cx.rt();
    let desc = rt.new_object();
    if f.is_accessor() {
        rt.define_own(desc, PropKey::Atom(atoms::GET), g, PropFlags::DATA);
        rt.define_own(desc, PropKey::Atom(atoms::SET), s, PropFlags::DATA);
    } else {
        rt.define_own(desc, PropKey::Atom(atoms::VALUE), v, PropFlags::DATA);
        rt.define_own(desc, PropKey::Atom(atoms::WRITABLE), Value::bool(f.writable()), PropFlags::DATA);
    }
    rt.define_own(desc, PropKey::Atom(atoms::ENUMERABLE), Value::bool(f.enumerable()), PropFlags::DATA);
    rt.define_own(desc, PropKey::Atom(atoms::CONFIGURABLE), Value::bool(f.configurable()), PropFlags::DATA);
    Ok(desc)
}

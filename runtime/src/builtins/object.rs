//! `Object` and `Object.prototype`: keys/values/entries/assign/freeze/create,
//! prototype access, property descriptors, hasOwnProperty, toString.

use super::arg;
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::object::Class;
use crate::ops;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::vec::Vec;

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.object_proto;
    let ctor = super::define_constructor(rt, "Object", 1, object_ctor, proto);
    rt.intrinsics.object_ctor = ctor;
    rt.define_native(proto, "hasOwnProperty", 1, has_own_property);
    rt.define_native(proto, "isPrototypeOf", 1, is_prototype_of);
    rt.define_native(proto, "propertyIsEnumerable", 1, property_is_enumerable);
    rt.define_native(proto, "toString", 0, to_string);
    rt.define_native(proto, "toLocaleString", 0, to_string);
    rt.define_native(proto, "valueOf", 0, value_of);
    rt.define_native(ctor, "keys", 1, keys);
    rt.define_native(ctor, "values", 1, values);
    rt.define_native(ctor, "entries", 1, entries);
    rt.define_native(ctor, "assign", 2, assign);
    rt.define_native(ctor, "freeze", 1, freeze);
    rt.define_native(ctor, "isFrozen", 1, is_frozen);
    rt.define_native(ctor, "preventExtensions", 1, prevent_extensions);
    rt.define_native(ctor, "isExtensible", 1, is_extensible);
    rt.define_native(ctor, "create", 2, create);
    rt.define_native(ctor, "getPrototypeOf", 1, get_prototype_of);
    rt.define_native(ctor, "setPrototypeOf", 2, set_prototype_of);
    rt.define_native(ctor, "getOwnPropertyNames", 1, get_own_property_names);
    rt.define_native(ctor, "defineProperty", 3, define_property);
    rt.define_native(ctor, "getOwnPropertyDescriptor", 2, get_own_property_descriptor);
    rt.define_native(ctor, "is", 2, is);
    rt.define_native(ctor, "fromEntries", 1, from_entries);
}

fn object_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    // `class X extends Object`: super() creates the object from new.target.
    if !new_target.is_undefined() && new_target != cx.rt().intrinsics.object_ctor {
        let proto = ops::get(cx, new_target, PropKey::Atom(atoms::PROTOTYPE))?;
        let proto = if cx.rt().is_object(proto) { proto } else { cx.rt().intrinsics.object_proto };
        return Ok(cx.rt().alloc_object(Class::Ordinary, proto));
    }
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(cx.rt().new_object());
    }
    ops::to_object(cx, v)
}

fn has_own_property(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = ops::to_property_key(cx, arg(args, 0))?;
    let o = ops::to_object(cx, this)?;
    Ok(Value::bool(!matches!(cx.rt().get_own(o, key), OwnProp::None)))
}

fn property_is_enumerable(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = ops::to_property_key(cx, arg(args, 0))?;
    let o = ops::to_object(cx, this)?;
    Ok(Value::bool(matches!(cx.rt().get_own(o, key), OwnProp::Slot(_, f) if f.enumerable())))
}

fn is_prototype_of(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rt = cx.rt();
    let mut current = arg(args, 0);
    if !rt.is_object(current) {
        return Ok(Value::FALSE);
    }
    loop {
        current = rt.obj(current).map(|o| o.proto).unwrap_or(Value::NULL);
        if !rt.is_object(current) {
            return Ok(Value::FALSE);
        }
        if current == this {
            return Ok(Value::TRUE);
        }
    }
}

/// The `[object Tag]` of `Object.prototype.toString`.
pub fn builtin_tag(rt: &Runtime, v: Value) -> &'static str {
    if v.is_undefined() {
        return "Undefined";
    }
    if v.is_null() {
        return "Null";
    }
    if v.is_number() {
        return "Number";
    }
    if v.is_bool() {
        return "Boolean";
    }
    if rt.is_string(v) {
        return "String";
    }
    if let Some(tag) = super::to_string_tag(rt, v) {
        return tag;
    }
    match rt.obj(v).map(|o| &o.class) {
        Some(Class::Array(_)) => "Array",
        Some(Class::Closure { .. } | Class::Native { .. } | Class::Bound { .. }) => "Function",
        Some(Class::Error) => "Error",
        Some(Class::Arguments) => "Arguments",
        Some(Class::BoxedNumber(_)) => "Number",
        Some(Class::BoxedString(_)) => "String",
        Some(Class::BoxedBool(_)) => "Boolean",
        Some(Class::Map(_)) => "Map",
        Some(Class::Set(_)) => "Set",
        _ => "Object",
    }
}

fn to_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let tag = builtin_tag(cx.rt(), this);
    let text = alloc::format!("[object {}]", tag);
    Ok(cx.rt().str(&text))
}

fn value_of(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    ops::to_object(cx, this)
}

#[derive(Clone, Copy, PartialEq)]
enum KeysKind {
    Keys,
    Values,
    Entries,
}

fn enumerable_own(cx: &mut dyn Host, o: Value, kind: KeysKind) -> JsResult<Value> {
    let o = ops::to_object(cx, o)?;
    let keys = cx.rt().own_keys(o, true);
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        let key_value = cx.rt().key_to_value(key);
        match kind {
            KeysKind::Keys => out.push(key_value),
            KeysKind::Values | KeysKind::Entries => {
                // A getter may have deleted a later key: re-check it exists.
                if let OwnProp::None = cx.rt().get_own(o, key) {
                    continue;
                }
                let v = ops::get(cx, o, key)?;
                if kind == KeysKind::Values {
                    out.push(v);
                } else {
                    let pair = cx.rt().new_array(alloc::vec![key_value, v]);
                    out.push(pair);
                }
            }
        }
    }
    Ok(cx.rt().new_array(out))
}

fn keys(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    enumerable_own(cx, arg(args, 0), KeysKind::Keys)
}

fn values(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    enumerable_own(cx, arg(args, 0), KeysKind::Values)
}

fn entries(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    enumerable_own(cx, arg(args, 0), KeysKind::Entries)
}

fn assign(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let target = ops::to_object(cx, arg(args, 0))?;
    for &source in args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let source = ops::to_object(cx, source)?;
        for key in cx.rt().own_keys(source, true) {
            let v = ops::get(cx, source, key)?;
            ops::set(cx, target, key, v, true)?;
        }
    }
    Ok(target)
}

fn freeze(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    cx.rt().invalidate_transitions();
    if cx.rt().is_object(o) {
        cx.rt().freeze(o);
    }
    Ok(o)
}

fn is_frozen(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let rt = cx.rt();
    if !rt.is_object(o) {
        return Ok(Value::TRUE);
    }
    if rt.obj(o).map(|x| x.extensible).unwrap_or(false) {
        return Ok(Value::FALSE);
    }
    for key in rt.own_keys(o, false) {
        if let OwnProp::Slot(_, f) = rt.get_own(o, key) {
            if f.configurable() || (!f.is_accessor() && f.writable()) {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::TRUE)
}

fn prevent_extensions(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if let Some(obj) = cx.rt().obj_mut(o) {
        obj.extensible = false;
    }
    Ok(o)
}

fn is_extensible(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(cx.rt().obj(arg(args, 0)).map(|o| o.extensible).unwrap_or(false)))
}

fn create(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let proto = arg(args, 0);
    if !proto.is_null() && !cx.rt().is_object(proto) {
        let text = ops::to_rust_string(cx, proto)?;
        return Err(type_error(cx, &alloc::format!("Object prototype may only be an Object or null: {}", text)));
    }
    let o = cx.rt().alloc_object(Class::Ordinary, proto);
    let props = arg(args, 1);
    if !props.is_undefined() {
        define_properties(cx, o, props)?;
    }
    Ok(o)
}

fn define_properties(cx: &mut dyn Host, o: Value, props: Value) -> JsResult<()> {
    let props = ops::to_object(cx, props)?;
    for key in cx.rt().own_keys(props, true) {
        let desc = ops::get(cx, props, key)?;
        define_from_descriptor(cx, o, key, desc)?;
    }
    Ok(())
}

fn get_prototype_of(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(cx, arg(args, 0))?;
    Ok(cx.rt().obj(o).map(|o| o.proto).unwrap_or(Value::NULL))
}

fn set_prototype_of(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, proto) = (arg(args, 0), arg(args, 1));
    cx.rt().invalidate_transitions();
    if !proto.is_null() && !cx.rt().is_object(proto) {
        return Err(type_error(cx, "Object prototype may only be an Object or null"));
    }
    if let Some(obj) = cx.rt().obj_mut(o) {
        obj.proto = proto;
    }
    Ok(o)
}

fn get_own_property_names(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(cx, arg(args, 0))?;
    let keys = cx.rt().own_keys(o, false);
    let names: Vec<Value> = keys.into_iter().map(|k| cx.rt().key_to_value(k)).collect();
    Ok(cx.rt().new_array(names))
}

fn flag_of(cx: &mut dyn Host, desc: Value, atom: crate::shape::AtomId, bit: u8) -> JsResult<Option<u8>> {
    if ops::has_property(cx, desc, PropKey::Atom(atom))? {
        let v = ops::get(cx, desc, PropKey::Atom(atom))?;
        return Ok(Some(if ops::to_boolean(cx.rt(), v) { bit } else { 0 }));
    }
    Ok(None)
}

/// ValidateAndApplyPropertyDescriptor, simplified: absent attributes keep
/// their current value (or default to false for a new property).
fn define_from_descriptor(cx: &mut dyn Host, o: Value, key: PropKey, desc: Value) -> JsResult<()> {
    if !cx.rt().is_object(desc) {
        return Err(type_error(cx, "Property description must be an object"));
    }
    let existing = cx.rt().get_own(o, key);
    let (old_value, old_flags) = match existing {
        OwnProp::Slot(v, f) => (v, Some(f)),
        OwnProp::None => (Value::UNDEFINED, None),
    };
    if let Some(f) = old_flags {
        if !f.configurable() {
            let msg = alloc::format!("Cannot redefine property: {}", cx.rt().key_text(key));
            return Err(type_error(cx, &msg));
        }
    }
    let enumerable = flag_of(cx, desc, atoms::ENUMERABLE, PropFlags::ENUMERABLE)?;
    let configurable = flag_of(cx, desc, atoms::CONFIGURABLE, PropFlags::CONFIGURABLE)?;
    let writable = flag_of(cx, desc, atoms::WRITABLE, PropFlags::WRITABLE)?;
    let has_get = ops::has_property(cx, desc, PropKey::Atom(atoms::GET))?;
    let has_set = ops::has_property(cx, desc, PropKey::Atom(atoms::SET))?;
    let old = old_flags.map(|f| f.0).unwrap_or(0);
    let keep = |new: Option<u8>, bit: u8| new.unwrap_or(old & bit);
    let mut flags = keep(enumerable, PropFlags::ENUMERABLE) | keep(configurable, PropFlags::CONFIGURABLE);
    let value;
    if has_get || has_set {
        let getter = if has_get { ops::get(cx, desc, PropKey::Atom(atoms::GET))? } else { Value::UNDEFINED };
        let setter = if has_set { ops::get(cx, desc, PropKey::Atom(atoms::SET))? } else { Value::UNDEFINED };
        for f in [getter, setter] {
            if !f.is_undefined() && !cx.rt().is_callable(f) {
                return Err(type_error(cx, "Getter must be a function"));
            }
        }
        let proto = cx.rt().intrinsics.object_proto;
        value = cx.rt().alloc_object(Class::Accessor { get: getter, set: setter }, proto);
        flags |= PropFlags::ACCESSOR;
    } else {
        flags |= keep(writable, PropFlags::WRITABLE) & !PropFlags::ACCESSOR;
        if old & PropFlags::ACCESSOR != 0 {
            flags &= !PropFlags::WRITABLE;
            flags |= writable.unwrap_or(0);
        }
        value = if ops::has_property(cx, desc, PropKey::Atom(atoms::VALUE))? {
            ops::get(cx, desc, PropKey::Atom(atoms::VALUE))?
        } else if old & PropFlags::ACCESSOR != 0 {
            Value::UNDEFINED
        } else {
            old_value
        };
    }
    if flags & PropFlags::ACCESSOR != 0 || flags & PropFlags::WRITABLE == 0 {
        cx.rt().invalidate_transitions();
    }
    if !cx.rt().define_own(o, key, value, PropFlags(flags)) {
        let msg = alloc::format!("Cannot define property {}, object is not extensible", cx.rt().key_text(key));
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn define_property(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !cx.rt().is_object(o) {
        return Err(type_error(cx, "Object.defineProperty called on non-object"));
    }
    let key = ops::to_property_key(cx, arg(args, 1))?;
    define_from_descriptor(cx, o, key, arg(args, 2))?;
    Ok(o)
}

fn get_own_property_descriptor(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(cx, arg(args, 0))?;
    let key = ops::to_property_key(cx, arg(args, 1))?;
    let OwnProp::Slot(v, f) = cx.rt().get_own(o, key) else { return Ok(Value::UNDEFINED) };
    let v = if !f.is_accessor() && matches!(cx.rt().obj(o).map(|x| &x.class), Some(Class::BoxedString(_))) {
        ops::get(cx, o, key)?
    } else {
        v
    };
    let rt = cx.rt();
    let desc = rt.new_object();
    if f.is_accessor() {
        let (g, s) = match rt.obj(v).map(|x| &x.class) {
            Some(Class::Accessor { get, set }) => (*get, *set),
            _ => (Value::UNDEFINED, Value::UNDEFINED),
        };
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

fn is(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::same_value(cx.rt(), arg(args, 0), arg(args, 1))))
}

fn from_entries(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let list = super::iter::iterate_to_vec(cx, arg(args, 0))?;
    let mark = cx.rt().roots.len();
    cx.rt().roots.extend_from_slice(&list);
    let result = from_entries_list(cx, &list);
    cx.rt().roots.truncate(mark);
    result
}

fn from_entries_list(cx: &mut dyn Host, list: &[Value]) -> JsResult<Value> {
    let o = cx.rt().new_object();
    cx.rt().roots.push(o);
    for &entry in list {
        let k = ops::get(cx, entry, PropKey::Index(0))?;
        let v = ops::get(cx, entry, PropKey::Index(1))?;
        let key = ops::to_property_key(cx, k)?;
        cx.rt().define_own(o, key, v, PropFlags::DATA);
    }
    Ok(o)
}

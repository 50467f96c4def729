//! `Object` and `Object.prototype`: keys/values/entries/assign/freeze/create,
//! prototype access, property descriptors, hasOwnProperty, toString.

use super::arg;
use super::natives::natives;
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
    natives!(rt, proto, "Object.prototype", [
        "hasOwnProperty" => 1, has_own_property;
        "isPrototypeOf" => 1, is_prototype_of;
        "propertyIsEnumerable" => 1, property_is_enumerable;
    ]);
    rt.define_native(proto, "toString", 0, to_string);
    natives!(rt, proto, "Object.prototype", ["toLocaleString" => 0, to_locale_string;]);
    rt.define_native(proto, "valueOf", 0, value_of);
    natives!(rt, ctor, "Object", [
        "keys" => 1, keys;
        "values" => 1, values;
        "entries" => 1, entries;
        "assign" => 2, assign;
        "freeze" => 1, freeze;
        "isFrozen" => 1, is_frozen;
        "preventExtensions" => 1, prevent_extensions;
        "isExtensible" => 1, is_extensible;
        "create" => 2, create;
        "getPrototypeOf" => 1, get_prototype_of;
        "setPrototypeOf" => 2, set_prototype_of;
        "getOwnPropertyNames" => 1, get_own_property_names;
    ]);
    // These hand out any property's value (a descriptor's `value`, `get`,
    // `set`) or make a builtin enumerable, so a program using them needs
    // every native linked.
    natives!(rt, ctor, "Object", reflect [
        "defineProperty" => 3, define_property;
        "defineProperties" => 2, object_define_properties;
        "getOwnPropertyDescriptors" => 1, get_own_property_descriptors;
    ]);
    natives!(rt, ctor, "Object", [
        "seal" => 1, seal;
        "isSealed" => 1, is_sealed;
    ]);
    natives!(rt, ctor, "Object", reflect [
        "getOwnPropertyDescriptor" => 2, get_own_property_descriptor;
    ]);
    natives!(rt, ctor, "Object", [
        "is" => 2, is;
        "fromEntries" => 1, from_entries;
    ]);
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

/// `Object.prototype.toLocaleString`: `this.toString()` (Invoke on the
/// original `this`, not an object made from it).
fn to_locale_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(type_error(cx, "Object.prototype.toLocaleString called on null or undefined"));
    }
    ops::invoke(cx, this, atoms::TO_STRING, &[])
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

/// ObjectDefineProperties: every descriptor is read before any is applied.
fn define_properties(cx: &mut dyn Host, o: Value, props: Value) -> JsResult<()> {
    use super::object_descriptor as od;
    let props = ops::to_object(cx, props)?;
    let mark = cx.rt().roots.len();
    cx.rt().roots.extend_from_slice(&[o, props]);
    let result = (|| {
        let mut descs = alloc::vec::Vec::new();
        for key in cx.rt().own_keys(props, false) {
            if !matches!(cx.rt().get_own(props, key), OwnProp::Slot(_, f) if f.enumerable()) {
                continue;
            }
            let desc = ops::get(cx, props, key)?;
            descs.push((key, od::to_property_descriptor(cx, desc)?));
        }
        for (key, d) in &descs {
            od::define_property_or_throw(cx, o, *key, d)?;
        }
        Ok(())
    })();
    cx.rt().roots.truncate(mark);
    result
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

/// ToPropertyDescriptor then DefinePropertyOrThrow (see object_descriptor.rs).
fn define_from_descriptor(cx: &mut dyn Host, o: Value, key: PropKey, desc: Value) -> JsResult<()> {
    let mark = cx.rt().roots.len();
    let result = super::object_descriptor::to_property_descriptor(cx, desc)
        .and_then(|d| super::object_descriptor::define_property_or_throw(cx, o, key, &d));
    cx.rt().roots.truncate(mark);
    result
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

fn object_define_properties(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !cx.rt().is_object(o) {
        return Err(type_error(cx, "Object.defineProperties called on non-object"));
    }
    define_properties(cx, o, arg(args, 1))?;
    Ok(o)
}

fn get_own_property_descriptors(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(cx, arg(args, 0))?;
    let result = cx.rt().new_object();
    let mark = cx.rt().roots.len();
    cx.rt().roots.extend_from_slice(&[o, result]);
    let r = (|| {
        for key in cx.rt().own_keys(o, false) {
            let desc = super::object_descriptor::from_own_property(cx, o, key)?;
            if !desc.is_undefined() {
                cx.rt().define_own(result, key, desc, PropFlags::DATA);
            }
        }
        Ok(result)
    })();
    cx.rt().roots.truncate(mark);
    r
}

/// `Object.seal`: every own property non-configurable, the object non-extensible.
fn seal(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !cx.rt().is_object(o) {
        return Ok(o);
    }
    cx.rt().invalidate_transitions();
    if let Some(obj) = cx.rt().obj_mut(o) {
        obj.extensible = false;
    }
    for key in cx.rt().own_keys(o, false) {
        if let OwnProp::Slot(v, f) = cx.rt().get_own(o, key) {
            if f.configurable() && key != PropKey::Atom(atoms::LENGTH) {
                cx.rt().define_own(o, key, v, PropFlags(f.0 & !PropFlags::CONFIGURABLE));
            }
        }
    }
    Ok(o)
}

fn is_sealed(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let rt = cx.rt();
    if !rt.is_object(o) {
        return Ok(Value::TRUE);
    }
    if rt.obj(o).map(|x| x.extensible).unwrap_or(false) {
        return Ok(Value::FALSE);
    }
    for key in rt.own_keys(o, false) {
        if matches!(rt.get_own(o, key), OwnProp::Slot(_, f) if f.configurable()) {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn get_own_property_descriptor(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(cx, arg(args, 0))?;
    let mark = cx.rt().roots.len();
    cx.rt().roots.push(o);
    let result = ops::to_property_key(cx, arg(args, 1))
        .and_then(|key| super::object_descriptor::from_own_property(cx, o, key));
    cx.rt().roots.truncate(mark);
    result
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

//! `Function.prototype`: call, apply, bind, toString. (The `Function`
//! constructor would need `eval`; it throws a clear error.)

use super::arg;
use super::natives::natives;
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::object::Class;
use crate::ops;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::vec::Vec;

/// `Function.prototype` itself is callable and returns undefined.
pub fn empty(_cx: &mut dyn Host, _this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.function_proto;
    let name = rt.atom_string(atoms::EMPTY);
    rt.define_own(proto, PropKey::Atom(atoms::LENGTH), Value::int(0), PropFlags(PropFlags::CONFIGURABLE));
    rt.define_own(proto, PropKey::Atom(atoms::NAME), name, PropFlags(PropFlags::CONFIGURABLE));
    natives!(rt, proto, "Function.prototype", [
        "call" => 1, call;
        "apply" => 2, apply;
        "bind" => 1, bind;
    ]);
    rt.define_native(proto, "toString", 0, to_string);
    // %ThrowTypeError%: `caller` and `arguments` of strict functions.
    let thrower = rt.new_native("", 0, throw_type_error, false);
    if let Some(o) = rt.obj_mut(thrower) {
        o.extensible = false;
    }
    let object_proto = rt.intrinsics.object_proto;
    for name in ["caller", "arguments"] {
        let pair = rt.alloc_object(Class::Accessor { get: thrower, set: thrower }, object_proto);
        let key = rt.key_from_str(name);
        rt.define_own(proto, key, pair, PropFlags(PropFlags::ACCESSOR | PropFlags::CONFIGURABLE));
    }
    let ctor = super::define_constructor(rt, "Function", 1, function_ctor, proto);
    rt.intrinsics.function_ctor = ctor;
}

fn throw_type_error(cx: &mut dyn Host, _this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(type_error(
        cx,
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}

fn function_ctor(cx: &mut dyn Host, _this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(type_error(cx, "the Function constructor (code from strings) is not supported yet"))
}

fn require_callable(cx: &mut dyn Host, this: Value, method: &str) -> JsResult<()> {
    if cx.rt().is_callable(this) {
        Ok(())
    } else {
        Err(type_error(cx, &alloc::format!("Function.prototype.{} called on a non-function", method)))
    }
}

fn call(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_callable(cx, this, "call")?;
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    cx.call(this, arg(args, 0), rest)
}

/// Reads an array-like into a vector (CreateListFromArrayLike).
pub fn list_from_array_like(cx: &mut dyn Host, list: Value) -> JsResult<Vec<Value>> {
    if list.is_nullish() {
        return Ok(Vec::new());
    }
    if !cx.rt().is_object(list) {
        return Err(type_error(cx, "CreateListFromArrayLike called on non-object"));
    }
    // Holes read as undefined unless the array keeps elements in its dictionary.
    let plain = cx.rt().obj(list).filter(|o| o.dict.is_none()).map(|o| &o.class);
    if let Some(Class::Array(elements)) = plain.filter(|c| matches!(c, Class::Array(e) if e.is_dense())) {
        return Ok(elements.iter().map(|v| if v.is_hole() { Value::UNDEFINED } else { *v }).collect());
    }
    let len = ops::length_of(cx, list)?;
    let mut out = Vec::with_capacity(len.min(1 << 16) as usize);
    for i in 0..len {
        let key = ops::index_key(cx.rt(), i);
        out.push(ops::get(cx, list, key)?);
    }
    Ok(out)
}

fn apply(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_callable(cx, this, "apply")?;
    let list = list_from_array_like(cx, arg(args, 1))?;
    cx.call(this, arg(args, 0), &list)
}

fn bind(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_callable(cx, this, "bind")?;
    let bound_args: Vec<Value> = args.iter().skip(1).copied().collect();
    let n_bound = bound_args.len() as f64;
    let target_len = ops::get(cx, this, PropKey::Atom(atoms::LENGTH))?;
    let target_name = ops::get(cx, this, PropKey::Atom(atoms::NAME))?;
    let rt = cx.rt();
    let proto = rt.obj(this).map(|o| o.proto).unwrap_or(Value::NULL);
    let f = rt.alloc_object(Class::Bound { target: this, this: arg(args, 0), args: bound_args.into_boxed_slice() }, proto);
    let len = if target_len.is_number() { (target_len.as_number() - n_bound).max(0.0) } else { 0.0 };
    rt.define_own(f, PropKey::Atom(atoms::LENGTH), Value::number(len), PropFlags(PropFlags::CONFIGURABLE));
    let mut name: Vec<u16> = "bound ".encode_utf16().collect();
    if rt.is_string(target_name) {
        name.extend_from_slice(rt.heap.flat(target_name.as_ref()));
    }
    let name = rt.heap.alloc_string_owned(name);
    rt.define_own(f, PropKey::Atom(atoms::NAME), name, PropFlags(PropFlags::CONFIGURABLE));
    Ok(f)
}

fn to_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    require_callable(cx, this, "toString")?;
    if let Some(text) = cx.function_source(this) {
        return Ok(cx.rt().str(&text));
    }
    let name = ops::get(cx, this, PropKey::Atom(atoms::NAME))?;
    let name = if cx.rt().is_string(name) { ops::to_rust_string(cx, name)? } else { alloc::string::String::new() };
    let text = alloc::format!("function {}() {{ [native code] }}", name);
    Ok(cx.rt().str(&text))
}

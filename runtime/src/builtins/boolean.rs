//! `Boolean` (conversion and the wrapper object) and `Boolean.prototype`'s
//! toString/valueOf; also `wrapper_proto`, the GetPrototypeFromConstructor
//! step the three primitive-wrapper constructors share.

use super::arg;
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::object::Class;
use crate::ops;
use crate::realm::Runtime;
use crate::shape::PropKey;
use crate::value::Value;

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.boolean_proto;
    super::define_constructor(rt, "Boolean", 1, boolean_ctor, proto);
    rt.define_native(proto, "toString", 0, to_string);
    rt.define_native(proto, "valueOf", 0, value_of);
}

/// `GetPrototypeFromConstructor(newTarget, fallback)`: `newTarget.prototype`
/// when it is an object (so subclasses of String/Number/Boolean get theirs),
/// else the intrinsic `fallback`.
pub fn wrapper_proto(cx: &mut dyn Host, new_target: Value, fallback: Value) -> JsResult<Value> {
    if !cx.rt().is_object(new_target) {
        return Ok(fallback);
    }
    let p = ops::get(cx, new_target, PropKey::Atom(atoms::PROTOTYPE))?;
    Ok(if cx.rt().is_object(p) { p } else { fallback })
}

fn boolean_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let b = ops::to_boolean(cx.rt(), arg(args, 0));
    if new_target.is_undefined() {
        return Ok(Value::bool(b));
    }
    let fallback = cx.rt().intrinsics.boolean_proto;
    let proto = wrapper_proto(cx, new_target, fallback)?;
    Ok(cx.rt().alloc_object(Class::BoxedBool(b), proto))
}

/// `thisBooleanValue(this)`.
pub fn this_boolean_value(cx: &mut dyn Host, this: Value, method: &str) -> JsResult<bool> {
    if this.is_bool() {
        return Ok(this.as_bool());
    }
    if let Some(Class::BoxedBool(b)) = cx.rt().obj(this).map(|o| &o.class) {
        return Ok(*b);
    }
    Err(type_error(cx, &alloc::format!("Boolean.prototype.{} requires that 'this' be a Boolean", method)))
}

fn to_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let b = this_boolean_value(cx, this, "toString")?;
    Ok(cx.rt().atom_string(if b { atoms::TRUE } else { atoms::FALSE }))
}

fn value_of(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(this_boolean_value(cx, this, "valueOf")?))
}

//! The global functions `parseInt`, `parseFloat`, `isNaN` and `isFinite`
//! (with ToString/ToNumber coercion, unlike the `Number.is*` statics).
//! `Number.parseInt`/`Number.parseFloat` are these same function objects,
//! so this installs before `number`. (`undefined`, `NaN`, `Infinity` and
//! `globalThis` are created by `builtins::install` itself.)

use super::arg;
use super::natives::natives;
use crate::host::{Host, JsResult};
use crate::number;
use crate::ops;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::value::Value;

pub fn install(rt: &mut Runtime) {
    let global = rt.global;
    // `Number.parseInt` and `Number.parseFloat` are these function objects
    // under the same keys.
    natives!(rt, global, "globalThis", [
        "parseInt" => 2, parse_int;
        "parseFloat" => 1, parse_float;
        "isNaN" => 1, is_nan;
        "isFinite" => 1, is_finite;
    ]);
}

/// The global function object `name` (for aliases such as `Number.parseInt`).
pub fn global_function(rt: &mut Runtime, name: &str) -> Value {
    let key = rt.key_from_str(name);
    let global = rt.global;
    match rt.get_own(global, key) {
        OwnProp::Slot(v, _) => v,
        OwnProp::None => Value::UNDEFINED,
    }
}

fn parse_int(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_units(cx, arg(args, 0))?;
    let radix = number::to_int32(ops::to_number(cx, arg(args, 1))?);
    Ok(Value::number(number::parse_int(&s, radix)))
}

fn parse_float(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_units(cx, arg(args, 0))?;
    Ok(Value::number(number::parse_float(&s)))
}

fn is_nan(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::to_number(cx, arg(args, 0))?.is_nan()))
}

fn is_finite(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::to_number(cx, arg(args, 0))?.is_finite()))
}

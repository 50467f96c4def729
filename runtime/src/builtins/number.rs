//! `Number`: conversion and the wrapper object, the constants, the
//! `Number.is*` predicates, `Number.parseInt/parseFloat` (the global function
//! objects), and `Number.prototype` (toString(radix), toFixed, toPrecision,
//! toExponential, valueOf, and toLocaleString (formatting in `number_locale`)).
//! The digit generation itself lives in `crate::number`.

use super::arg;
use super::natives::natives;
use crate::error::{range_error, type_error};
use crate::host::{Host, JsResult};
use crate::number;
use crate::object::Class;
use crate::ops;
use crate::realm::Runtime;
use crate::shape::PropFlags;
use crate::value::Value;
use alloc::format;

/// 2^53 - 1.
pub const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.number_proto;
    let ctor = super::define_constructor(rt, "Number", 1, number_ctor, proto);
    let constants: [(&str, f64); 8] = [
        ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
        ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", f64::from_bits(1)),
        ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ];
    for (name, v) in constants {
        super::define_constant(rt, ctor, name, Value::number(v));
    }
    natives!(rt, ctor, "Number", [
        "isFinite" => 1, is_finite;
        "isInteger" => 1, is_integer;
        "isNaN" => 1, is_nan;
        "isSafeInteger" => 1, is_safe_integer;
    ]);
    for name in ["parseFloat", "parseInt"] {
        let f = super::global::global_function(rt, name);
        let key = rt.key_from_str(name);
        rt.define_own(ctor, key, f, PropFlags::HIDDEN);
    }

    natives!(rt, proto, "Number.prototype", [
        "toExponential" => 1, to_exponential;
        "toFixed" => 1, to_fixed;
        "toPrecision" => 1, to_precision;
    ]);
    rt.define_native(proto, "toString", 1, to_string);
    natives!(rt, proto, "Number.prototype", ["toLocaleString" => 0, to_locale_string;]);
    rt.define_native(proto, "valueOf", 0, value_of);
}

fn number_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let n = if args.is_empty() { 0.0 } else { ops::to_number(cx, args[0])? };
    if new_target.is_undefined() {
        return Ok(Value::number(n));
    }
    let fallback = cx.rt().intrinsics.number_proto;
    let proto = super::boolean::wrapper_proto(cx, new_target, fallback)?;
    Ok(cx.rt().alloc_object(Class::BoxedNumber(n), proto))
}

// ---- statics ---------------------------------------------------------------

/// `Number.isInteger` without the type check.
pub fn is_integral(x: f64) -> bool {
    x.is_finite() && number::to_integer_or_infinity(x) == x
}

fn is_finite(_cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
}

fn is_integer(_cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && is_integral(v.as_number())))
}

fn is_nan(_cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

fn is_safe_integer(_cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && is_integral(v.as_number()) && v.as_number().abs() <= MAX_SAFE_INTEGER))
}

// ---- Number.prototype ------------------------------------------------------

/// `thisNumberValue(this)`: a number or the number in a `Number` wrapper.
pub fn this_number_value(cx: &mut dyn Host, this: Value, method: &str) -> JsResult<f64> {
    if this.is_number() {
        return Ok(this.as_number());
    }
    if let Some(Class::BoxedNumber(n)) = cx.rt().obj(this).map(|o| &o.class) {
        return Ok(*n);
    }
    Err(type_error(cx, &format!("Number.prototype.{} requires that 'this' be a Number", method)))
}

fn text(cx: &mut dyn Host, s: &str) -> JsResult<Value> {
    Ok(cx.rt().str(s))
}

fn to_string(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(cx, this, "toString")?;
    let radix = arg(args, 0);
    let r = if radix.is_undefined() { 10.0 } else { super::string::to_integer(cx, radix)? };
    if !(2.0..=36.0).contains(&r) {
        return Err(range_error(cx, "toString() radix argument must be between 2 and 36"));
    }
    if r == 10.0 {
        return text(cx, &ops::number_text(x));
    }
    text(cx, &number::to_string_radix(x, r as u32))
}

fn to_fixed(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(cx, this, "toFixed")?;
    let f = super::string::to_integer(cx, arg(args, 0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(range_error(cx, "toFixed() digits argument must be between 0 and 100"));
    }
    if !x.is_finite() {
        return text(cx, &ops::number_text(x));
    }
    text(cx, &number::to_fixed(x, f as u32))
}

fn to_exponential(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(cx, this, "toExponential")?;
    let digits = arg(args, 0);
    let f = super::string::to_integer(cx, digits)?;
    if !x.is_finite() {
        return text(cx, &ops::number_text(x));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(range_error(cx, "toExponential() argument must be between 0 and 100"));
    }
    let f = if digits.is_undefined() { None } else { Some(f as u32) };
    text(cx, &number::to_exponential(x, f))
}

fn to_precision(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(cx, this, "toPrecision")?;
    let precision = arg(args, 0);
    if precision.is_undefined() {
        return text(cx, &ops::number_text(x));
    }
    let p = super::string::to_integer(cx, precision)?;
    if !x.is_finite() {
        return text(cx, &ops::number_text(x));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(range_error(cx, "toPrecision() argument must be between 1 and 100"));
    }
    text(cx, &number::to_precision(x, p as u32))
}

fn value_of(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(this_number_value(cx, this, "valueOf")?))
}

fn to_locale_string(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(cx, this, "toLocaleString")?;
    let format = super::number_locale::NumberFormat::from_args(cx, arg(args, 0), arg(args, 1))?;
    text(cx, &format.format(x))
}

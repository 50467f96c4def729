//! The `Math` object: every ES2020 function and constant, with V8's edge
//! cases (-0, NaN, `round` ties toward +∞, `pow(±1, ±∞)` is NaN, `hypot`'s
//! Infinity-before-NaN). Transcendental functions come from the `libm`
//! crate (a port of fdlibm, like V8's `base::ieee754`) or, where libm's
//! algorithm differs from V8's, from `math_fdlibm`/`math_pow`/`math_trig`; the results match node
//! bit for bit on every vector of `tests/math-vectors.txt`.
//!
//! `Math.random` is SplitMix64 over `Runtime::random_state`: set that field
//! to reseed (every state, including 0, is valid). Each call advances the
//! state by the golden-ratio increment and returns the top 53 bits of the
//! mixed state scaled into [0, 1).

use super::natives::natives;
use super::math_fdlibm as fdlibm;
use super::{math_pow, math_trig};
use crate::host::{Host, JsResult};
use crate::number;
use crate::ops;
use crate::realm::Runtime;
use crate::value::Value;

pub fn install(rt: &mut Runtime) {
    let math = rt.new_object();
    let constants: [(&str, f64); 8] = [
        ("E", core::f64::consts::E),
        ("LN10", core::f64::consts::LN_10),
        ("LN2", core::f64::consts::LN_2),
        ("LOG10E", core::f64::consts::LOG10_E),
        ("LOG2E", core::f64::consts::LOG2_E),
        ("PI", core::f64::consts::PI),
        ("SQRT1_2", core::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", core::f64::consts::SQRT_2),
    ];
    for (name, v) in constants {
        super::define_constant(rt, math, name, Value::double(v));
    }
    natives!(rt, math, "Math", [
        "abs" => 1, abs;
        "acos" => 1, acos;
        "acosh" => 1, acosh;
        "asin" => 1, asin;
        "asinh" => 1, asinh;
        "atan" => 1, atan;
        "atanh" => 1, atanh;
        "cbrt" => 1, cbrt;
        "ceil" => 1, ceil;
        "clz32" => 1, clz32;
        "cos" => 1, cos;
        "cosh" => 1, cosh;
        "exp" => 1, exp;
        "expm1" => 1, expm1;
        "floor" => 1, floor;
        "fround" => 1, fround;
        "log" => 1, log;
        "log1p" => 1, log1p;
        "log10" => 1, log10;
        "log2" => 1, log2;
        "round" => 1, round;
        "sign" => 1, sign;
        "sin" => 1, sin;
        "sinh" => 1, sinh;
        "sqrt" => 1, sqrt;
        "tan" => 1, tan;
        "tanh" => 1, tanh;
        "trunc" => 1, trunc;
        "max" => 2, max;
        "min" => 2, min;
        "atan2" => 2, atan2;
        "hypot" => 2, hypot;
        "imul" => 2, imul;
        "pow" => 2, pow;
        "random" => 0, random;
    ]);
    super::define_global(rt, "Math", math);
}

// ---- pure functions (also for engines: `**` is `exponentiate`) -------------

/// `Number::exponentiate(base, exponent)`: C `pow` except that a NaN
/// exponent always gives NaN and `(±1) ** ±∞` is NaN.
pub fn exponentiate(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() {
        return f64::NAN;
    }
    if exponent == 0.0 {
        return 1.0;
    }
    if (base == 1.0 || base == -1.0) && exponent.is_infinite() {
        return f64::NAN;
    }
    math_pow::pow(base, exponent)
}

/// `Math.round`: the nearest integer, ties toward +∞, keeping -0 for
/// inputs in [-0.5, -0].
pub fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x.abs() >= number_two_pow_52() {
        return x;
    }
    let f = exact::floor(x);
    let r = if x - f >= 0.5 { f + 1.0 } else { f };
    if r == 0.0 && x.is_sign_negative() {
        -0.0
    } else {
        r
    }
}

fn number_two_pow_52() -> f64 {
    4503599627370496.0
}

/// `Math.max` of already-converted numbers (NaN wins, +0 > -0).
pub fn js_max(values: &[f64]) -> f64 {
    let mut best = f64::NEG_INFINITY;
    for &v in values {
        if v.is_nan() {
            return f64::NAN;
        }
        if v > best || (v == 0.0 && best == 0.0 && !v.is_sign_negative()) {
            best = v;
        }
    }
    best
}

/// `Math.min` of already-converted numbers (NaN wins, -0 < +0).
pub fn js_min(values: &[f64]) -> f64 {
    let mut best = f64::INFINITY;
    for &v in values {
        if v.is_nan() {
            return f64::NAN;
        }
        if v < best || (v == 0.0 && best == 0.0 && v.is_sign_negative()) {
            best = v;
        }
    }
    best
}

/// `Math.hypot` of already-converted numbers, computed as V8 does: scaled by
/// the largest magnitude, squares summed with Kahan compensation.
pub fn js_hypot(values: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut any_nan = false;
    for &v in values {
        let a = libm::fabs(v);
        if a.is_infinite() {
            return f64::INFINITY;
        }
        if a.is_nan() {
            any_nan = true;
        } else if a > max {
            max = a;
        }
    }
    if any_nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return 0.0;
    }
    let mut sum = 0.0f64;
    let mut compensation = 0.0f64;
    for &v in values {
        let n = libm::fabs(v) / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    exact::sqrt(sum) * max
}

/// `Math.sign` (keeps ±0 and NaN).
pub fn js_sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        x
    }
}

/// Next SplitMix64 output from `state`, as a double in [0, 1).
pub fn next_random(state: &mut u64) -> f64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 * (1.0 / 9007199254740992.0)
}

// ---- natives -----------------------------------------------------------------

/// ToNumber of argument `i` (undefined when absent).
fn num(cx: &mut dyn Host, args: &[Value], i: usize) -> JsResult<f64> {
    ops::to_number(cx, super::arg(args, i))
}

/// ToNumber of every argument, in order.
fn all_numbers(cx: &mut dyn Host, args: &[Value]) -> JsResult<alloc::vec::Vec<f64>> {
    let mut out = alloc::vec::Vec::with_capacity(args.len());
    for &a in args {
        out.push(ops::to_number(cx, a)?);
    }
    Ok(out)
}

macro_rules! unary_natives {
    ($($name:ident => $f:expr,)*) => {
        $(fn $name(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
            let x = num(cx, args, 0)?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::number(f(x)))
        })*
    };
}

unary_natives! {
    abs => exact::abs,
    acos => libm::acos,
    acosh => fdlibm::acosh,
    asin => libm::asin,
    asinh => fdlibm::asinh,
    atan => libm::atan,
    atanh => fdlibm::atanh,
    cbrt => fdlibm::cbrt,
    ceil => exact::ceil,
    cos => math_trig::cos,
    cosh => fdlibm::cosh,
    exp => fdlibm::exp,
    expm1 => libm::expm1,
    floor => exact::floor,
    fround => |x| x as f32 as f64,
    log => fdlibm::log,
    log1p => fdlibm::log1p,
    log10 => fdlibm::log10,
    log2 => libm::log2,
    round => js_round,
    sign => js_sign,
    sin => math_trig::sin,
    sinh => fdlibm::sinh,
    sqrt => exact::sqrt,
    tan => libm::tan,
    tanh => fdlibm::tanh,
    trunc => exact::trunc,
}

/// The correctly rounded operations (IEEE 754 defines exactly one result
/// for each): with std, the hardware's instructions (wasm and x86-64 have
/// them), else libm's software versions.
mod exact {
    #[cfg(feature = "std")]
    pub fn sqrt(x: f64) -> f64 {
        x.sqrt()
    }
    #[cfg(feature = "std")]
    pub fn floor(x: f64) -> f64 {
        x.floor()
    }
    #[cfg(feature = "std")]
    pub fn ceil(x: f64) -> f64 {
        x.ceil()
    }
    #[cfg(feature = "std")]
    pub fn trunc(x: f64) -> f64 {
        x.trunc()
    }
    #[cfg(not(feature = "std"))]
    pub use libm::{ceil, floor, sqrt, trunc};
    /// Clearing the sign bit is exact everywhere.
    pub fn abs(x: f64) -> f64 {
        f64::from_bits(x.to_bits() & !(1 << 63))
    }
}

fn clz32(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = number::to_uint32(num(cx, args, 0)?);
    Ok(Value::int(x.leading_zeros() as i32))
}

fn max(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let values = all_numbers(cx, args)?;
    Ok(Value::number(js_max(&values)))
}

fn min(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let values = all_numbers(cx, args)?;
    Ok(Value::number(js_min(&values)))
}

fn hypot(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let values = all_numbers(cx, args)?;
    Ok(Value::number(js_hypot(&values)))
}

fn atan2(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let y = num(cx, args, 0)?;
    let x = num(cx, args, 1)?;
    Ok(Value::number(fdlibm::atan2(y, x)))
}

fn imul(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let a = number::to_uint32(num(cx, args, 0)?);
    let b = number::to_uint32(num(cx, args, 1)?);
    Ok(Value::int(a.wrapping_mul(b) as i32))
}

fn pow(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let base = num(cx, args, 0)?;
    let exponent = num(cx, args, 1)?;
    Ok(Value::number(exponentiate(base, exponent)))
}

fn random(cx: &mut dyn Host, _this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let r = next_random(&mut cx.rt().random_state);
    Ok(Value::double(r))
}

//! Helpers shared by the Array and iteration tests: building values,
//! calling builtins through `NativeHost`, rendering results compactly, and
//! native functions used as callbacks (no JavaScript engine in these tests).
#![allow(dead_code)]

use kiln_runtime::host::{Host, JsResult};
use kiln_runtime::object::{Class, MapData};
use kiln_runtime::ops;
use kiln_runtime::shape::{PropFlags, PropKey};
use kiln_runtime::testing::NativeHost;
use kiln_runtime::Value;

// ---- helpers ------------------------------------------------------------------

/// Renders a value compactly: arrays as `[1,'a',<hole>]`, objects as `{k:v}`.
pub fn show(h: &mut NativeHost, v: Value) -> String {
    if v.is_hole() {
        return "<hole>".into();
    }
    if h.rt.is_string(v) {
        return format!("'{}'", h.text(v));
    }
    if !h.rt.is_object(v) {
        let s = ops::primitive_to_string(&mut h.rt, v);
        return h.text(s);
    }
    if let Some(Class::Array(elements)) = h.rt.obj(v).map(|o| &o.class) {
        let len = elements.length();
        let mut parts: Vec<String> = Vec::new();
        for i in 0..len {
            let e = match h.rt.get_own(v, PropKey::Index(i)) {
                kiln_runtime::property::OwnProp::Slot(e, _) => e,
                kiln_runtime::property::OwnProp::None => Value::HOLE,
            };
            parts.push(show(h, e));
        }
        return format!("[{}]", parts.join(","));
    }
    if h.rt.is_callable(v) {
        return "<function>".into();
    }
    let keys = h.rt.own_keys(v, true);
    let mut parts = Vec::new();
    for k in keys {
        let name = h.rt.key_text(k);
        let val = ops::get(h, v, k).unwrap();
        parts.push(format!("{}:{}", name, show(h, val)));
    }
    format!("{{{}}}", parts.join(","))
}

pub fn int(i: i32) -> Value {
    Value::int(i)
}

pub fn arr(h: &mut NativeHost, items: &[Value]) -> Value {
    h.rt.new_array(items.to_vec())
}

pub fn ints(h: &mut NativeHost, items: &[i32]) -> Value {
    let v: Vec<Value> = items.iter().map(|&i| Value::int(i)).collect();
    h.rt.new_array(v)
}

pub fn s(h: &mut NativeHost, text: &str) -> Value {
    h.rt.str(text)
}

pub fn native(h: &mut NativeHost, f: kiln_runtime::object::NativeFn) -> Value {
    h.rt.new_native("cb", 1, f, false)
}

/// Calls `Array.prototype.<method>` on `this`; renders the result or the error.
pub fn call(h: &mut NativeHost, method: &str, this: Value, args: &[Value]) -> String {
    let path = format!("Array.prototype.{}", method);
    match h.call_path(&path, this, args) {
        Ok(v) => show(h, v),
        Err(_) => error_text(h),
    }
}

pub fn error_text(h: &mut NativeHost) -> String {
    let e = h.rt.pending_exception;
    let name = ops::get(h, e, PropKey::Atom(kiln_runtime::atoms::NAME)).unwrap();
    let message = ops::get(h, e, PropKey::Atom(kiln_runtime::atoms::MESSAGE)).unwrap();
    format!("{}: {}", h.text(name), h.text(message))
}

pub fn static_call(h: &mut NativeHost, path: &str, args: &[Value]) -> String {
    let this = h.global_path("Array");
    match h.call_path(path, this, args) {
        Ok(v) => show(h, v),
        Err(_) => error_text(h),
    }
}

pub fn array_like(h: &mut NativeHost, len: i32, items: &[(u32, Value)]) -> Value {
    let o = h.rt.new_object();
    h.rt.define_own(o, PropKey::Atom(kiln_runtime::atoms::LENGTH), int(len), PropFlags::DATA);
    for &(i, v) in items {
        h.rt.define_own(o, PropKey::Index(i), v, PropFlags::DATA);
    }
    o
}

// ---- native callbacks ---------------------------------------------------------

pub fn double(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let n = ops::to_number(cx, args[0])?;
    Ok(Value::number(n * 2.0))
}

pub fn is_even(_cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(args[0].is_int() && args[0].as_int() % 2 == 0))
}

pub fn is_undefined(_cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(args[0].is_undefined()))
}

pub fn add(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    ops::add(cx, args[0], args[1])
}

/// Returns `[element, index, this]`, to check what callbacks receive.
pub fn triple(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(cx.rt().new_array(vec![args[0], args[1], this]))
}

/// Pushes 9 onto the array being iterated (the third argument).
pub fn push_during(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let nine = Value::int(9);
    let push = kiln_global(cx, "push");
    cx.call(push, args[2], &[nine])?;
    Ok(args[0])
}

pub fn kiln_global(cx: &mut dyn Host, method: &str) -> Value {
    let proto = cx.rt().intrinsics.array_proto;
    let key = cx.rt().key_from_str(method);
    ops::get(cx, proto, key).unwrap()
}

pub fn descending(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (a, b) = (ops::to_number(cx, args[0])?, ops::to_number(cx, args[1])?);
    Ok(Value::number(b - a))
}

/// Compares `[key, tag]` pairs by key only (for stability checks).
pub fn by_first(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let a = ops::get(cx, args[0], PropKey::Index(0))?;
    let b = ops::get(cx, args[1], PropKey::Index(0))?;
    Ok(Value::number(a.as_number() - b.as_number()))
}

pub fn thrower(cx: &mut dyn Host, _this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(kiln_runtime::error::type_error(cx, "boom"))
}

/// Allocates, then collects garbage like an engine safepoint would (with
/// its arguments and `this` as the only extra roots), then returns a new
/// string derived from the element.
pub fn gc_then_label(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut extra = args.to_vec();
    extra.push(this);
    for _ in 0..50 {
        cx.rt().str("garbage");
    }
    cx.rt().collect_garbage(&extra);
    let text = ops::to_rust_string(cx, args[0])?;
    Ok(cx.rt().str(&format!("<{}>", text)))
}

pub fn gc_compare(cx: &mut dyn Host, this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let mut extra = args.to_vec();
    extra.push(this);
    cx.rt().collect_garbage(&extra);
    let _ = cx.rt().new_object();
    let _ = nt;
    let (a, b) = (ops::to_units(cx, args[0])?, ops::to_units(cx, args[1])?);
    Ok(Value::int(a.cmp(&b) as i32))
}

pub fn make_map(h: &mut NativeHost, pairs: &[(Value, Value)], set: bool) -> Value {
    let mut data = MapData::default();
    for &(k, v) in pairs {
        data.entries.push(Some((k, v)));
        data.live += 1;
    }
    let (class, proto) = if set {
        (Class::Set(Box::new(data)), h.rt.intrinsics.set_proto)
    } else {
        (Class::Map(Box::new(data)), h.rt.intrinsics.map_proto)
    };
    h.rt.alloc_object(class, proto)
}

pub fn make_set(h: &mut NativeHost, values: &[Value]) -> Value {
    let pairs: Vec<(Value, Value)> = values.iter().map(|&v| (v, v)).collect();
    make_map(h, &pairs, true)
}

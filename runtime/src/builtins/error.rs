//! `Error` and the native error classes (TypeError, RangeError, …), their
//! prototypes' `name`/`message`, and `Error.prototype.toString`.

use super::arg;
use crate::atoms;
use crate::error::{make_error_with_proto, ErrorKind};
use crate::host::{Host, JsResult};
use crate::ops;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;

pub fn install(rt: &mut Runtime) {
    let object_proto = rt.intrinsics.object_proto;
    let error_proto = rt.alloc_object(crate::object::Class::Ordinary, object_proto);
    rt.intrinsics.error_proto = error_proto;
    let error_ctor = install_one(rt, ErrorKind::Error, error_proto, construct_error);
    rt.define_native(error_proto, "toString", 0, to_string);
    let kinds: [(ErrorKind, crate::object::NativeFn); 6] = [
        (ErrorKind::TypeError, construct_type_error),
        (ErrorKind::RangeError, construct_range_error),
        (ErrorKind::ReferenceError, construct_reference_error),
        (ErrorKind::SyntaxError, construct_syntax_error),
        (ErrorKind::EvalError, construct_eval_error),
        (ErrorKind::UriError, construct_uri_error),
    ];
    for (kind, f) in kinds {
        let proto = rt.alloc_object(crate::object::Class::Ordinary, error_proto);
        match kind {
            ErrorKind::TypeError => rt.intrinsics.type_error_proto = proto,
            ErrorKind::RangeError => rt.intrinsics.range_error_proto = proto,
            ErrorKind::ReferenceError => rt.intrinsics.reference_error_proto = proto,
            ErrorKind::SyntaxError => rt.intrinsics.syntax_error_proto = proto,
            ErrorKind::EvalError => rt.intrinsics.eval_error_proto = proto,
            ErrorKind::UriError => rt.intrinsics.uri_error_proto = proto,
            ErrorKind::Error => {}
        }
        let ctor = install_one(rt, kind, proto, f);
        // NativeError constructors inherit from Error.
        if let Some(o) = rt.obj_mut(ctor) {
            o.proto = error_ctor;
        }
    }
}

fn install_one(rt: &mut Runtime, kind: ErrorKind, proto: Value, f: crate::object::NativeFn) -> Value {
    let ctor = super::define_constructor(rt, kind.name(), 1, f, proto);
    let name = rt.str(kind.name());
    rt.define_own(proto, PropKey::Atom(atoms::NAME), name, PropFlags::HIDDEN);
    let empty = rt.atom_string(atoms::EMPTY);
    rt.define_own(proto, PropKey::Atom(atoms::MESSAGE), empty, PropFlags::HIDDEN);
    ctor
}

/// The shared body of every error constructor: `new.target.prototype`
/// (so `class E extends Error` gets E's prototype), message, cause, stack.
fn construct(cx: &mut dyn Host, kind: ErrorKind, args: &[Value], new_target: Value) -> JsResult<Value> {
    let proto = if new_target.is_undefined() {
        kind.proto(cx.rt())
    } else {
        let p = ops::get(cx, new_target, PropKey::Atom(atoms::PROTOTYPE))?;
        if cx.rt().is_object(p) { p } else { kind.proto(cx.rt()) }
    };
    let message = arg(args, 0);
    let message = if message.is_undefined() { None } else { Some(ops::to_string(cx, message)?) };
    // The stack header uses the name found on the prototype chain (e.g. a
    // subclass that sets `name` on its prototype).
    let name_value = ops::get(cx, proto, PropKey::Atom(atoms::NAME))?;
    let name = if name_value.is_undefined() { alloc::string::String::from(kind.name()) } else { ops::to_rust_string(cx, name_value)? };
    let err = make_error_with_proto(cx, proto, &name, message);
    let options = arg(args, 1);
    if cx.rt().is_object(options) && ops::has_property(cx, options, PropKey::Atom(atoms::CAUSE))? {
        let cause = ops::get(cx, options, PropKey::Atom(atoms::CAUSE))?;
        cx.rt().define_own(err, PropKey::Atom(atoms::CAUSE), cause, PropFlags::HIDDEN);
    }
    Ok(err)
}

macro_rules! error_constructors {
    ($($fn_name:ident => $kind:ident,)*) => {
        $(fn $fn_name(cx: &mut dyn Host, _this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
            construct(cx, ErrorKind::$kind, args, nt)
        })*
    };
}

error_constructors! {
    construct_error => Error,
    construct_type_error => TypeError,
    construct_range_error => RangeError,
    construct_reference_error => ReferenceError,
    construct_syntax_error => SyntaxError,
    construct_eval_error => EvalError,
    construct_uri_error => UriError,
}

/// `Error.prototype.toString`: "name: message", omitting empty parts.
fn to_string(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if !cx.rt().is_object(this) {
        return Err(crate::error::type_error(cx, "Error.prototype.toString requires that 'this' be an Object"));
    }
    let name = ops::get(cx, this, PropKey::Atom(atoms::NAME))?;
    let name = if name.is_undefined() { cx.rt().str("Error") } else { ops::to_string(cx, name)? };
    let msg = ops::get(cx, this, PropKey::Atom(atoms::MESSAGE))?;
    let msg = if msg.is_undefined() { cx.rt().atom_string(atoms::EMPTY) } else { ops::to_string(cx, msg)? };
    let rt = cx.rt();
    let (n, m) = (rt.heap.string_len(name.as_ref()), rt.heap.string_len(msg.as_ref()));
    if n == 0 {
        return Ok(msg);
    }
    if m == 0 {
        return Ok(name);
    }
    let sep = rt.str(": ");
    let left = rt.heap.concat_strings(name.as_ref(), sep.as_ref());
    Ok(rt.heap.concat_strings(left.as_ref(), msg.as_ref()))
}

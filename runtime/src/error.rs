//! Creating and throwing the standard error objects (TypeError, RangeError,
//! …) from Rust, with node-compatible `stack` text supplied by the engine.

use crate::atoms;
use crate::host::{Host, Thrown};
use crate::object::Class;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::string::String;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    UriError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::UriError => "URIError",
        }
    }

    pub fn proto(self, rt: &crate::realm::Runtime) -> Value {
        let i = &rt.intrinsics;
        match self {
            ErrorKind::Error => i.error_proto,
            ErrorKind::TypeError => i.type_error_proto,
            ErrorKind::RangeError => i.range_error_proto,
            ErrorKind::ReferenceError => i.reference_error_proto,
            ErrorKind::SyntaxError => i.syntax_error_proto,
            ErrorKind::EvalError => i.eval_error_proto,
            ErrorKind::UriError => i.uri_error_proto,
        }
    }
}

/// Creates an error object with `proto`, `message` (if given) and a `stack`
/// of the form `Name: message\n    at …` using the engine's current frames.
pub fn make_error_with_proto(cx: &mut dyn Host, proto: Value, name: &str, message: Option<Value>) -> Value {
    let trace = cx.stack_trace();
    let rt = cx.rt();
    let err = rt.alloc_object(Class::Error, proto);
    let mut header = String::from(name);
    if let Some(m) = message {
        rt.define_own(err, PropKey::Atom(atoms::MESSAGE), m, PropFlags::HIDDEN);
        let text = rt.heap.string_units(m.as_ref());
        if !text.is_empty() {
            header.push_str(": ");
            header.push_str(&String::from_utf16_lossy(&text));
        }
    }
    header.push_str(&trace);
    let stack = rt.str(&header);
    rt.define_own(err, PropKey::Atom(atoms::STACK), stack, PropFlags::HIDDEN);
    err
}

pub fn make_error(cx: &mut dyn Host, kind: ErrorKind, message: &str) -> Value {
    let proto = kind.proto(cx.rt());
    let msg = cx.rt().str(message);
    make_error_with_proto(cx, proto, kind.name(), Some(msg))
}

/// Sets the pending exception to a new error of `kind` and returns `Thrown`.
pub fn throw(cx: &mut dyn Host, kind: ErrorKind, message: &str) -> Thrown {
    let err = make_error(cx, kind, message);
    cx.rt().pending_exception = err;
    Thrown
}

pub fn type_error(cx: &mut dyn Host, message: &str) -> Thrown {
    throw(cx, ErrorKind::TypeError, message)
}

pub fn range_error(cx: &mut dyn Host, message: &str) -> Thrown {
    throw(cx, ErrorKind::RangeError, message)
}

pub fn reference_error(cx: &mut dyn Host, message: &str) -> Thrown {
    throw(cx, ErrorKind::ReferenceError, message)
}

/// Throws an arbitrary value.
pub fn throw_value(cx: &mut dyn Host, value: Value) -> Thrown {
    cx.rt().pending_exception = value;
    Thrown
}

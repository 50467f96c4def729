//! The `JSON` global: installs `JSON.parse` (json_parse.rs) and
//! `JSON.stringify` (json_stringify.rs), and holds what both share.

use super::natives::natives;
use crate::error::{make_error_with_proto, range_error};
use crate::host::{Host, Thrown};
use crate::object::Class;
use crate::realm::Runtime;
use alloc::vec::Vec;

/// How deep `JSON.stringify` and a `JSON.parse` reviver recurse (they are
/// recursive, like V8's) before throwing V8's stack-overflow RangeError.
/// `JSON.parse` itself is iterative and has no limit.
pub const MAX_DEPTH: usize = 4000;

pub fn install(rt: &mut Runtime) {
    let proto = rt.intrinsics.object_proto;
    let json = rt.alloc_object(Class::Ordinary, proto);
    natives!(rt, json, "JSON", [
        "parse" => 2, super::json_parse::parse;
        "stringify" => 3, super::json_stringify::stringify;
    ]);
    super::define_global(rt, "JSON", json);
}

/// The RangeError V8 throws when recursion is too deep.
pub fn too_deep(cx: &mut dyn Host) -> Thrown {
    range_error(cx, "Maximum call stack size exceeded")
}

/// Throws a SyntaxError whose message is given as UTF-16 (it may quote
/// any character of the source, lone surrogates included).
pub fn syntax_error(cx: &mut dyn Host, message: Vec<u16>) -> Thrown {
    let msg = cx.rt().heap.alloc_string_owned(message);
    let proto = cx.rt().intrinsics.syntax_error_proto;
    let err = make_error_with_proto(cx, proto, "SyntaxError", Some(msg));
    cx.rt().pending_exception = err;
    Thrown
}

/// Appends `s` (ASCII or not) to a UTF-16 buffer.
pub fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

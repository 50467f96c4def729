//! The "base" text node prints before (or instead of) an object's braces:
//! `[Function: f]`, `[class A extends B]`, `[Number: 3]`, and errors (node's
//! `formatError` with `improveStack`, duplicate-key removal and the collapsing
//! of stack frames shared with the `cause`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::format::{format_primitive, get_prefix, Ctx};
use super::strings::{indent_newlines, lossy};
use super::tree::{FunctionKind, Node, ObjectKind, ObjectNode, Prop, PropKey, PropValue};

/// node's `getFunctionBase` for non-class functions.
pub fn function_base(name: &str, kind: FunctionKind, constructor: Option<&str>, tag: &str) -> String {
    let ty = match kind {
        FunctionKind::Normal => "Function",
        FunctionKind::Generator => "GeneratorFunction",
        FunctionKind::Async => "AsyncFunction",
        FunctionKind::AsyncGenerator => "AsyncGeneratorFunction",
    };
    let mut base = format!("[{}", ty);
    if constructor.is_none() {
        base.push_str(" (null prototype)");
    }
    if name.is_empty() {
        base.push_str(" (anonymous)");
    } else {
        base.push_str(": ");
        base.push_str(name);
    }
    base.push(']');
    if let Some(c) = constructor {
        if c != ty {
            base.push(' ');
            base.push_str(c);
        }
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{}]", tag));
    }
    base
}

/// node's `getClassBase`.
pub fn class_base(name: &str, extends: Option<&str>, constructor: Option<&str>, tag: &str) -> String {
    let mut base = format!("class {}", if name.is_empty() { "(anonymous)" } else { name });
    if let Some(c) = constructor {
        if c != "Function" {
            base.push_str(&format!(" [{}]", c));
        }
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{}]", tag));
    }
    match constructor {
        Some(_) => {
            if let Some(s) = extends.filter(|s| !s.is_empty()) {
                base.push_str(" extends ");
                base.push_str(s);
            }
        }
        None => base.push_str(" extends [null prototype]"),
    }
    format!("[{}]", base)
}

/// node's `getBoxedBase`.
pub fn boxed_base(ctx: &Ctx, prim: &Node, constructor: Option<&str>, tag: &str) -> String {
    let ty = super::format::boxed_type(prim);
    let mut base = format!("[{}", ty);
    match constructor {
        None => base.push_str(" (null prototype)"),
        Some(c) if c != ty => base.push_str(&format!(" ({})", c)),
        _ => {}
    }
    base.push_str(": ");
    base.push_str(&format_primitive(ctx, prim));
    base.push(']');
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{}]", tag));
    }
    base
}

/// `String(v)` for primitive property values (None for objects/accessors).
fn primitive_string(v: &PropValue) -> Option<String> {
    match v {
        PropValue::Value(Node::String(s)) => Some(lossy(s)),
        PropValue::Value(Node::Number(t)) => Some(if t == "-0" { String::from("0") } else { t.clone() }),
        PropValue::Value(Node::BigInt(d)) => Some(d.clone()),
        PropValue::Value(Node::Bool(b)) => Some(String::from(if *b { "true" } else { "false" })),
        PropValue::Value(Node::Undefined) => Some(String::from("undefined")),
        PropValue::Value(Node::Null) => Some(String::from("null")),
        _ => None,
    }
}

fn key_is(p: &Prop, name: &str) -> bool {
    matches!(&p.key, PropKey::String(k) if lossy(k) == name)
}

/// node's `removeDuplicateErrorKeys`: hides `name`, `message` and `stack`
/// when their value already appears in the stack text.
fn remove_duplicate_error_keys(ctx: &Ctx, keys: &mut Vec<&Prop>, stack: &str) {
    if ctx.opts.show_hidden || keys.is_empty() {
        return;
    }
    for name in ["name", "message", "stack"] {
        if let Some(index) = keys.iter().position(|p| key_is(p, name)) {
            if let Some(v) = primitive_string(&keys[index].value) {
                if stack.contains(v.as_str()) {
                    keys.remove(index);
                }
            }
        }
    }
}

/// Byte offset of `[A-Z][a-z_ A-Z0-9[\]()-]+` at the start of `stack` when
/// followed by `:` or `\n    at` (node's first fallback regex), else of
/// `^[a-z_A-Z0-9-]*Error$`.
fn null_proto_error_name(stack: &str) -> &str {
    let b = stack.as_bytes();
    if !b.is_empty() && b[0].is_ascii_uppercase() {
        let is_class = |c: u8| c.is_ascii_alphanumeric() || b"_ []()-".contains(&c);
        let mut end = 1;
        while end < b.len() && is_class(b[end]) {
            end += 1;
        }
        if end > 1 && (stack[end..].starts_with(':') || stack[end..].starts_with("\n    at")) {
            return &stack[..end];
        }
    }
    let whole = b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
    if whole && stack.ends_with("Error") {
        return stack;
    }
    ""
}

/// node's `improveStack`.
fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let b = stack.as_bytes();
    let regular = name.ends_with("Error")
        && stack.starts_with(name)
        && (b.len() == len || b[len] == b':' || b[len] == b'\n');
    if constructor.is_some() && !regular {
        return stack;
    }
    let mut fallback = "Error";
    if constructor.is_none() {
        let found = null_proto_error_name(&stack);
        len = found.len();
        fallback = if found.is_empty() { "Error" } else { found };
    }
    let prefix = get_prefix(constructor, tag, fallback, "");
    let prefix = &prefix[..prefix.len() - 1];
    if name == prefix {
        return stack;
    }
    if prefix.contains(name) {
        if len == 0 {
            format!("{}: {}", prefix, stack)
        } else {
            format!("{}{}", prefix, &stack[len..])
        }
    } else {
        format!("{} [{}]{}", prefix, name, &stack[len..])
    }
}

/// node's `identicalSequenceRange`.
fn identical_sequence_range(a: &[&str], b: &[&str]) -> (usize, usize) {
    let mut i = 0;
    while i + 3 < a.len() {
        if let Some(pos) = b.iter().position(|x| *x == a[i]) {
            let rest = b.len() - pos;
            if rest > 3 {
                let mut len = 1;
                let max_len = usize::min(a.len() - i, rest);
                while max_len > len && a[i + len] == b[pos + len] {
                    len += 1;
                }
                if len > 3 {
                    return (len, i);
                }
            }
        }
        i += 1;
    }
    (0, 0)
}

/// The stack of the error's `cause` property, if it is an error.
fn cause_stack(o: &ObjectNode) -> Option<&str> {
    let p = o.props.iter().find(|p| key_is(p, "cause"))?;
    match &p.value {
        PropValue::Value(Node::Object(c)) => match &c.kind {
            ObjectKind::Error { stack, .. } => Some(stack),
            _ => None,
        },
        _ => None,
    }
}

/// node's `getStackFrames`: the frame lines, minus those shared with the cause.
fn stack_frames(o: &ObjectNode, frames_text: &str) -> Vec<String> {
    let mut frames: Vec<String> = frames_text.split('\n').map(String::from).collect();
    if let Some(cs) = cause_stack(o) {
        if let Some(start) = cs.find("\n    at") {
            let cause_frames: Vec<&str> = cs[start + 1..].split('\n').collect();
            let own: Vec<&str> = frames.iter().map(String::as_str).collect();
            let (len, offset) = identical_sequence_range(&own, &cause_frames);
            if len > 0 {
                let skipped = len - 2;
                let msg = format!("    ... {} lines matching cause stack trace ...", skipped);
                frames.splice(offset + 1..offset + 1 + skipped, [msg]);
            }
        }
    }
    frames
}

/// node's `formatError`: the error's (improved) stack, bracketed when it has
/// no frames, indented to the current level. May remove entries from `keys`.
pub fn format_error(
    ctx: &Ctx,
    o: &ObjectNode,
    name: &str,
    message: &str,
    stack: &str,
    keys: &mut Vec<&Prop>,
) -> String {
    remove_duplicate_error_keys(ctx, keys, stack);
    let mut stack = improve_stack(String::from(stack), o.constructor.as_deref(), name, &o.tag);
    // `(err.message && stack.indexOf(err.message)) || -1`: 0 also becomes -1.
    let pos = if message.is_empty() {
        None
    } else {
        match stack.find(message) {
            Some(p) if p > 0 => Some(p + message.len()),
            _ => None,
        }
    };
    let search_from = pos.unwrap_or(0).min(stack.len());
    let stack_start = stack[search_from..].find("\n    at").map(|i| i + search_from);
    match stack_start {
        None => stack = format!("[{}]", stack),
        Some(start) => {
            let mut new_stack = String::from(&stack[..start]);
            let frames = stack_frames(o, &stack[start + 1..]);
            new_stack.push('\n');
            new_stack.push_str(&frames.join("\n"));
            stack = new_stack;
        }
    }
    indent_newlines(&stack, ctx.indentation_lvl)
}

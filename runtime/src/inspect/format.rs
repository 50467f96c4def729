//! The core of the inspect formatter: node's `formatValue`, `formatRaw`,
//! `formatProperty`, `formatPrimitive` and the array/map/set/promise entry
//! formatters, walking a [`Node`] tree with node's context state (indentation,
//! current depth, circular reference numbering).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::bases::{boxed_base, class_base, format_error, function_base};
use super::layout::{reduce_to_single_string, Extras};
use super::strings::{escape_unquoted, indent_newlines, is_identifier_key, lossy, split_lines_keep, str_escape};
use super::tree::{InspectOptions, Node, ObjectKind, ObjectNode, PromiseState, Prop, PropKey, PropValue};

/// node's `kMinLineLength`.
const MIN_LINE_LENGTH: usize = 16;

/// The formatting context (node's `ctx`).
pub struct Ctx<'o> {
    pub opts: &'o InspectOptions,
    pub indentation_lvl: usize,
    pub current_depth: usize,
    /// Object id -> circular label index, in order of first detection.
    circular: Vec<(u32, usize)>,
}

impl<'o> Ctx<'o> {
    pub fn new(opts: &'o InspectOptions) -> Ctx<'o> {
        Ctx { opts, indentation_lvl: 0, current_depth: 0, circular: Vec::new() }
    }

    fn circular_index(&self, id: u32) -> Option<usize> {
        self.circular.iter().find(|(i, _)| *i == id).map(|(_, n)| *n)
    }

    fn too_deep(&self, recurse_times: usize) -> bool {
        match self.opts.depth {
            Some(d) => recurse_times > d as usize,
            None => false,
        }
    }
}

/// `... N more item(s)`.
fn remaining_text(remaining: u64) -> String {
    format!("... {} more item{}", remaining, if remaining > 1 { "s" } else { "" })
}

/// node's `getPrefix`.
pub fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{}{}: null prototype] [{}] ", fallback, size, tag)
            } else {
                format!("[{}{}: null prototype] ", fallback, size)
            }
        }
        Some(c) => {
            if !tag.is_empty() && c != tag {
                format!("{}{} [{}] ", c, size, tag)
            } else {
                format!("{}{} ", c, size)
            }
        }
    }
}

/// node's `getCtxStyle` (the fallback name of a null-prototype object is the
/// V8 class name; we use the kind's natural name).
fn ctx_style(o: &ObjectNode) -> String {
    let mut fallback = match &o.kind {
        ObjectKind::Array { .. } => "Array",
        ObjectKind::Map { .. } => "Map",
        ObjectKind::Set { .. } => "Set",
        ObjectKind::Function { .. } | ObjectKind::Class { .. } => "Function",
        ObjectKind::Error { .. } => "Error",
        ObjectKind::Date(_) => "Date",
        ObjectKind::RegExp(_) => "RegExp",
        ObjectKind::Promise(_) => "Promise",
        ObjectKind::WeakMap => "WeakMap",
        ObjectKind::WeakSet => "WeakSet",
        ObjectKind::Boxed(n) => boxed_type(n),
        ObjectKind::Plain | ObjectKind::Arguments => "Object",
    };
    if o.constructor.is_none() && fallback == o.tag {
        fallback = "Object";
    }
    get_prefix(o.constructor.as_deref(), &o.tag, fallback, "")
}

/// The wrapper type name of a boxed primitive.
pub fn boxed_type(n: &Node) -> &'static str {
    match n {
        Node::Number(_) => "Number",
        Node::String(_) => "String",
        Node::Bool(_) => "Boolean",
        Node::BigInt(_) => "BigInt",
        _ => "Symbol",
    }
}

/// node's `formatPrimitive` (without colors).
pub fn format_primitive(ctx: &Ctx, n: &Node) -> String {
    match n {
        Node::String(s) => {
            let max = ctx.opts.max_string_length;
            let mut trailer = String::new();
            let mut value: &[u16] = s;
            if value.len() > max {
                let remaining = value.len() - max;
                value = &value[..max];
                trailer = format!("... {} more character{}", remaining, if remaining > 1 { "s" } else { "" });
            }
            let limit = ctx.opts.break_length as isize - ctx.indentation_lvl as isize - 4;
            if value.len() > MIN_LINE_LENGTH && (value.len() as isize) > limit {
                let mut sep = String::from(" +\n");
                for _ in 0..ctx.indentation_lvl + 2 {
                    sep.push(' ');
                }
                let mut out = String::new();
                for (i, line) in split_lines_keep(value).into_iter().enumerate() {
                    if i != 0 {
                        out.push_str(&sep);
                    }
                    out.push_str(&str_escape(line));
                }
                out.push_str(&trailer);
                return out;
            }
            let mut out = str_escape(value);
            out.push_str(&trailer);
            out
        }
        Node::Number(t) => t.clone(),
        Node::BigInt(d) => format!("{}n", d),
        Node::Bool(b) => String::from(if *b { "true" } else { "false" }),
        Node::Undefined => String::from("undefined"),
        Node::Null => String::from("null"),
        Node::Symbol(d) => format!("Symbol({})", lossy(d)),
        _ => String::new(),
    }
}

/// node's `formatValue`.
pub fn format_value(ctx: &mut Ctx, n: &Node, recurse_times: usize) -> String {
    match n {
        Node::Object(o) => format_raw(ctx, o, recurse_times),
        Node::Circular(id) => {
            let index = match ctx.circular_index(*id) {
                Some(i) => i,
                None => {
                    let i = ctx.circular.len() + 1;
                    ctx.circular.push((*id, i));
                    i
                }
            };
            format!("[Circular *{}]", index)
        }
        Node::Custom(text) => indent_newlines(text, ctx.indentation_lvl),
        Node::Elided => String::from("[Elided]"),
        _ => format_primitive(ctx, n),
    }
}

/// What fills an object's entry list before its keys.
enum Entries<'a> {
    None,
    Array(u32, &'a [(u32, PropValue)]),
    Set(u32, &'a [Node]),
    Map(u32, &'a [(Node, Node)]),
    Promise(&'a PromiseState),
    Unknown,
}

/// node's `formatRaw`.
fn format_raw(ctx: &mut Ctx, o: &ObjectNode, mut recurse_times: usize) -> String {
    let constructor = o.constructor.as_deref();
    let tag = o.tag.as_str();
    let mut keys: Vec<&Prop> = o.props.iter().collect();
    let mut base = String::new();
    let mut brace_open = String::from("{");
    let mut brace_close = "}";
    let mut extras = Extras::Object;
    let mut entries = Entries::None;
    match &o.kind {
        ObjectKind::Array { length, elements } => {
            let prefix = if constructor != Some("Array") || !tag.is_empty() {
                get_prefix(constructor, tag, "Array", &format!("({})", length))
            } else {
                String::new()
            };
            brace_open = format!("{}[", prefix);
            brace_close = "]";
            if *length == 0 && keys.is_empty() {
                return format!("{}]", brace_open);
            }
            extras = Extras::Array;
            entries = Entries::Array(*length, elements);
        }
        ObjectKind::Set { size, values } => {
            let prefix = get_prefix(constructor, tag, "Set", &format!("({})", size));
            if *size == 0 && keys.is_empty() {
                return format!("{}{{}}", prefix);
            }
            brace_open = format!("{}{{", prefix);
            entries = Entries::Set(*size, values);
        }
        ObjectKind::Map { size, entries: e } => {
            let prefix = get_prefix(constructor, tag, "Map", &format!("({})", size));
            if *size == 0 && keys.is_empty() {
                return format!("{}{{}}", prefix);
            }
            brace_open = format!("{}{{", prefix);
            entries = Entries::Map(*size, e);
        }
        ObjectKind::Function { name, kind } => {
            base = function_base(name, *kind, constructor, tag);
            if keys.is_empty() {
                return base;
            }
        }
        ObjectKind::Class { name, extends } => {
            base = class_base(name, extends.as_deref(), constructor, tag);
            if keys.is_empty() {
                return base;
            }
        }
        ObjectKind::Plain | ObjectKind::Arguments if constructor == Some("Object") => {
            if matches!(o.kind, ObjectKind::Arguments) {
                brace_open = String::from("[Arguments] {");
            } else if !tag.is_empty() {
                brace_open = format!("{}{{", get_prefix(constructor, tag, "Object", ""));
            }
            if keys.is_empty() {
                return format!("{}}}", brace_open);
            }
        }
        ObjectKind::RegExp(text) => {
            base = text.clone();
            let prefix = get_prefix(constructor, tag, "RegExp", "");
            if prefix != "RegExp " {
                base = format!("{}{}", prefix, base);
            }
            if keys.is_empty() || ctx.too_deep(recurse_times) {
                return base;
            }
        }
        ObjectKind::Date(text) => {
            base = text.clone();
            let prefix = get_prefix(constructor, tag, "Date", "");
            if prefix != "Date " {
                base = format!("{}{}", prefix, base);
            }
            if keys.is_empty() {
                return base;
            }
        }
        ObjectKind::Error { name, message, stack } => {
            base = format_error(ctx, o, name, message, stack, &mut keys);
            if keys.is_empty() {
                return base;
            }
        }
        ObjectKind::Promise(state) => {
            brace_open = format!("{}{{", get_prefix(constructor, tag, "Promise", ""));
            entries = Entries::Promise(state);
        }
        ObjectKind::WeakMap | ObjectKind::WeakSet => {
            let fallback = if matches!(o.kind, ObjectKind::WeakMap) { "WeakMap" } else { "WeakSet" };
            brace_open = format!("{}{{", get_prefix(constructor, tag, fallback, ""));
            entries = Entries::Unknown;
        }
        ObjectKind::Boxed(prim) => {
            base = boxed_base(ctx, prim, constructor, tag);
            if keys.is_empty() {
                return base;
            }
        }
        ObjectKind::Plain | ObjectKind::Arguments => {
            let style = ctx_style(o);
            if keys.is_empty() {
                return format!("{}{{}}", style);
            }
            brace_open = format!("{}{{", style);
        }
    }

    if ctx.too_deep(recurse_times) {
        let style = ctx_style(o);
        let name = &style[..style.len() - 1];
        return if constructor.is_some() { format!("[{}]", name) } else { String::from(name) };
    }
    recurse_times += 1;
    ctx.current_depth = recurse_times;

    let mut output = match entries {
        Entries::None => Vec::new(),
        Entries::Array(length, elements) => format_array(ctx, length, elements, recurse_times),
        Entries::Set(size, values) => format_set(ctx, size, values, recurse_times),
        Entries::Map(size, e) => format_map(ctx, size, e, recurse_times),
        Entries::Promise(state) => format_promise(ctx, state, recurse_times),
        Entries::Unknown => alloc::vec![String::from("<items unknown>")],
    };
    for p in &keys {
        let s = format_property(ctx, p, recurse_times, extras);
        output.push(s);
    }
    if let Some(index) = ctx.circular_index(o.id) {
        let reference = format!("<ref *{}>", index);
        base = if base.is_empty() { reference } else { format!("{} {}", reference, base) };
    }
    let elements: &[(u32, PropValue)] = match &o.kind {
        ObjectKind::Array { elements, .. } => elements,
        _ => &[],
    };
    let numeric_at = |i: usize| numeric_element(elements, i);
    reduce_to_single_string(ctx, output, &base, (&brace_open, brace_close), extras, recurse_times, &numeric_at)
}

/// Whether `value[i]` is a number or bigint data element.
fn numeric_element(elements: &[(u32, PropValue)], i: usize) -> bool {
    let Ok(i) = u32::try_from(i) else { return false };
    match elements.binary_search_by_key(&i, |e| e.0) {
        Ok(pos) => matches!(elements[pos].1, PropValue::Value(Node::Number(_) | Node::BigInt(_))),
        Err(_) => false,
    }
}

/// node's `formatProperty` for a value (`key` is None for array elements).
fn format_prop_value(ctx: &mut Ctx, value: &PropValue, recurse_times: usize) -> String {
    match value {
        PropValue::Value(n) => {
            ctx.indentation_lvl += 2;
            let s = format_value(ctx, n, recurse_times);
            ctx.indentation_lvl -= 2;
            s
        }
        PropValue::Getter => String::from("[Getter]"),
        PropValue::Setter => String::from("[Setter]"),
        PropValue::GetterSetter => String::from("[Getter/Setter]"),
    }
}

/// node's `formatProperty` for a keyed property.
fn format_property(ctx: &mut Ctx, p: &Prop, recurse_times: usize, _extras: Extras) -> String {
    let s = format_prop_value(ctx, &p.value, recurse_times);
    let name = match &p.key {
        PropKey::Symbol(d) => {
            let mut desc = String::from("Symbol(");
            desc.push_str(&escape_unquoted(d));
            desc.push(')');
            format!("[{}]", desc)
        }
        PropKey::String(k) if k.as_slice() == super::tree::js("__proto__").as_slice() => {
            String::from("['__proto__']")
        }
        PropKey::String(k) if !p.enumerable => format!("[{}]", escape_unquoted(k)),
        PropKey::String(k) if is_identifier_key(k) => lossy(k),
        PropKey::String(k) => str_escape(k),
    };
    format!("{}: {}", name, s)
}

/// node's `formatArray` + `formatSpecialArray`.
fn format_array(ctx: &mut Ctx, length: u32, elements: &[(u32, PropValue)], recurse_times: usize) -> Vec<String> {
    let max_length = usize::min(ctx.opts.max_array_length, length as usize);
    let remaining = length as u64 - max_length as u64;
    let mut output = Vec::new();
    for i in 0..max_length {
        match elements.get(i) {
            Some((idx, v)) if *idx as usize == i => {
                let s = format_prop_value(ctx, v, recurse_times);
                output.push(s);
            }
            _ => return format_special_array(ctx, length, elements, recurse_times, max_length, output, i),
        }
    }
    if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    output
}

fn empty_items(n: u64) -> String {
    format!("<{} empty item{}>", n, if n > 1 { "s" } else { "" })
}

fn format_special_array(
    ctx: &mut Ctx,
    length: u32,
    elements: &[(u32, PropValue)],
    recurse_times: usize,
    max_length: usize,
    mut output: Vec<String>,
    start: usize,
) -> Vec<String> {
    let mut index = start as u64;
    let mut k = start;
    while k < elements.len() && output.len() < max_length {
        let (key, v) = &elements[k];
        let key = *key as u64;
        if key != index {
            output.push(empty_items(key - index));
            index = key;
            if output.len() == max_length {
                break;
            }
        }
        let s = format_prop_value(ctx, v, recurse_times);
        output.push(s);
        index += 1;
        k += 1;
    }
    let remaining = (length as u64).saturating_sub(index);
    if output.len() != max_length {
        if remaining > 0 {
            output.push(empty_items(remaining));
        }
    } else if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    output
}

fn format_set(ctx: &mut Ctx, size: u32, values: &[Node], recurse_times: usize) -> Vec<String> {
    let max_length = usize::min(ctx.opts.max_array_length, size as usize);
    let remaining = size as u64 - max_length as u64;
    let mut output = Vec::new();
    ctx.indentation_lvl += 2;
    for v in values.iter().take(max_length) {
        let s = format_value(ctx, v, recurse_times);
        output.push(s);
    }
    if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    ctx.indentation_lvl -= 2;
    output
}

fn format_map(ctx: &mut Ctx, size: u32, entries: &[(Node, Node)], recurse_times: usize) -> Vec<String> {
    let max_length = usize::min(ctx.opts.max_array_length, size as usize);
    let remaining = size as u64 - max_length as u64;
    let mut output = Vec::new();
    ctx.indentation_lvl += 2;
    for (k, v) in entries.iter().take(max_length) {
        let ks = format_value(ctx, k, recurse_times);
        let vs = format_value(ctx, v, recurse_times);
        output.push(format!("{} => {}", ks, vs));
    }
    if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    ctx.indentation_lvl -= 2;
    output
}

fn format_promise(ctx: &mut Ctx, state: &PromiseState, recurse_times: usize) -> Vec<String> {
    let (value, rejected) = match state {
        PromiseState::Pending => return alloc::vec![String::from("<pending>")],
        PromiseState::Fulfilled(v) => (v, false),
        PromiseState::Rejected(v) => (v, true),
    };
    ctx.indentation_lvl += 2;
    let s = format_value(ctx, value, recurse_times);
    ctx.indentation_lvl -= 2;
    alloc::vec![if rejected { format!("<rejected> {}", s) } else { s }]
}


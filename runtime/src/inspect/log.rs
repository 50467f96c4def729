//! `console.log` line formatting: node's `formatWithOptions` with the `%s %d
//! %i %f %j %o %O %c %%` directives. Arguments are reached through the
//! [`LogArgs`] trait so the heap side only computes what a directive needs
//! (a tree at the right depth, a number conversion, a JSON text...).

use alloc::string::String;
use alloc::vec::Vec;

use super::format::{format_value, Ctx};
use super::strings::lossy;
use super::tree::{InspectOptions, JsStr, Node};

/// The numeric conversion a `%d`, `%i` or `%f` directive applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberConversion {
    /// `%d`: `Number(value)`.
    Number,
    /// `%i`: `parseInt(value)`.
    ParseInt,
    /// `%f`: `parseFloat(value)`.
    ParseFloat,
}

/// Access to the arguments of one `console.log` call.
pub trait LogArgs {
    /// The number of arguments.
    fn len(&self) -> usize;
    /// Whether there are no arguments.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Argument `index` if it is a primitive (a leaf [`Node`]), else `None`.
    fn primitive(&self, index: usize) -> Option<Node>;
    /// The tree of argument `index` for formatting with `options`: built down
    /// to nesting level `options.depth + 1` (see `needs_children`), including
    /// non-enumerable properties when `options.show_hidden` is set.
    fn tree(&mut self, index: usize, options: &InspectOptions) -> Node;
    /// `%d`/`%i`/`%f` of a non-number, non-bigint, non-symbol argument: the
    /// JS text of the converted number (`"NaN"`, `"-0"`, `"42"`...).
    fn to_number(&mut self, index: usize, conversion: NumberConversion) -> String;
    /// `%s` of an object: `Some(String(value))` when the object's `toString`
    /// (or `Symbol.toPrimitive`) is user-defined rather than a built-in one
    /// (node's `hasBuiltInToString`); `None` to have it inspected at depth 0.
    fn user_to_string(&mut self, index: usize) -> Option<String>;
    /// `%j`: `JSON.stringify(value)` (`"undefined"` when that is undefined,
    /// `"[Circular]"` for a cycle).
    fn json(&mut self, index: usize) -> String;
}

/// node's `util.inspect(value, options)` over a tree.
pub fn inspect_with(node: &Node, options: &InspectOptions) -> String {
    let mut ctx = Ctx::new(options);
    format_value(&mut ctx, node, 0)
}

/// node's `util.inspect(value)` with default options.
pub fn inspect(node: &Node) -> String {
    inspect_with(node, &InspectOptions::default())
}

fn inspect_arg(args: &mut dyn LogArgs, index: usize, options: &InspectOptions) -> String {
    let tree = args.tree(index, options);
    inspect_with(&tree, options)
}

fn primitive_to_string(n: &Node) -> String {
    match n {
        Node::String(s) => lossy(s),
        Node::Symbol(d) => {
            let mut s = String::from("Symbol(");
            s.push_str(&lossy(d));
            s.push(')');
            s
        }
        Node::BigInt(d) => {
            let mut s = d.clone();
            s.push('n');
            s
        }
        Node::Number(t) => t.clone(),
        Node::Bool(b) => String::from(if *b { "true" } else { "false" }),
        Node::Null => String::from("null"),
        _ => String::from("undefined"),
    }
}

/// `%s`.
fn directive_s(args: &mut dyn LogArgs, index: usize) -> String {
    if let Some(p) = args.primitive(index) {
        return primitive_to_string(&p);
    }
    if let Some(s) = args.user_to_string(index) {
        return s;
    }
    let opts = InspectOptions { depth: Some(0), ..InspectOptions::default() };
    inspect_arg(args, index, &opts)
}

/// `%d`, `%i`, `%f`.
fn directive_number(args: &mut dyn LogArgs, index: usize, conversion: NumberConversion) -> String {
    match args.primitive(index) {
        Some(Node::Symbol(_)) => String::from("NaN"),
        Some(Node::BigInt(d)) if conversion != NumberConversion::ParseFloat => {
            let mut s = d;
            s.push('n');
            s
        }
        Some(Node::Number(t)) if conversion == NumberConversion::Number => t,
        _ => args.to_number(index, conversion),
    }
}

/// Formats one `console.log(...)` call as node does (without the newline):
/// a leading string is scanned for directives, remaining arguments follow,
/// separated by spaces; strings print raw, everything else is inspected.
pub fn format_log_args(args: &mut dyn LogArgs) -> String {
    let count = args.len();
    let options = InspectOptions::default();
    let mut a = 0;
    let mut out: Vec<u16> = Vec::new();
    let mut join = false;
    if count == 0 {
        return String::new();
    }
    if let Some(Node::String(first)) = args.primitive(0) {
        if count == 1 {
            return lossy(&first);
        }
        let mut last_pos = 0;
        let mut i = 0;
        while i + 1 < first.len() {
            if first[i] == b'%' as u16 {
                i += 1;
                let next = first[i];
                if a + 1 != count {
                    let temp: String = match next as u8 {
                        b's' if next < 0x80 => {
                            a += 1;
                            directive_s(args, a)
                        }
                        b'j' if next < 0x80 => {
                            a += 1;
                            args.json(a)
                        }
                        b'd' if next < 0x80 => {
                            a += 1;
                            directive_number(args, a, NumberConversion::Number)
                        }
                        b'O' if next < 0x80 => {
                            a += 1;
                            inspect_arg(args, a, &options)
                        }
                        b'o' if next < 0x80 => {
                            a += 1;
                            let o = InspectOptions { show_hidden: true, depth: Some(4), ..options.clone() };
                            inspect_arg(args, a, &o)
                        }
                        b'i' if next < 0x80 => {
                            a += 1;
                            directive_number(args, a, NumberConversion::ParseInt)
                        }
                        b'f' if next < 0x80 => {
                            a += 1;
                            directive_number(args, a, NumberConversion::ParseFloat)
                        }
                        b'c' if next < 0x80 => {
                            a += 1;
                            String::new()
                        }
                        b'%' if next < 0x80 => {
                            out.extend_from_slice(&first[last_pos..i]);
                            last_pos = i + 1;
                            i += 1;
                            continue;
                        }
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    if last_pos != i - 1 {
                        out.extend_from_slice(&first[last_pos..i - 1]);
                    }
                    out.extend(temp.encode_utf16());
                    last_pos = i + 1;
                } else if next == b'%' as u16 {
                    out.extend_from_slice(&first[last_pos..i]);
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            a += 1;
            join = true;
            if last_pos < first.len() {
                out.extend_from_slice(&first[last_pos..]);
            }
        }
    }
    while a < count {
        if join {
            out.push(b' ' as u16);
        }
        let piece: JsStr = match args.primitive(a) {
            Some(Node::String(s)) => s,
            _ => inspect_arg(args, a, &options).encode_utf16().collect(),
        };
        out.extend_from_slice(&piece);
        join = true;
        a += 1;
    }
    lossy(&out)
}

/// [`LogArgs`] over ready-made trees (default depth), for callers and tests
/// that have no heap: numbers convert only from number nodes, `%j` is not
/// supported (prints `undefined`), objects never have a user `toString`.
pub struct TreeArgs<'a>(pub &'a [Node]);

impl LogArgs for TreeArgs<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn primitive(&self, index: usize) -> Option<Node> {
        let n = &self.0[index];
        if n.is_primitive() {
            Some(n.clone())
        } else {
            None
        }
    }
    fn tree(&mut self, index: usize, _options: &InspectOptions) -> Node {
        self.0[index].clone()
    }
    fn to_number(&mut self, index: usize, _conversion: NumberConversion) -> String {
        match &self.0[index] {
            Node::Number(t) => t.clone(),
            _ => String::from("NaN"),
        }
    }
    fn user_to_string(&mut self, _index: usize) -> Option<String> {
        None
    }
    fn json(&mut self, _index: usize) -> String {
        String::from("undefined")
    }
}

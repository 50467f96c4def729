//! Checks kiln's `util.inspect`/`console.log` formatter against node v20: every
//! case in inspect-cases/gen.js has its node output in expected.txt, and an
//! equivalent hand-built tree in one of the inspect-cases/*.rs modules.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU32, Ordering};

use kiln_runtime::inspect::{
    format_log_args, inspect, inspect_with, js, FunctionKind, InspectOptions, LogArgs, Node, NumberConversion,
    ObjectKind, ObjectNode, Prop, PropKey, PropValue,
};

#[path = "inspect-cases/arrays.rs"]
mod arrays;
#[path = "inspect-cases/basic.rs"]
mod basic;
#[path = "inspect-cases/logs.rs"]
mod logs;
#[path = "inspect-cases/special.rs"]
mod special;

/// One test case: what to format.
pub enum Case {
    Inspect(Node),
    With(Node, InspectOptions),
    Log(Vec<Arg>),
}

/// One `console.log` argument with the answers the heap side would compute.
pub struct Arg {
    pub node: Node,
    /// Tree with hidden properties, for `%o`.
    pub hidden: Option<Node>,
    pub number: Option<String>,
    pub to_string: Option<String>,
    pub json: Option<String>,
}

impl Arg {
    pub fn new(node: Node) -> Arg {
        Arg { node, hidden: None, number: None, to_string: None, json: None }
    }
}

struct Args<'a>(&'a [Arg]);

impl LogArgs for Args<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn primitive(&self, index: usize) -> Option<Node> {
        let n = &self.0[index].node;
        n.is_primitive().then(|| n.clone())
    }
    fn tree(&mut self, index: usize, options: &InspectOptions) -> Node {
        let a = &self.0[index];
        match (&a.hidden, options.show_hidden) {
            (Some(h), true) => h.clone(),
            _ => a.node.clone(),
        }
    }
    fn to_number(&mut self, index: usize, _conversion: NumberConversion) -> String {
        self.0[index].number.clone().expect("number conversion not provided")
    }
    fn user_to_string(&mut self, index: usize) -> Option<String> {
        self.0[index].to_string.clone()
    }
    fn json(&mut self, index: usize) -> String {
        self.0[index].json.clone().expect("json not provided")
    }
}

static NEXT_ID: AtomicU32 = AtomicU32::new(1000);

/// A fresh object id (explicit small ids are used for cycle targets).
pub fn next_id() -> u32 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// A number from its JS text.
pub fn n(text: &str) -> Node {
    Node::num(text)
}

/// An integer number.
pub fn i(v: i64) -> Node {
    Node::num(&v.to_string())
}

/// A string.
pub fn s(text: &str) -> Node {
    Node::str(text)
}

/// Props from `(key, value)` pairs.
pub fn props(entries: Vec<(&str, Node)>) -> Vec<Prop> {
    entries.into_iter().map(|(k, v)| Prop::new(k, v)).collect()
}

/// A plain object.
pub fn obj(entries: Vec<(&str, Node)>) -> Node {
    ObjectNode::plain(next_id(), props(entries)).node()
}

/// A plain object with a given id (a cycle target).
pub fn obj_id(id: u32, entries: Vec<(&str, Node)>) -> Node {
    ObjectNode::plain(id, props(entries)).node()
}

/// An instance of class `ctor`.
pub fn inst(ctor: &str, entries: Vec<(&str, Node)>) -> Node {
    ObjectNode { props: props(entries), ..ObjectNode::new(next_id(), Some(ctor), ObjectKind::Plain) }.node()
}

/// A dense array.
pub fn arr(items: Vec<Node>) -> Node {
    ObjectNode::array(next_id(), items).node()
}

/// A dense array of integers.
pub fn ints(values: impl IntoIterator<Item = i64>) -> Node {
    arr(values.into_iter().map(i).collect())
}

/// An array of strings.
pub fn strs(values: &[&str]) -> Node {
    arr(values.iter().map(|v| s(v)).collect())
}

/// A sparse array of `length` with the given present elements.
pub fn sparse(length: u32, elements: Vec<(u32, Node)>) -> ObjectNode {
    let elements = elements.into_iter().map(|(k, v)| (k, PropValue::Value(v))).collect();
    ObjectNode::new(next_id(), Some("Array"), ObjectKind::Array { length, elements })
}

/// A function.
pub fn func(name: &str, kind: FunctionKind) -> ObjectNode {
    let ctor = match kind {
        FunctionKind::Normal => "Function",
        FunctionKind::Generator => "GeneratorFunction",
        FunctionKind::Async => "AsyncFunction",
        FunctionKind::AsyncGenerator => "AsyncGeneratorFunction",
    };
    ObjectNode::new(next_id(), Some(ctor), ObjectKind::Function { name: name.into(), kind })
}

/// A class constructor.
pub fn class(name: &str, extends: Option<&str>) -> ObjectNode {
    let kind = ObjectKind::Class { name: name.into(), extends: extends.map(String::from) };
    ObjectNode::new(next_id(), Some("Function"), kind)
}

/// An error object.
pub fn error(ctor: &str, name: &str, message: &str, stack: &str) -> ObjectNode {
    let kind = ObjectKind::Error { name: name.into(), message: message.into(), stack: stack.into() };
    ObjectNode::new(next_id(), Some(ctor), kind)
}

/// A Map.
pub fn map(entries: Vec<(Node, Node)>) -> ObjectNode {
    ObjectNode::new(next_id(), Some("Map"), ObjectKind::Map { size: entries.len() as u32, entries })
}

/// A Set.
pub fn set(values: Vec<Node>) -> ObjectNode {
    ObjectNode::new(next_id(), Some("Set"), ObjectKind::Set { size: values.len() as u32, values })
}

/// A property with a string key that is not enumerable.
pub fn hidden(key: &str, value: Node) -> Prop {
    Prop { key: PropKey::String(js(key)), value: PropValue::Value(value), enumerable: false }
}

/// gen.js's `mixedNum`.
pub fn mixed_num(i: i64) -> i64 {
    ((i * 37) % 101) * (if i % 3 == 0 { 100 } else { 1 }) - (if i % 5 == 0 { 7 } else { 0 })
}

/// gen.js's `words`.
pub const WORDS: [&str; 20] = [
    "apple", "fig", "banana", "kiwi", "cherry", "plum", "grape", "lime", "mango", "pear", "peach", "melon", "date",
    "lemon", "guava", "papaya", "olive", "quince", "yuzu", "nut",
];

/// gen.js's error stack.
pub const STACK: &str = "Error: boom\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)";

fn expected() -> BTreeMap<String, String> {
    let text = include_str!("inspect-cases/expected.txt");
    let mut map = BTreeMap::new();
    let mut name: Option<String> = None;
    let mut body = String::new();
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("#### ") {
            if let Some(n) = name.take() {
                body.pop();
                map.insert(n, std::mem::take(&mut body));
            }
            name = Some(rest.trim_end_matches('\n').to_string());
        } else {
            body.push_str(line);
        }
    }
    if let Some(n) = name {
        body.pop();
        map.insert(n, body);
    }
    map
}

fn run(case: &Case) -> String {
    match case {
        Case::Inspect(node) => inspect(node),
        Case::With(node, opts) => inspect_with(node, opts),
        Case::Log(args) => format_log_args(&mut Args(args)),
    }
}

#[test]
fn matches_node() {
    let expected = expected();
    let mut cases: Vec<(&'static str, Case)> = Vec::new();
    basic::cases(&mut cases);
    arrays::cases(&mut cases);
    special::cases(&mut cases);
    logs::cases(&mut cases);
    let mut failures = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (name, case) in &cases {
        assert!(seen.insert(*name), "duplicate Rust case {name}");
        let Some(want) = expected.get(*name) else {
            failures.push(format!("{name}: not in expected.txt (rerun gen.js)"));
            continue;
        };
        let got = run(case);
        if &got != want {
            failures.push(format!("{name}:\n--- node\n{want}\n--- kiln\n{got}\n"));
        }
    }
    for name in expected.keys() {
        if !seen.contains(name.as_str()) {
            failures.push(format!("{name}: no Rust tree for this node case"));
        }
    }
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

//! The value tree `util.inspect` formats: a heap-independent snapshot of a JS
//! value, built by the heap side and consumed by the pure formatter.
//!
//! The formatter applies node's depth limit itself, so the builder only has to
//! stop descending at some point: an object at nesting level `depth + 1` must
//! still carry its kind, constructor name and counts (array length, map size,
//! whether it has properties), but every child *value* inside it may be
//! [`Node::Elided`]; nothing below that level is ever looked at (see
//! [`needs_children`]). Cycles are cut by the builder: an object that is already
//! on the path from the root is emitted as [`Node::Circular`] with the target's
//! id, and the formatter numbers the `<ref *N>` labels exactly as node does.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A JS string as UTF-16 code units (lone surrogates allowed).
pub type JsStr = Vec<u16>;

/// Converts Rust text to a [`JsStr`].
pub fn js(s: &str) -> JsStr {
    s.encode_utf16().collect()
}

/// One value to format.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Undefined,
    Null,
    Bool(bool),
    /// JS `Number::toString` text of the number; negative zero is `"-0"`.
    Number(String),
    /// Decimal digits of a BigInt, without the `n` suffix.
    BigInt(String),
    String(JsStr),
    /// A symbol, by its description (`Symbol()` has the empty description).
    Symbol(JsStr),
    Object(Box<ObjectNode>),
    /// An object that is already on the current path (a cycle), by the id of
    /// the target [`ObjectNode`].
    Circular(u32),
    /// Verbatim text, e.g. a string returned by a `[util.inspect.custom]`
    /// method; node re-indents its line breaks.
    Custom(String),
    /// A child of an object at the depth limit: never formatted.
    Elided,
}

/// An object (including arrays, functions, maps, errors...).
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectNode {
    /// Object identity: equal ids denote the same heap object.
    pub id: u32,
    /// node's `getConstructorName`: the `name` of the first `constructor` found
    /// on the prototype chain (`"Object"`, `"Array"`, `"Foo"`...), or `None`
    /// when the chain ends without one (null prototype).
    pub constructor: Option<String>,
    /// `value[Symbol.toStringTag]` when it is a string that is *not* an own
    /// enumerable property; otherwise empty.
    pub tag: String,
    pub kind: ObjectKind,
    /// The keys node prints, in order: own enumerable string keys (for arrays
    /// and boxed strings only the non-index ones) followed by own enumerable
    /// symbol keys. Non-enumerable properties may be listed with
    /// `enumerable: false` (showHidden, or an error's `cause`).
    pub props: Vec<Prop>,
}

/// What kind of object an [`ObjectNode`] is.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjectKind {
    /// An ordinary object or class instance.
    Plain,
    /// An `arguments` object.
    Arguments,
    /// An array, or a typed array (then `constructor` is e.g. `"Uint8Array"`).
    /// `elements` lists the present index properties in ascending order; holes
    /// are simply absent. Only the first `max_array_length` (100) are needed.
    Array { length: u32, elements: Vec<(u32, PropValue)> },
    /// A Map; `entries` may stop after `max_array_length` entries.
    Map { size: u32, entries: Vec<(Node, Node)> },
    /// A Set; `values` may stop after `max_array_length` values.
    Set { size: u32, values: Vec<Node> },
    /// A non-class function; `name` is its `name` property ("" = anonymous).
    Function { name: String, kind: FunctionKind },
    /// A class constructor: `name` ("" = anonymous) and the `name` of its
    /// prototype (the superclass), if non-empty.
    Class { name: String, extends: Option<String> },
    /// An error. `name` is `String(err.name)` (or "Error" when nullish),
    /// `message` is `err.message` as a string, `stack` is `String(err.stack)`
    /// if truthy, else `Error.prototype.toString` of the error.
    Error { name: String, message: String, stack: String },
    /// A boxed primitive: `Number`, `String`, `Boolean`, `BigInt` or `Symbol`.
    Boxed(Node),
    /// A Date: its `toISOString()`, or `toString()` ("Invalid Date") if NaN.
    Date(String),
    /// A RegExp: its `RegExp.prototype.toString()` text.
    RegExp(String),
    Promise(PromiseState),
    WeakMap,
    WeakSet,
}

/// The flavour of a non-class function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    Normal,
    Generator,
    Async,
    AsyncGenerator,
}

/// The state of a promise.
#[derive(Clone, Debug, PartialEq)]
pub enum PromiseState {
    Pending,
    Fulfilled(Node),
    Rejected(Node),
}

/// One property to print.
#[derive(Clone, Debug, PartialEq)]
pub struct Prop {
    pub key: PropKey,
    pub value: PropValue,
    /// Non-enumerable keys print as `[key]`.
    pub enumerable: bool,
}

/// A property key.
#[derive(Clone, Debug, PartialEq)]
pub enum PropKey {
    String(JsStr),
    /// A symbol key, by its description.
    Symbol(JsStr),
}

/// A property's value, as its descriptor presents it (getters are not run).
#[derive(Clone, Debug, PartialEq)]
pub enum PropValue {
    Value(Node),
    Getter,
    Setter,
    GetterSetter,
}

/// Formatting options (node's defaults via `Default`).
#[derive(Clone, Debug, PartialEq)]
pub struct InspectOptions {
    /// `None` = unlimited.
    pub depth: Option<u32>,
    /// Only changes which error keys are de-duplicated; the builder decides
    /// whether to include non-enumerable properties.
    pub show_hidden: bool,
    pub break_length: usize,
    /// node's numeric `compact` mode (must be >= 1).
    pub compact: usize,
    pub max_array_length: usize,
    pub max_string_length: usize,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            depth: Some(2),
            show_hidden: false,
            break_length: 80,
            compact: 3,
            max_array_length: 100,
            max_string_length: 10000,
        }
    }
}

/// Whether the builder must materialize the children of an object found at
/// nesting `level` (the root is level 0) to format it under `depth`. When
/// false, child values may be [`Node::Elided`] (counts and keys still needed).
pub fn needs_children(level: u32, depth: Option<u32>) -> bool {
    match depth {
        None => true,
        Some(d) => level <= d,
    }
}

impl Node {
    /// A string node from Rust text.
    pub fn str(s: &str) -> Node {
        Node::String(js(s))
    }
    /// A number node from its JS text.
    pub fn num(text: &str) -> Node {
        Node::Number(String::from(text))
    }
    /// Wraps an object.
    pub fn object(o: ObjectNode) -> Node {
        Node::Object(Box::new(o))
    }
    /// Whether this is a primitive (leaf) value.
    pub fn is_primitive(&self) -> bool {
        !matches!(self, Node::Object(_) | Node::Circular(_) | Node::Custom(_) | Node::Elided)
    }
}

impl Prop {
    /// An enumerable data property with a string key.
    pub fn new(key: &str, value: Node) -> Prop {
        Prop { key: PropKey::String(js(key)), value: PropValue::Value(value), enumerable: true }
    }
    /// An enumerable accessor or data property with a string key.
    pub fn with(key: &str, value: PropValue) -> Prop {
        Prop { key: PropKey::String(js(key)), value, enumerable: true }
    }
    /// An enumerable data property with a symbol key.
    pub fn symbol(description: &str, value: Node) -> Prop {
        Prop { key: PropKey::Symbol(js(description)), value: PropValue::Value(value), enumerable: true }
    }
    /// The same property, marked non-enumerable.
    pub fn hidden(mut self) -> Prop {
        self.enumerable = false;
        self
    }
}

impl ObjectNode {
    /// An object of `kind` whose constructor is `constructor`, without props.
    pub fn new(id: u32, constructor: Option<&str>, kind: ObjectKind) -> ObjectNode {
        ObjectNode { id, constructor: constructor.map(String::from), tag: String::new(), kind, props: Vec::new() }
    }
    /// A plain object (`constructor` = "Object") with the given props.
    pub fn plain(id: u32, props: Vec<Prop>) -> ObjectNode {
        ObjectNode { props, ..ObjectNode::new(id, Some("Object"), ObjectKind::Plain) }
    }
    /// A dense `Array` of the given values.
    pub fn array(id: u32, values: Vec<Node>) -> ObjectNode {
        let length = values.len() as u32;
        let elements = values.into_iter().enumerate().map(|(i, v)| (i as u32, PropValue::Value(v))).collect();
        ObjectNode::new(id, Some("Array"), ObjectKind::Array { length, elements })
    }
    /// Appends a property.
    pub fn prop(mut self, p: Prop) -> ObjectNode {
        self.props.push(p);
        self
    }
    /// Sets the toStringTag.
    pub fn tag(mut self, tag: &str) -> ObjectNode {
        self.tag = String::from(tag);
        self
    }
    /// Wraps it in a [`Node`].
    pub fn node(self) -> Node {
        Node::Object(Box::new(self))
    }
}

//! node v20's `util.inspect` / `console.log` formatting as a pure function over
//! a value tree ([`Node`]), independent of the heap: the heap side snapshots a
//! value into a tree (see [`tree`] for the depth and cycle contract) and this
//! module reproduces node's text exactly (quoting, line breaking at 80
//! columns, array grouping, `<ref *N>` labels, depth cut-offs, directives).
//!
//! ```
//! use kiln_runtime::inspect::{inspect, Node, ObjectNode, Prop};
//! let inner = ObjectNode::array(2, vec![Node::num("1"), Node::str("two")]).node();
//! let obj = ObjectNode::plain(1, vec![Prop::new("a", inner), Prop::new("b-c", Node::Null)]).node();
//! assert_eq!(inspect(&obj), "{ a: [ 1, 'two' ], 'b-c': null }");
//! ```

mod bases;
mod format;
mod layout;
mod log;
mod strings;
pub mod tree;

pub use log::{format_log_args, inspect, inspect_with, LogArgs, NumberConversion, TreeArgs};
pub use strings::{str_escape, string_width};
pub use tree::{
    js, needs_children, FunctionKind, InspectOptions, JsStr, Node, ObjectKind, ObjectNode, PromiseState, Prop,
    PropKey, PropValue,
};

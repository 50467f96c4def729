//! The bridge from heap values to `crate::inspect`'s value tree: builds the
//! tree node's `util.inspect` would walk (constructor names found on the
//! prototype chain, own enumerable properties in key order, getters shown
//! as `[Getter]` without being called, cycles as `Circular`), and
//! implements `LogArgs` so `console.log`'s `%` directives work on heap values.

use crate::atoms;
use crate::host::Host;
use crate::inspect::{self, InspectOptions, LogArgs, Node, NumberConversion, ObjectKind, ObjectNode, Prop, PropValue};
use crate::object::{Class, FuncFlavor};
use crate::ops;
use crate::property::OwnProp;
use crate::realm::Runtime;
use crate::shape::PropKey;
use crate::value::Value;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// Builds the inspect tree of `v` with `options`.
pub fn tree_of(rt: &mut Runtime, v: Value, options: &InspectOptions) -> Node {
    let mut builder = Builder { rt, options, path: Vec::new() };
    builder.node(v, 0)
}

/// `util.inspect(v)` with default options.
pub fn inspect_value(rt: &mut Runtime, v: Value) -> String {
    let options = InspectOptions::default();
    let tree = tree_of(rt, v, &options);
    inspect::inspect_with(&tree, &options)
}

struct Builder<'a> {
    rt: &'a mut Runtime,
    options: &'a InspectOptions,
    path: Vec<Value>,
}

fn text_of(rt: &mut Runtime, v: Value) -> Option<String> {
    if rt.is_string(v) {
        let units = rt.heap.string_units(v.as_ref());
        Some(String::from_utf16_lossy(&units))
    } else {
        None
    }
}

/// A data property's value without running getters.
fn own_data(rt: &Runtime, o: Value, key: PropKey) -> Option<Value> {
    match rt.get_own(o, key) {
        OwnProp::Slot(v, f) if !f.is_accessor() => Some(v),
        _ => None,
    }
}

/// node's getConstructorName: the `name` of the first `constructor` found
/// on the prototype chain (None for a null prototype).
fn constructor_name(rt: &mut Runtime, o: Value) -> Option<String> {
    let mut current = o;
    for _ in 0..1000 {
        if !rt.is_object(current) {
            return None;
        }
        if let Some(ctor) = own_data(rt, current, PropKey::Atom(atoms::CONSTRUCTOR)) {
            if rt.is_callable(ctor) {
                if let Some(name) = own_data(rt, ctor, PropKey::Atom(atoms::NAME)).and_then(|n| text_of(rt, n)) {
                    if !name.is_empty() {
                        return Some(name);
                    }
                }
            }
        }
        current = rt.obj(current).map(|x| x.proto).unwrap_or(Value::NULL);
    }
    None
}

impl Builder<'_> {
    fn node(&mut self, v: Value, level: u32) -> Node {
        let rt = &mut *self.rt;
        if v.is_undefined() {
            return Node::Undefined;
        }
        if v.is_null() {
            return Node::Null;
        }
        if v.is_bool() {
            return Node::Bool(v.as_bool());
        }
        if v.is_number() {
            let n = v.as_number();
            let text = if n == 0.0 && n.is_sign_negative() { String::from("-0") } else { ops::number_text(n) };
            return Node::Number(text);
        }
        if rt.is_string(v) {
            return Node::String(rt.heap.string_units(v.as_ref()));
        }
        if !rt.is_object(v) {
            return Node::Undefined;
        }
        if self.path.contains(&v) {
            return Node::Circular(v.as_ref().0);
        }
        self.path.push(v);
        let node = self.object(v, level);
        self.path.pop();
        Node::Object(Box::new(node))
    }

    fn child(&mut self, v: Value, level: u32) -> Node {
        if inspect::needs_children(level, self.options.depth) {
            self.node(v, level + 1)
        } else {
            Node::Elided
        }
    }

    fn prop_value(&mut self, o: Value, key: PropKey, level: u32) -> PropValue {
        match self.rt.get_own(o, key) {
            OwnProp::Slot(v, f) if f.is_accessor() => {
                let (g, s) = match self.rt.obj(v).map(|x| &x.class) {
                    Some(Class::Accessor { get, set }) => (!get.is_undefined(), !set.is_undefined()),
                    _ => (false, false),
                };
                match (g, s) {
                    (true, true) => PropValue::GetterSetter,
                    (false, true) => PropValue::Setter,
                    _ => PropValue::Getter,
                }
            }
            OwnProp::Slot(v, _) => PropValue::Value(self.child(v, level)),
            OwnProp::None => PropValue::Value(Node::Undefined),
        }
    }

    fn object(&mut self, o: Value, level: u32) -> ObjectNode {
        let constructor = constructor_name(self.rt, o);
        let id = o.as_ref().0;
        let (kind, skip_indices, tag) = self.kind(o, level);
        let mut props = Vec::new();
        let show_hidden = self.options.show_hidden;
        let keys = self.rt.own_keys(o, !show_hidden);
        for key in keys {
            if skip_indices && matches!(key, PropKey::Index(_)) {
                continue;
            }
            if matches!(kind, ObjectKind::Error { .. }) && matches!(key, PropKey::Atom(atoms::STACK)) {
                continue;
            }
            if skip_indices && key == PropKey::Atom(atoms::LENGTH) {
                continue;
            }
            let enumerable = matches!(self.rt.get_own(o, key), OwnProp::Slot(_, f) if f.enumerable());
            let name: Vec<u16> = self.rt.key_text(key).encode_utf16().collect();
            let value = self.prop_value(o, key, level);
            props.push(Prop { key: inspect::PropKey::String(name), value, enumerable });
        }
        ObjectNode { id, constructor, tag, kind, props }
    }

    /// The object's kind, whether its index keys are shown by the kind
    /// itself, and its `Symbol.toStringTag`.
    fn kind(&mut self, o: Value, level: u32) -> (ObjectKind, bool, String) {
        let rt = &mut *self.rt;
        let class_info = match rt.obj(o).map(|x| &x.class) {
            Some(Class::Array(elements)) => Some(ArrayInfo { len: elements.length() as usize }),
            _ => None,
        };
        if let Some(info) = class_info {
            let mut elements = Vec::new();
            let limit = self.options.max_array_length.min(info.len) + 1;
            let mut shown = 0;
            // The present indices, ascending: the dense part, or (when some
            // elements live in the dictionary) the own index keys, so a
            // sparse array costs its element count, not its length.
            let indices: Vec<u32> = match self.rt.obj(o) {
                Some(x) if x.dict.is_some() => {
                    let keys = self.rt.own_keys(o, false);
                    keys.into_iter().filter_map(|k| if let PropKey::Index(i) = k { Some(i) } else { None }).collect()
                }
                Some(x) => match &x.class {
                    Class::Array(e) => (0..e.len() as u32).collect(),
                    _ => Vec::new(),
                },
                None => Vec::new(),
            };
            for i in indices {
                let i = i as usize;
                let v = match self.rt.obj(o).map(|x| &x.class) {
                    Some(Class::Array(e)) => e.get(i).copied().unwrap_or(Value::HOLE),
                    _ => Value::HOLE,
                };
                let value = if v.is_hole() {
                    match self.rt.get_own(o, PropKey::Index(i as u32)) {
                        OwnProp::Slot(..) => self.prop_value(o, PropKey::Index(i as u32), level),
                        OwnProp::None => continue,
                    }
                } else {
                    PropValue::Value(self.child(v, level))
                };
                elements.push((i as u32, value));
                shown += 1;
                if shown > limit {
                    break;
                }
            }
            return (ObjectKind::Array { length: info.len as u32, elements }, true, String::new());
        }
        enum K {
            Func(FuncFlavor),
            Native,
            Error,
            Map,
            Set,
            Num(f64),
            Str(Value),
            Bool(bool),
            Iter,
            Args,
            Plain,
        }
        let k = match rt.obj(o).map(|x| &x.class) {
            Some(Class::Closure { flavor, .. }) => K::Func(*flavor),
            Some(Class::Native { .. } | Class::Bound { .. }) => K::Native,
            Some(Class::Error) => K::Error,
            Some(Class::Map(_)) => K::Map,
            Some(Class::Set(_)) => K::Set,
            Some(Class::BoxedNumber(n)) => K::Num(*n),
            Some(Class::BoxedString(s)) => K::Str(*s),
            Some(Class::BoxedBool(b)) => K::Bool(*b),
            Some(Class::Iterator(_)) => K::Iter,
            Some(Class::Arguments) => K::Args,
            _ => K::Plain,
        };
        match k {
            K::Func(flavor) => {
                let name = own_data(rt, o, PropKey::Atom(atoms::NAME)).and_then(|n| text_of(rt, n)).unwrap_or_default();
                if matches!(flavor, FuncFlavor::BaseClass | FuncFlavor::DerivedClass) {
                    let parent = rt.obj(o).map(|x| x.proto).unwrap_or(Value::NULL);
                    let extends = if flavor == FuncFlavor::DerivedClass && parent != rt.intrinsics.function_proto {
                        own_data(rt, parent, PropKey::Atom(atoms::NAME)).and_then(|n| text_of(rt, n))
                    } else {
                        None
                    };
                    (ObjectKind::Class { name, extends }, false, String::new())
                } else {
                    (ObjectKind::Function { name, kind: inspect::FunctionKind::Normal }, false, String::new())
                }
            }
            K::Native => {
                let name = own_data(rt, o, PropKey::Atom(atoms::NAME)).and_then(|n| text_of(rt, n)).unwrap_or_default();
                (ObjectKind::Function { name, kind: inspect::FunctionKind::Normal }, false, String::new())
            }
            K::Error => {
                let stack = own_data(rt, o, PropKey::Atom(atoms::STACK)).and_then(|s| text_of(rt, s)).unwrap_or_default();
                let name = self.lookup_text(o, atoms::NAME);
                let message = self.lookup_text(o, atoms::MESSAGE);
                (ObjectKind::Error { name, message, stack }, false, String::new())
            }
            K::Map | K::Set => {
                let entries: Vec<(Value, Value)> = match rt.obj(o).map(|x| &x.class) {
                    Some(Class::Map(d)) | Some(Class::Set(d)) => d.entries.iter().flatten().copied().collect(),
                    _ => Vec::new(),
                };
                let size = entries.len() as u32;
                if matches!(k, K::Map) {
                    let e = entries.into_iter().map(|(a, b)| (self.child(a, level), self.child(b, level))).collect();
                    (ObjectKind::Map { size, entries: e }, false, String::new())
                } else {
                    let values = entries.into_iter().map(|(a, _)| self.child(a, level)).collect();
                    (ObjectKind::Set { size, values }, false, String::new())
                }
            }
            K::Num(n) => (ObjectKind::Boxed(self.node(Value::number(n), level)), false, String::new()),
            K::Str(s) => (ObjectKind::Boxed(self.node(s, level)), true, String::new()),
            K::Bool(b) => (ObjectKind::Boxed(Node::Bool(b)), false, String::new()),
            K::Iter => {
                let proto = rt.obj(o).map(|x| x.proto).unwrap_or(Value::NULL);
                let i = &rt.intrinsics;
                let tag = if proto == i.array_iterator_proto {
                    "Array Iterator"
                } else if proto == i.map_iterator_proto {
                    "Map Iterator"
                } else if proto == i.set_iterator_proto {
                    "Set Iterator"
                } else if proto == i.string_iterator_proto {
                    "String Iterator"
                } else {
                    ""
                };
                (ObjectKind::Plain, false, String::from(tag))
            }
            K::Args => (ObjectKind::Arguments, false, String::new()),
            K::Plain => (ObjectKind::Plain, false, String::from(super::to_string_tag(rt, o).unwrap_or(""))),
        }
    }

    /// A string property found on the prototype chain, without getters.
    fn lookup_text(&mut self, o: Value, atom: crate::shape::AtomId) -> String {
        let mut current = o;
        for _ in 0..1000 {
            if !self.rt.is_object(current) {
                break;
            }
            if let Some(v) = own_data(self.rt, current, PropKey::Atom(atom)) {
                return text_of(self.rt, v).unwrap_or_default();
            }
            current = self.rt.obj(current).map(|x| x.proto).unwrap_or(Value::NULL);
        }
        String::new()
    }
}

struct ArrayInfo {
    len: usize,
}

/// `console.log`'s arguments on the heap.
pub struct HeapArgs<'a> {
    cx: &'a mut dyn Host,
    args: &'a [Value],
    primitives: Vec<Option<Node>>,
}

impl<'a> HeapArgs<'a> {
    pub fn new(cx: &'a mut dyn Host, args: &'a [Value]) -> HeapArgs<'a> {
        let rt = cx.rt();
        let primitives = args.iter().map(|&v| if rt.is_object(v) { None } else { Some(tree_of(rt, v, &InspectOptions::default())) }).collect();
        HeapArgs { cx, args, primitives }
    }
}

impl LogArgs for HeapArgs<'_> {
    fn len(&self) -> usize {
        self.args.len()
    }

    fn primitive(&self, index: usize) -> Option<Node> {
        self.primitives.get(index).cloned().flatten()
    }

    fn tree(&mut self, index: usize, options: &InspectOptions) -> Node {
        let v = self.args[index];
        tree_of(self.cx.rt(), v, options)
    }

    fn to_number(&mut self, index: usize, conversion: NumberConversion) -> String {
        let v = self.args[index];
        let n = match conversion {
            NumberConversion::Number => ops::to_number(self.cx, v).unwrap_or(f64::NAN),
            NumberConversion::ParseInt | NumberConversion::ParseFloat => match ops::to_units(self.cx, v) {
                Ok(units) if conversion == NumberConversion::ParseInt => crate::number::parse_int(&units, 10),
                Ok(units) => crate::number::parse_float(&units),
                Err(_) => f64::NAN,
            },
        };
        self.cx.rt().pending_exception = Value::UNDEFINED;
        if n == 0.0 && n.is_sign_negative() {
            String::from("-0")
        } else {
            ops::number_text(n)
        }
    }

    fn user_to_string(&mut self, index: usize) -> Option<String> {
        let v = self.args[index];
        // `%s` of a function is String(fn) (its source), as typeof is not 'object'.
        if self.cx.rt().is_callable(v) {
            let s = ops::to_string(self.cx, v).ok()?;
            return ops::to_rust_string(self.cx, s).ok();
        }
        let f = ops::get(self.cx, v, PropKey::Atom(atoms::TO_STRING)).ok()?;
        if !matches!(self.cx.rt().obj(f).map(|x| &x.class), Some(Class::Closure { .. })) {
            return None;
        }
        let s = self.cx.call(f, v, &[]).ok()?;
        ops::to_rust_string(self.cx, s).ok()
    }

    fn json(&mut self, index: usize) -> String {
        let v = self.args[index];
        let result = super::json_stringify::stringify(self.cx, Value::UNDEFINED, &[v], Value::UNDEFINED);
        match result {
            Ok(s) if self.cx.rt().is_string(s) => ops::to_rust_string(self.cx, s).unwrap_or_default(),
            Ok(_) => String::from("undefined"),
            Err(_) => {
                self.cx.rt().pending_exception = Value::UNDEFINED;
                String::from("[Circular]")
            }
        }
    }
}

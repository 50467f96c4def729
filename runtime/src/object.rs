//! JavaScript objects: a shape (or a dictionary), a prototype, property
//! slots, and a `Class` payload for the exotic kinds (arrays with packed
//! elements, functions, Map/Set, primitive wrappers, errors).

use crate::shape::{PropFlags, PropKey, ShapeId};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;
use indexmap::IndexMap;

pub type FxBuild = core::hash::BuildHasherDefault<rustc_hash::FxHasher>;
/// A fast hash map for runtime-internal tables (no_std: hashbrown + FxHash).
pub type FxHashMap<K, V> = hashbrown::HashMap<K, V, FxBuild>;
/// Properties of an object in dictionary mode, in insertion order.
pub type Dict = IndexMap<PropKey, (Value, PropFlags), FxBuild>;

/// A native (Rust) function callable from JavaScript. `new_target` is
/// undefined for a plain call and the constructor for `new`.
pub type NativeFn =
    fn(cx: &mut dyn crate::host::Host, this: Value, args: &[Value], new_target: Value) -> Result<Value, crate::host::Thrown>;

#[derive(Debug)]
pub struct Object {
    pub shape: ShapeId,
    pub proto: Value,
    pub slots: Vec<Value>,
    /// Some when the object left the shape tree (many properties, deletions).
    pub dict: Option<Box<Dict>>,
    pub extensible: bool,
    pub class: Class,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FuncFlavor {
    /// `function` declarations/expressions: callable and constructible.
    Normal,
    Arrow,
    Method,
    /// A class constructor: `new` only.
    BaseClass,
    DerivedClass,
}

/// Map and Set storage: insertion-ordered, with deleted entries left as
/// tombstones so iteration that is in progress sees later insertions and
/// skips deletions, as the spec requires. Positions (in `index` and in
/// iterators) are logical: `entries[i]` is position `offset + i`, so dead
/// entries can be dropped from the front (and by `clear`) without breaking
/// iterators; `iterators` counts unfinished iterators, and only when it is
/// 0 are tombstones in the middle compacted (see builtins/mapdata.rs).
#[derive(Debug, Default)]
pub struct MapData {
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: IndexMap<MapKey, usize, FxBuild>,
    pub live: usize,
    pub offset: usize,
    pub iterators: usize,
}

/// How Map/Set keys are hashed: SameValueZero. Strings by content, numbers
/// normalised (-0 → 0, one NaN), objects by reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MapKey {
    Number(u64),
    String(Box<[u16]>),
    Other(u64),
}

#[derive(Debug)]
pub enum Class {
    Ordinary,
    /// Packed elements; `Value::HOLE` marks a hole. `length` is `elements.len()`.
    Array(Vec<Value>),
    /// A bytecode function: `func` indexes the program's function table.
    Closure { func: u32, env: Value, this_val: Value, home: Value, fields: Value, flavor: FuncFlavor },
    Native { f: NativeFn, ctor: bool },
    Bound { target: Value, this: Value, args: Vec<Value> },
    Error,
    Map(Box<MapData>),
    Set(Box<MapData>),
    BoxedNumber(f64),
    BoxedString(Value),
    BoxedBool(bool),
    /// An accessor pair stored in an accessor property's slot.
    Accessor { get: Value, set: Value },
    /// Iteration state for for-of / for-in and builtin iterators.
    Iterator(IterState),
}

#[derive(Debug)]
pub enum IterState {
    /// Array or string or arguments: by index over `target`.
    Indexed { target: Value, index: u32, kind: IterKind },
    /// Map/Set entries by position.
    Entries { target: Value, index: usize, kind: IterKind },
    /// for-in: precomputed key strings.
    Keys { keys: Vec<Value>, index: usize, target: Value },
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

impl Object {
    pub fn new(class: Class, proto: Value) -> Object {
        Object { shape: crate::shape::EMPTY_SHAPE, proto, slots: Vec::new(), dict: None, extensible: true, class }
    }

    pub fn is_callable(&self) -> bool {
        matches!(self.class, Class::Closure { .. } | Class::Native { .. } | Class::Bound { .. })
    }

    /// Calls `f` on every value this object references (for the GC).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.proto);
        for &v in &self.slots {
            f(v);
        }
        if let Some(dict) = &self.dict {
            for (v, _) in dict.values() {
                f(*v);
            }
        }
        match &self.class {
            Class::Array(elements) => elements.iter().for_each(|&v| f(v)),
            Class::Closure { env, this_val, home, fields, .. } => {
                f(*env);
                f(*this_val);
                f(*home);
                f(*fields);
            }
            Class::Bound { target, this, args } => {
                f(*target);
                f(*this);
                args.iter().for_each(|&v| f(v));
            }
            Class::Map(data) | Class::Set(data) => {
                for (k, v) in data.entries.iter().flatten() {
                    f(*k);
                    f(*v);
                }
            }
            Class::BoxedString(s) => f(*s),
            Class::Accessor { get, set } => {
                f(*get);
                f(*set);
            }
            Class::Iterator(state) => match state {
                IterState::Indexed { target, .. } | IterState::Entries { target, .. } => f(*target),
                IterState::Keys { keys, target, .. } => {
                    keys.iter().for_each(|&v| f(v));
                    f(*target);
                }
                IterState::Done => {}
            },
            Class::Ordinary
            | Class::Native { .. }
            | Class::Error
            | Class::BoxedNumber(_)
            | Class::BoxedBool(_) => {}
        }
    }
}

//! JavaScript objects: a shape (or a dictionary), a prototype, property
//! slots, and a `Class` payload for the exotic kinds (arrays with dense
//! elements and an explicit length, functions, Map/Set, primitive wrappers, errors).

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

/// An object. `repr(C)`: generated code reads `shape`, `proto` and the
/// slots at fixed offsets (see `layout`).
#[derive(Debug)]
#[repr(C)]
pub struct Object {
    pub shape: ShapeId,
    pub extensible: bool,
    /// An inline cache looked through this object (it is on a cached
    /// prototype chain): changing its shape bumps `Runtime::proto_epoch`,
    /// which invalidates such caches (so does every collection, which may
    /// free it).
    pub watched: bool,
    pub proto: Value,
    pub slots: crate::slots::Slots,
    /// Some when the object left the shape tree (many properties, deletions).
    pub dict: Option<Box<Dict>>,
    pub class: Class,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum FuncFlavor {
    /// `function` declarations/expressions: callable and constructible.
    Normal = 0,
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

/// The elements of an Array. `dense` holds indices `0..dense.len()`, with
/// `Value::HOLE` marking a hole; every other element (sparse ones far past
/// the dense end, and elements with non-default attributes) lives in the
/// object's dictionary under `PropKey::Index`, so a hole must always be
/// checked there (when the object has a dictionary). The length is
/// `max(len, dense.len())`: code that appends to `dense` where the length
/// allows it (the interpreter's fast paths) keeps it right without touching
/// `len`. Derefs to the dense `Vec` (whose `len()` is NOT the array length
/// when the array is sparse: use `length()`).
#[derive(Debug, Default)]
#[repr(C)]
pub struct ArrayElements {
    pub dense: crate::value_vec::ValueVec,
    /// The length when it is larger than `dense.len()` (a sparse tail).
    len: u32,
    /// `length` was made non-writable (Object.freeze, defineProperty). Such
    /// an array always has a dictionary, which turns off the fast paths that
    /// append to `dense`.
    pub length_readonly: bool,
}

impl ArrayElements {
    /// Where `len` is (see `layout`).
    pub const SPARSE_LEN_OFFSET: usize = core::mem::offset_of!(ArrayElements, len);

    /// An empty array of length `len`: memory independent of `len`.
    pub fn with_length(len: u32) -> ArrayElements {
        ArrayElements { dense: crate::value_vec::ValueVec::new(), len, length_readonly: false }
    }

    /// The array's `length`.
    #[inline]
    pub fn length(&self) -> u32 {
        let d = self.dense.len() as u32;
        if self.len > d {
            self.len
        } else {
            d
        }
    }

    /// Records a new length; the caller removes elements past it.
    pub fn set_length(&mut self, len: u32) {
        self.len = len;
        if (self.dense.len() as u32) > len {
            self.dense.truncate(len as usize);
        }
    }

    /// True when every element is in `dense` range (no sparse tail).
    #[inline]
    pub fn is_dense(&self) -> bool {
        self.len as usize <= self.dense.len()
    }

    /// The dense vector as the whole array, when there is no sparse tail:
    /// the length then follows the vector through any change (also shrinking).
    pub fn packed(&mut self) -> Option<&mut crate::value_vec::ValueVec> {
        if !self.is_dense() {
            return None;
        }
        self.len = 0;
        Some(&mut self.dense)
    }
}

impl From<Vec<Value>> for ArrayElements {
    fn from(dense: Vec<Value>) -> ArrayElements {
        ArrayElements { dense: dense.into(), len: 0, length_readonly: false }
    }
}

impl core::ops::Deref for ArrayElements {
    type Target = crate::value_vec::ValueVec;
    #[inline]
    fn deref(&self) -> &crate::value_vec::ValueVec {
        &self.dense
    }
}

impl core::ops::DerefMut for ArrayElements {
    #[inline]
    fn deref_mut(&mut self) -> &mut crate::value_vec::ValueVec {
        &mut self.dense
    }
}

/// What kind of object it is, with the kind's own data. `repr(C, u32)` with
/// fixed tags: compiled code recognizes a closure and reads its function
/// and environment at fixed offsets (see `layout`).
#[derive(Debug)]
#[repr(C, u32)]
pub enum Class {
    Ordinary = 0,
    /// An Array: a dense prefix of elements plus the length (see `ArrayElements`).
    Array(ArrayElements) = 1,
    /// A bytecode function: `func` indexes the program's function table.
    /// `extra` is an arrow function's `this`, a class constructor's
    /// instance-field initializer, or undefined.
    Closure { func: u32, flavor: FuncFlavor, env: Value, home: Value, extra: Value } = 2,
    Native { f: NativeFn, ctor: bool } = 3,
    Bound { target: Value, this: Value, args: Box<[Value]> } = 4,
    Error = 5,
    /// A function's `arguments` object (indexed own properties + `length`).
    Arguments = 6,
    Map(Box<MapData>) = 7,
    Set(Box<MapData>) = 8,
    BoxedNumber(f64) = 9,
    BoxedString(Value) = 10,
    BoxedBool(bool) = 11,
    /// An accessor pair stored in an accessor property's slot.
    Accessor { get: Value, set: Value } = 12,
    /// Iteration state for for-of / for-in and builtin iterators.
    Iterator(IterState) = 13,
}

#[derive(Debug)]
pub enum IterState {
    /// Array or string or arguments: by index over `target`.
    Indexed { target: Value, index: u32, kind: IterKind },
    /// Map/Set entries by position.
    Entries { target: Value, index: usize, kind: IterKind },
    /// for-in: precomputed key strings.
    Keys { keys: Box<[Value]>, index: u32, target: Value },
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
        Object { shape: crate::shape::EMPTY_SHAPE, extensible: true, watched: false, proto, slots: crate::slots::Slots::new(), dict: None, class }
    }

    /// Turns this (dead) object into a fresh ordinary object with prototype
    /// `proto`, as `Object::new(Class::Ordinary, proto)` would make, when
    /// it owns no memory (no spilled slots, no dictionary, an ordinary
    /// class); false, and nothing changed, otherwise.
    #[inline]
    pub fn reset_to_ordinary(&mut self, proto: Value) -> bool {
        if self.slots.is_spilled() || self.dict.is_some() || !matches!(self.class, Class::Ordinary) {
            return false;
        }
        self.shape = crate::shape::EMPTY_SHAPE;
        self.extensible = true;
        self.watched = false;
        self.proto = proto;
        self.slots.clear();
        true
    }

    pub fn is_callable(&self) -> bool {
        matches!(self.class, Class::Closure { .. } | Class::Native { .. } | Class::Bound { .. })
    }

    /// Calls `f` on every value this object references (for the GC).
    pub fn trace(&self, mut f: impl FnMut(Value)) {
        f(self.proto);
        for &v in self.slots.iter() {
            f(v);
        }
        if let Some(dict) = &self.dict {
            for (v, _) in dict.values() {
                f(*v);
            }
        }
        match &self.class {
            Class::Array(elements) => elements.iter().for_each(|&v| f(v)),
            Class::Closure { env, home, extra, .. } => {
                f(*env);
                f(*home);
                f(*extra);
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
            | Class::Arguments
            | Class::BoxedNumber(_)
            | Class::BoxedBool(_) => {}
        }
    }
}

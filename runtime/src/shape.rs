//! Hidden classes. Objects created the same way share a `Shape`: the ordered
//! list of their own property keys, each with attribute flags and a slot
//! index. Shapes form a transition tree keyed by (key, flags), so adding the
//! same property to two objects of one shape yields one shape again; that is
//! what lets an inline cache say "same shape ⇒ same slot".

use alloc::vec::Vec;
use crate::object::FxHashMap;

/// An interned property name (index into the runtime's atom table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct AtomId(pub u32);

/// A property key: a string (interned) or a canonical array index.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum PropKey {
    Atom(AtomId),
    Index(u32),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ShapeId(pub u32);

/// Property attributes, as in ECMAScript's property descriptors.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct PropFlags(pub u8);

impl PropFlags {
    pub const WRITABLE: u8 = 1;
    pub const ENUMERABLE: u8 = 2;
    pub const CONFIGURABLE: u8 = 4;
    /// The slot holds an accessor pair object rather than a value.
    pub const ACCESSOR: u8 = 8;

    /// Writable, enumerable, configurable: what assignment creates.
    pub const DATA: PropFlags = PropFlags(1 | 2 | 4);
    /// Writable, configurable, not enumerable: methods of builtins and classes.
    pub const HIDDEN: PropFlags = PropFlags(1 | 4);
    pub const NONE: PropFlags = PropFlags(0);

    pub fn writable(self) -> bool {
        self.0 & Self::WRITABLE != 0
    }
    pub fn enumerable(self) -> bool {
        self.0 & Self::ENUMERABLE != 0
    }
    pub fn configurable(self) -> bool {
        self.0 & Self::CONFIGURABLE != 0
    }
    pub fn is_accessor(self) -> bool {
        self.0 & Self::ACCESSOR != 0
    }
}

/// Objects with more own properties than this leave the shape tree and keep
/// their properties in a dictionary (a hash map used as a hash map).
pub const MAX_SHAPE_PROPERTIES: usize = 64;

#[derive(Debug)]
pub struct Shape {
    pub parent: Option<ShapeId>,
    /// The property this shape adds to its parent (None for the root).
    pub key: Option<PropKey>,
    pub flags: PropFlags,
    /// Number of properties (= slots) an object of this shape has.
    pub len: u32,
    transitions: FxHashMap<(PropKey, u8), ShapeId>,
}

/// The transition tree. `ShapeId(0)` is the empty root shape.
#[derive(Debug)]
pub struct Shapes {
    shapes: Vec<Shape>,
}

pub const EMPTY_SHAPE: ShapeId = ShapeId(0);
/// The shape of every object in dictionary mode: never matches an inline cache.
pub const DICTIONARY_SHAPE: ShapeId = ShapeId(u32::MAX);

impl Default for Shapes {
    fn default() -> Self {
        Shapes::new()
    }
}

impl Shapes {
    pub fn new() -> Shapes {
        let root = Shape { parent: None, key: None, flags: PropFlags::NONE, len: 0, transitions: FxHashMap::default() };
        Shapes { shapes: alloc::vec![root] }
    }

    pub fn get(&self, id: ShapeId) -> &Shape {
        &self.shapes[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The shape reached by adding `key` with `flags` to `from`.
    pub fn add(&mut self, from: ShapeId, key: PropKey, flags: PropFlags) -> ShapeId {
        if let Some(&next) = self.shapes[from.0 as usize].transitions.get(&(key, flags.0)) {
            return next;
        }
        let id = ShapeId(self.shapes.len() as u32);
        let len = self.shapes[from.0 as usize].len + 1;
        self.shapes.push(Shape { parent: Some(from), key: Some(key), flags, len, transitions: FxHashMap::default() });
        self.shapes[from.0 as usize].transitions.insert((key, flags.0), id);
        id
    }

    /// Finds `key` in `shape`: its slot index and flags.
    pub fn lookup(&self, shape: ShapeId, key: PropKey) -> Option<(u32, PropFlags)> {
        let mut current = shape;
        loop {
            let s = &self.shapes[current.0 as usize];
            match (s.key, s.parent) {
                (Some(k), Some(parent)) => {
                    if k == key {
                        return Some((s.len - 1, s.flags));
                    }
                    current = parent;
                }
                _ => return None,
            }
        }
    }

    /// All (key, flags) of a shape in insertion order.
    pub fn entries(&self, shape: ShapeId) -> Vec<(PropKey, PropFlags)> {
        let mut out = Vec::with_capacity(self.get(shape).len as usize);
        let mut current = shape;
        while let (Some(k), Some(parent)) = (self.get(current).key, self.get(current).parent) {
            out.push((k, self.get(current).flags));
            current = parent;
        }
        out.reverse();
        out
    }
}

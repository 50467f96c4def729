//! `Runtime`: one JavaScript world — heap, shapes, atoms, the intrinsic
//! objects (prototypes and constructors), the global object, the pending
//! exception and the root stack — plus allocation helpers used everywhere.

use crate::atoms::{self, Atoms};
use crate::heap::{Cell, Heap};
use crate::host::Output;
use crate::object::{Class, FuncFlavor, NativeFn, Object};
use crate::shape::{AtomId, PropFlags, PropKey, Shapes};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;

/// Declares `Intrinsics` from one list of fields and generates the walk
/// the GC uses to treat them all as roots.
macro_rules! intrinsics {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// The intrinsic objects every realm has, created by `builtins::install`.
        #[derive(Debug, Default, Clone)]
        pub struct Intrinsics {
            $($(#[$doc])* pub $field: Value,)*
        }

        impl Intrinsics {
            fn for_each(&self, f: &mut dyn FnMut(Value)) {
                $(f(self.$field);)*
            }
        }
    };
}

intrinsics! {
    object_proto,
    function_proto,
    array_proto,
    string_proto,
    number_proto,
    boolean_proto,
    error_proto,
    type_error_proto,
    range_error_proto,
    reference_error_proto,
    syntax_error_proto,
    eval_error_proto,
    uri_error_proto,
    map_proto,
    set_proto,
    iterator_proto,
    /// %ArrayIteratorPrototype% and friends (`next`), made by `builtins::iter`.
    array_iterator_proto,
    map_iterator_proto,
    set_iterator_proto,
    string_iterator_proto,
    /// Arrays whose `join` is in progress (an internal array): cycle detection.
    array_join_stack,
    object_ctor,
    array_ctor,
    function_ctor,
    /// The `Math` and `JSON` namespace objects (their `Symbol.toStringTag`).
    math_object,
    json_object,
}

pub struct Runtime {
    pub heap: Heap,
    pub shapes: Shapes,
    pub atoms: Atoms,
    /// The heap string of each atom, created on first request (a GC root).
    atom_strings: Vec<Value>,
    pub intrinsics: Intrinsics,
    pub global: Value,
    /// The thrown value while an `Err(Thrown)` propagates.
    pub pending_exception: Value,
    /// Values Rust code keeps across calls into JavaScript (see `heap`).
    pub roots: Vec<Value>,
    pub output: Box<dyn Output>,
    /// State of `Math.random` (xorshift; seedable for reproducible tests).
    pub random_state: u64,
    /// Bumped whenever something happens that can change what a lookup
    /// through a prototype chain finds, or what a plain `obj.x = v` does
    /// for a property `obj` lacks: a watched object (`Object::watched`, one
    /// an inline cache looked through) changes shape, a collection runs, an
    /// accessor or read-only property is defined at run time, properties
    /// are frozen, or a prototype link changes. Engines cache prototype-
    /// chain hits and "adding x to shape S gives shape T" transitions only
    /// while the epoch is unchanged. Every run-time definition of an
    /// accessor or non-writable property must call `invalidate_transitions`.
    pub proto_epoch: u64,
    /// Bumped whenever the global object's set of properties or their
    /// attributes change (not their values): engines cache where a global
    /// variable lives in the global object's dictionary only while it is
    /// unchanged.
    pub global_epoch: u64,
    /// `(proto_epoch, answer)`: whether Array.prototype and Object.prototype
    /// were free of index keys when `proto_epoch` had that value (see
    /// `builtins::array::is_fast_array`).
    pub protos_without_index_keys: core::cell::Cell<(u64, bool)>,
}

impl Runtime {
    /// A runtime with every builtin installed.
    pub fn new(output: Box<dyn Output>) -> Runtime {
        let mut rt = Runtime {
            heap: Heap::new(),
            shapes: Shapes::new(),
            atoms: Atoms::new(),
            atom_strings: Vec::new(),
            intrinsics: Intrinsics::default(),
            global: Value::UNDEFINED,
            pending_exception: Value::UNDEFINED,
            roots: Vec::new(),
            output,
            random_state: 0x2545_F491_4F6C_DD1D,
            proto_epoch: 0,
            global_epoch: 0,
            protos_without_index_keys: core::cell::Cell::new((u64::MAX, false)),
        };
        crate::builtins::install(&mut rt);
        rt
    }

    /// Runs a full collection. `extra` are the engine's roots (its VM stack).
    pub fn collect_garbage(&mut self, extra: &[Value]) {
        let mut roots: Vec<Value> = Vec::with_capacity(extra.len() + self.roots.len() + 64);
        roots.extend_from_slice(extra);
        roots.extend_from_slice(&self.roots);
        roots.extend_from_slice(&self.atom_strings);
        roots.push(self.global);
        roots.push(self.pending_exception);
        self.intrinsics.for_each(&mut |v| roots.push(v));
        self.heap.collect(&mut roots.into_iter());
        // A watched object found dead may have its reference reused by a
        // new object: caches that name watched objects by reference must
        // not outlive the collection (they refill at their next miss).
        self.proto_epoch += 1;
    }

    /// The address of `proto_epoch` (compiled code compares cached epochs
    /// with it). It never moves while the runtime lives.
    pub fn proto_epoch_address(&self) -> *const u64 {
        &self.proto_epoch
    }

    /// Where own data property `key` of the global object lives: its index
    /// in the global object's dictionary (see `global_epoch`).
    pub fn global_index(&self, key: PropKey) -> Option<u32> {
        let dict = self.obj(self.global)?.dict.as_ref()?;
        let (index, _, (_, flags)) = dict.get_full(&key)?;
        (!flags.is_accessor()).then_some(index as u32)
    }

    /// The value at `index` of the global object's dictionary.
    #[inline]
    pub fn global_at(&self, index: u32) -> Option<Value> {
        let dict = self.obj(self.global)?.dict.as_ref()?;
        dict.get_index(index as usize).map(|(_, (v, _))| *v)
    }

    /// See `proto_epoch`.
    pub fn invalidate_transitions(&mut self) {
        self.proto_epoch += 1;
    }

    // ---- atoms and strings ----------------------------------------------

    pub fn intern(&mut self, s: &str) -> AtomId {
        self.atoms.intern_str(s)
    }

    /// The heap string for an atom (allocated once, then cached).
    pub fn atom_string(&mut self, atom: AtomId) -> Value {
        let i = atom.0 as usize;
        if i >= self.atom_strings.len() {
            self.atom_strings.resize(i + 1, Value::UNDEFINED);
        }
        if self.atom_strings[i].is_undefined() {
            let units: Vec<u16> = self.atoms.get(atom).to_vec();
            self.atom_strings[i] = self.heap.alloc_string_owned(units);
        }
        self.atom_strings[i]
    }

    pub fn str(&mut self, s: &str) -> Value {
        self.heap.alloc_str(s)
    }

    /// The property key for a string's contents (array indices become `Index`).
    pub fn key_from_units(&mut self, units: &[u16]) -> PropKey {
        match crate::number::is_array_index_string(units) {
            Some(i) => PropKey::Index(i),
            None => PropKey::Atom(self.atoms.intern(units)),
        }
    }

    pub fn key_from_str(&mut self, s: &str) -> PropKey {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.key_from_units(&units)
    }

    /// The key as a string value (what `Object.keys` returns).
    pub fn key_to_value(&mut self, key: PropKey) -> Value {
        match key {
            PropKey::Atom(a) => self.atom_string(a),
            PropKey::Index(i) => {
                let s = alloc::format!("{}", i);
                self.heap.alloc_str(&s)
            }
        }
    }

    pub fn key_text(&self, key: PropKey) -> alloc::string::String {
        match key {
            PropKey::Atom(a) => self.atoms.text(a),
            PropKey::Index(i) => alloc::format!("{}", i),
        }
    }

    // ---- object allocation ----------------------------------------------

    pub fn alloc_object(&mut self, class: Class, proto: Value) -> Value {
        Value::from_ref(self.heap.alloc(Cell::Obj(Object::new(class, proto))))
    }

    /// An ordinary object with prototype `proto` and no properties (what
    /// `alloc_object(Class::Ordinary, proto)` makes, faster).
    #[inline]
    pub fn alloc_ordinary(&mut self, proto: Value) -> Value {
        Value::from_ref(self.heap.alloc_ordinary(proto))
    }

    /// `{}` with Object.prototype.
    pub fn new_object(&mut self) -> Value {
        let proto = self.intrinsics.object_proto;
        self.alloc_ordinary(proto)
    }

    pub fn new_array(&mut self, elements: Vec<Value>) -> Value {
        let proto = self.intrinsics.array_proto;
        self.alloc_object(Class::Array(elements.into()), proto)
    }

    #[inline]
    pub fn obj(&self, v: Value) -> Option<&Object> {
        v.to_ref().and_then(|r| self.heap.obj(r))
    }

    #[inline]
    pub fn obj_mut(&mut self, v: Value) -> Option<&mut Object> {
        v.to_ref().and_then(|r| self.heap.obj_mut(r))
    }

    #[inline]
    pub fn is_object(&self, v: Value) -> bool {
        self.obj(v).is_some()
    }

    #[inline]
    pub fn is_string(&self, v: Value) -> bool {
        self.heap.is_string(v)
    }

    #[inline]
    pub fn is_callable(&self, v: Value) -> bool {
        self.obj(v).map(|o| o.is_callable()).unwrap_or(false)
    }

    #[inline]
    pub fn is_array(&self, v: Value) -> bool {
        matches!(self.obj(v).map(|o| &o.class), Some(Class::Array(_)))
    }

    /// Creates a native function object with `name` and `length`.
    pub fn new_native(&mut self, name: &str, length: u32, f: NativeFn, ctor: bool) -> Value {
        let proto = self.intrinsics.function_proto;
        let func = self.alloc_object(Class::Native { f, ctor }, proto);
        let name_value = self.str(name);
        self.define_own(func, PropKey::Atom(atoms::LENGTH), Value::int(length as i32), PropFlags(PropFlags::CONFIGURABLE));
        self.define_own(func, PropKey::Atom(atoms::NAME), name_value, PropFlags(PropFlags::CONFIGURABLE));
        func
    }

    /// Adds a native method (non-enumerable, like builtins' methods) to `target`.
    pub fn define_native(&mut self, target: Value, name: &str, length: u32, f: NativeFn) -> Value {
        let func = self.new_native(name, length, f, false);
        let key = self.key_from_str(name);
        self.define_own(target, key, func, PropFlags::HIDDEN);
        func
    }

    /// A closure object for bytecode function `func`.
    pub fn new_closure(&mut self, func: u32, env: Value, flavor: FuncFlavor, name: Value, length: u32) -> Value {
        let proto = self.intrinsics.function_proto;
        let closure = self.alloc_object(
            Class::Closure { func, env, home: Value::UNDEFINED, extra: Value::UNDEFINED, flavor },
            proto,
        );
        self.define_own(closure, PropKey::Atom(atoms::LENGTH), Value::int(length as i32), PropFlags(PropFlags::CONFIGURABLE));
        self.define_own(closure, PropKey::Atom(atoms::NAME), name, PropFlags(PropFlags::CONFIGURABLE));
        if flavor == FuncFlavor::Normal {
            let prototype = self.new_object();
            self.define_own(prototype, PropKey::Atom(atoms::CONSTRUCTOR), closure, PropFlags::HIDDEN);
            self.define_own(closure, PropKey::Atom(atoms::PROTOTYPE), prototype, PropFlags(PropFlags::WRITABLE));
        }
        closure
    }

}

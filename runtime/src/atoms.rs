//! The runtime's interned property names. Well-known names get fixed ids
//! (generated from one table below) so Rust code can say `atoms::LENGTH`
//! without a lookup; every other name is interned on first use. Each atom
//! can also be materialised once as a heap string (kept alive as a root).

use crate::shape::AtomId;
use alloc::boxed::Box;
use alloc::vec::Vec;
use crate::object::FxHashMap;

macro_rules! well_known_atoms {
    ($($name:ident = $text:expr,)*) => {
        /// Fixed ids of well-known atoms, in table order.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum WellKnown { $($name,)* }
        $(pub const $name: AtomId = AtomId(WellKnown::$name as u32);)*
        const WELL_KNOWN_TEXT: &[&str] = &[$($text,)*];
    };
}

well_known_atoms! {
    EMPTY = "",
    LENGTH = "length",
    PROTOTYPE = "prototype",
    CONSTRUCTOR = "constructor",
    NAME = "name",
    MESSAGE = "message",
    STACK = "stack",
    CAUSE = "cause",
    TO_STRING = "toString",
    VALUE_OF = "valueOf",
    TO_JSON = "toJSON",
    UNDEFINED = "undefined",
    NULL = "null",
    TRUE = "true",
    FALSE = "false",
    NAN = "NaN",
    INFINITY = "Infinity",
    NUMBER = "number",
    STRING = "string",
    BOOLEAN = "boolean",
    OBJECT = "object",
    FUNCTION = "function",
    SYMBOL = "symbol",
    BIGINT = "bigint",
    GET = "get",
    SET = "set",
    VALUE = "value",
    WRITABLE = "writable",
    ENUMERABLE = "enumerable",
    CONFIGURABLE = "configurable",
    CALLEE = "callee",
    DONE = "done",
    ERRORS = "errors",
    GLOBAL_THIS = "globalThis",
    ANONYMOUS = "anonymous",
    DEFAULT = "default",
    INDEX = "index",
    INPUT = "input",
    SIZE = "size",
    // Methods the runtime calls by name on the program's behalf (beside
    // toString, valueOf, toJSON, get and set above): `Array.prototype.
    // toString` calls `join` and the Set constructor calls `add`. Builtins
    // with these keys are always linked (`builtins::natives`).
    JOIN = "join",
    ADD = "add",
}

/// Whether `name` is a well-known atom: a key Rust code may look up
/// without the program naming it, so no builtin with this key is ever left
/// out of a module (`builtins::natives`).
pub const fn is_well_known(name: &str) -> bool {
    let mut i = 0;
    while i < WELL_KNOWN_TEXT.len() {
        if const_str_eq(WELL_KNOWN_TEXT[i], name) {
            return true;
        }
        i += 1;
    }
    false
}

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[derive(Debug)]
pub struct Atoms {
    strings: Vec<Box<[u16]>>,
    index: FxHashMap<Box<[u16]>, AtomId>,
}

impl Default for Atoms {
    fn default() -> Self {
        Atoms::new()
    }
}

impl Atoms {
    pub fn new() -> Atoms {
        let mut atoms = Atoms { strings: Vec::new(), index: FxHashMap::default() };
        for text in WELL_KNOWN_TEXT {
            atoms.intern_str(text);
        }
        atoms
    }

    pub fn intern(&mut self, units: &[u16]) -> AtomId {
        if let Some(&a) = self.index.get(units) {
            return a;
        }
        let id = AtomId(self.strings.len() as u32);
        let boxed: Box<[u16]> = units.into();
        self.strings.push(boxed.clone());
        self.index.insert(boxed, id);
        id
    }

    pub fn intern_str(&mut self, s: &str) -> AtomId {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.intern(&units)
    }

    /// The atom for `units` if it was interned already (no allocation).
    pub fn find(&self, units: &[u16]) -> Option<AtomId> {
        self.index.get(units).copied()
    }

    pub fn get(&self, atom: AtomId) -> &[u16] {
        &self.strings[atom.0 as usize]
    }

    pub fn text(&self, atom: AtomId) -> alloc::string::String {
        alloc::string::String::from_utf16_lossy(self.get(atom))
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

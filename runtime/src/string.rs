//! JavaScript strings on the heap: UTF-16 code units, with ropes so that
//! `s += x` in a loop is linear. A rope is flattened (in place, once) the
//! first time its contents are read, so every later read is a slice.

use crate::heap::{Cell, Heap};
use crate::value::{Ref, Value};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// Ropes shallower than this are kept; concatenating into a deeper one
/// flattens first, which bounds the recursion depth of flattening.
const MAX_ROPE_DEPTH: u16 = 1000;
/// Results shorter than this are built flat (a rope node costs more).
const MIN_ROPE_LEN: usize = 24;

#[derive(Debug)]
pub enum JsStr {
    Flat(Box<[u16]>),
    Rope { left: Ref, right: Ref, len: u32, depth: u16 },
}

impl JsStr {
    pub fn len(&self) -> usize {
        match self {
            JsStr::Flat(units) => units.len(),
            JsStr::Rope { len, .. } => *len as usize,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn depth(&self) -> u16 {
        match self {
            JsStr::Flat(_) => 0,
            JsStr::Rope { depth, .. } => *depth,
        }
    }
}

impl Heap {
    pub fn alloc_string(&mut self, units: &[u16]) -> Value {
        Value::from_ref(self.alloc(Cell::Str(JsStr::Flat(units.into()))))
    }

    pub fn alloc_string_owned(&mut self, units: Vec<u16>) -> Value {
        Value::from_ref(self.alloc(Cell::Str(JsStr::Flat(units.into_boxed_slice()))))
    }

    pub fn alloc_str(&mut self, s: &str) -> Value {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.alloc_string_owned(units)
    }

    #[inline]
    pub fn is_string(&self, v: Value) -> bool {
        match v.to_ref() {
            Some(r) => matches!(self.cell(r), Cell::Str(_)),
            None => false,
        }
    }

    pub fn string_len(&self, r: Ref) -> usize {
        match self.cell(r) {
            Cell::Str(s) => s.len(),
            _ => 0,
        }
    }

    /// Concatenates two heap strings, building a rope when that saves copying.
    pub fn concat_strings(&mut self, a: Ref, b: Ref) -> Value {
        let (la, lb) = (self.string_len(a), self.string_len(b));
        if la == 0 {
            return Value::from_ref(b);
        }
        if lb == 0 {
            return Value::from_ref(a);
        }
        let depth = self.str_depth(a).max(self.str_depth(b)) + 1;
        if la + lb < MIN_ROPE_LEN || depth > MAX_ROPE_DEPTH {
            let mut units = Vec::with_capacity(la + lb);
            units.extend_from_slice(self.flat(a));
            units.extend_from_slice(self.flat(b));
            return self.alloc_string_owned(units);
        }
        let len = (la + lb) as u32;
        Value::from_ref(self.alloc(Cell::Str(JsStr::Rope { left: a, right: b, len, depth })))
    }

    fn str_depth(&self, r: Ref) -> u16 {
        match self.cell(r) {
            Cell::Str(s) => s.depth(),
            _ => 0,
        }
    }

    /// The code units of a string, flattening a rope in place first.
    #[inline]
    pub fn flat(&mut self, r: Ref) -> &[u16] {
        if matches!(self.cell(r), Cell::Str(JsStr::Rope { .. })) {
            self.flatten(r);
        }
        match self.cell(r) {
            Cell::Str(JsStr::Flat(units)) => units,
            _ => &[],
        }
    }

    /// Replaces the rope `r` by its flat code units (out of line: `flat`
    /// is inlined at every string operation, flattening is rare).
    #[cold]
    #[inline(never)]
    fn flatten(&mut self, r: Ref) {
        if let Cell::Str(JsStr::Rope { len, .. }) = self.cell(r) {
            let mut out = Vec::with_capacity(*len as usize);
            self.append_units(r, &mut out);
            *self.cell_mut(r) = Cell::Str(JsStr::Flat(out.into_boxed_slice()));
        }
    }

    /// Appends the string's code units to `out` without flattening it
    /// (iterative over the right spine, recursive on the left, bounded by
    /// `MAX_ROPE_DEPTH`).
    pub fn append_units(&self, r: Ref, out: &mut Vec<u16>) {
        let mut current = r;
        loop {
            match self.cell(current) {
                Cell::Str(JsStr::Flat(units)) => {
                    out.extend_from_slice(units);
                    return;
                }
                Cell::Str(JsStr::Rope { left, right, .. }) => {
                    self.append_units(*left, out);
                    current = *right;
                }
                _ => return,
            }
        }
    }

    /// A copy of a string's code units (for callers that also mutate the heap).
    pub fn string_units(&mut self, r: Ref) -> Vec<u16> {
        self.flat(r).to_vec()
    }
}

/// Compares two UTF-16 strings by code units, as JavaScript's `<` does.
pub fn compare_units(a: &[u16], b: &[u16]) -> core::cmp::Ordering {
    a.cmp(b)
}

/// UTF-16 → Rust `String`, lone surrogates becoming U+FFFD.
pub fn units_to_string(units: &[u16]) -> alloc::string::String {
    alloc::string::String::from_utf16_lossy(units)
}

//! Interned strings. Identifiers, property names and string literals become
//! `Atom`s (u32) so the resolver and emitter compare integers, and the
//! bytecode refers to strings by index. Content is UTF-16 because JavaScript
//! strings are (a literal may hold a lone surrogate, which UTF-8 cannot).

use crate::ast::Atom;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, Default)]
pub struct AtomTable {
    strings: Vec<Box<[u16]>>,
    /// Lookup by content. A table read from a program image has none until
    /// something interns (the runtime only reads atoms by number, so an AOT
    /// module carries no hashing code for it); `find` then searches.
    index: FxHashMap<Box<[u16]>, Atom>,
}

impl AtomTable {
    pub fn new() -> AtomTable {
        AtomTable::default()
    }

    /// A table holding `strings` as atoms 0, 1, … (a program image carries
    /// the strings alone).
    pub fn from_strings(strings: Vec<Box<[u16]>>) -> AtomTable {
        AtomTable { strings, index: FxHashMap::default() }
    }

    pub fn intern_utf16(&mut self, units: &[u16]) -> Atom {
        if self.index.len() < self.strings.len() {
            // In reverse, so a repeated string maps to its first atom, as `find` says.
            self.index = self.strings.iter().enumerate().rev().map(|(i, s)| (s.clone(), Atom(i as u32))).collect();
        }
        if let Some(&a) = self.index.get(units) {
            return a;
        }
        let atom = Atom(self.strings.len() as u32);
        let boxed: Box<[u16]> = units.into();
        self.strings.push(boxed.clone());
        self.index.insert(boxed, atom);
        atom
    }

    /// The atom for `s` if it was interned (no insertion).
    pub fn find(&self, s: &str) -> Option<Atom> {
        let units: Vec<u16> = s.encode_utf16().collect();
        if self.index.len() < self.strings.len() {
            let position = self.strings.iter().position(|atom| **atom == *units)?;
            return Some(Atom(position as u32));
        }
        self.index.get(units.as_slice()).copied()
    }

    pub fn intern(&mut self, s: &str) -> Atom {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.intern_utf16(&units)
    }

    pub fn get(&self, atom: Atom) -> &[u16] {
        &self.strings[atom.0 as usize]
    }

    /// The atom's text for messages (lone surrogates become U+FFFD).
    pub fn text(&self, atom: Atom) -> String {
        String::from_utf16_lossy(self.get(atom))
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &[u16]> {
        self.strings.iter().map(|s| &**s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_read_back_finds_and_interns_like_the_original() {
        let mut original = AtomTable::new();
        let (a, b) = (original.intern("a"), original.intern("bé"));
        let mut read = AtomTable::from_strings(original.iter().map(Box::from).collect());
        assert_eq!((read.find("a"), read.find("bé"), read.find("c")), (Some(a), Some(b), None));
        assert_eq!(read.intern("bé"), b, "interning an existing string finds it");
        let c = read.intern("c");
        assert_eq!((c, read.find("c"), read.len()), (Atom(2), Some(c), 3));
    }
}

//! Own-property storage on objects: lookup, definition, deletion and key
//! order, over the three storages (shape + slots, dictionary, and the exotic
//! elements of arrays and string wrappers). These never call JavaScript; the
//! operations that may (getters, setters) live in `ops`.

use crate::atoms;
use crate::object::{Class, Dict};
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey, ShapeId, EMPTY_SHAPE, MAX_SHAPE_PROPERTIES};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;

/// Where an own property lives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OwnProp {
    /// A data or accessor property: its value (or accessor object) and flags.
    Slot(Value, PropFlags),
    None,
}

/// An array's dense part grows by at most this many holes to take a write
/// past its end; a write further out goes to the dictionary (sparse).
pub const DENSE_GAP: usize = 1024;
/// An array whose length is at most this (e.g. `new Array(n)`) fills its
/// dense part with holes up to any index below the length that is written.
pub const DENSE_PRESIZED: u32 = 1 << 17;

impl Runtime {
    /// Own property `key` of object `o` (data value or accessor pair).
    pub fn get_own(&self, o: Value, key: PropKey) -> OwnProp {
        let Some(obj) = self.obj(o) else { return OwnProp::None };
        match (&obj.class, key) {
            (Class::Array(elements), PropKey::Index(i)) => {
                match elements.get(i as usize) {
                    Some(v) if !v.is_hole() => return OwnProp::Slot(*v, PropFlags::DATA),
                    _ if obj.dict.is_none() => return OwnProp::None,
                    _ => {}
                }
            }
            (Class::Array(elements), PropKey::Atom(atoms::LENGTH)) => {
                let flags = if elements.length_readonly { PropFlags::NONE } else { PropFlags(PropFlags::WRITABLE) };
                return OwnProp::Slot(Value::number(elements.length() as f64), flags);
            }
            (Class::BoxedString(s), PropKey::Index(i)) => {
                let r = s.as_ref();
                let len = self.heap.string_len(r);
                if (i as usize) < len {
                    // The character is produced by `ops::get`; report existence here.
                    return OwnProp::Slot(Value::UNDEFINED, PropFlags(PropFlags::ENUMERABLE));
                }
            }
            (Class::BoxedString(s), PropKey::Atom(atoms::LENGTH)) => {
                let len = self.heap.string_len(s.as_ref());
                return OwnProp::Slot(Value::number(len as f64), PropFlags::NONE);
            }
            _ => {}
        }
        if let Some(dict) = &obj.dict {
            return match dict.get(&key) {
                Some(&(v, f)) => OwnProp::Slot(v, f),
                None => OwnProp::None,
            };
        }
        match self.shapes.lookup(obj.shape, key) {
            Some((slot, flags)) => OwnProp::Slot(obj.slots[slot as usize], flags),
            None => OwnProp::None,
        }
    }

    /// Defines (or redefines) an own data/accessor property with `flags`.
    /// Returns false when the object is not extensible (or, for arrays, the
    /// length is read-only or not a valid length). Defining an array's
    /// `length` sets it (see `set_array_length`); flags without WRITABLE
    /// then make it read-only.
    pub fn define_own(&mut self, o: Value, key: PropKey, value: Value, flags: PropFlags) -> bool {
        if let PropKey::Index(i) = key {
            if self.is_array(o) {
                return self.define_array_index(o, i, value, flags);
            }
        }
        if key == PropKey::Atom(atoms::LENGTH) && self.is_array(o) {
            let n = value.as_number();
            if !value.is_number() || n != (n as u32) as f64 {
                return false;
            }
            let ok = self.set_array_length(o, n as u32);
            if !flags.writable() {
                self.make_array_length_readonly(o);
            }
            return ok;
        }
        let shapes = &mut self.shapes;
        let epoch = &mut self.proto_epoch;
        let is_global = o == self.global;
        let global_epoch = &mut self.global_epoch;
        let Some(obj) = o.to_ref().and_then(|r| self.heap.obj_mut(r)) else { return false };
        if let Some(dict) = &mut obj.dict {
            let old_flags = dict.get(&key).map(|&(_, f)| f);
            if old_flags.is_none() && !obj.extensible {
                return false;
            }
            if is_global && old_flags != Some(flags) {
                *global_epoch += 1;
            }
            // A watched object's keys changed (its shape says nothing here).
            if obj.watched && old_flags != Some(flags) {
                *epoch += 1;
            }
            dict.insert(key, (value, flags));
            return true;
        }
        match shapes.lookup(obj.shape, key) {
            Some((slot, old_flags)) if old_flags == flags => {
                obj.slots[slot as usize] = value;
            }
            Some((slot, _)) => {
                obj.slots[slot as usize] = value;
                let mut entries = shapes.entries(obj.shape);
                for e in entries.iter_mut() {
                    if e.0 == key {
                        e.1 = flags;
                    }
                }
                obj.shape = rebuild_shape(shapes, &entries);
                shape_changed(obj, epoch);
            }
            None => {
                if !obj.extensible {
                    return false;
                }
                if obj.slots.len() >= MAX_SHAPE_PROPERTIES {
                    to_dictionary(shapes, obj, epoch);
                    if let Some(dict) = &mut obj.dict {
                        dict.insert(key, (value, flags));
                    }
                    return true;
                }
                obj.shape = shapes.add(obj.shape, key, flags);
                obj.slots.push(value);
                shape_changed(obj, epoch);
            }
        }
        true
    }

    /// Overwrites the value of an existing own data property in place.
    pub fn write_own_slot(&mut self, o: Value, key: PropKey, value: Value) -> bool {
        let flags = match self.get_own(o, key) {
            OwnProp::Slot(_, f) => f,
            OwnProp::None => return false,
        };
        self.define_own(o, key, value, flags)
    }

    /// Defines array element `i` (ArrayDefineOwnProperty for an index):
    /// plain data elements go to the dense part when it is close enough,
    /// everything else to the dictionary. Fails past a read-only length.
    fn define_array_index(&mut self, o: Value, i: u32, value: Value, flags: PropFlags) -> bool {
        let key = PropKey::Index(i);
        let shapes = &mut self.shapes;
        let epoch = &mut self.proto_epoch;
        let Some(obj) = o.to_ref().and_then(|r| self.heap.obj_mut(r)) else { return false };
        let extensible = obj.extensible;
        let in_dict = obj.dict.as_ref().is_some_and(|d| d.contains_key(&key));
        let Class::Array(elements) = &mut obj.class else { return false };
        let idx = i as usize;
        let length = elements.length();
        if i >= length && elements.length_readonly {
            return false;
        }
        if !in_dict {
            let present = idx < elements.dense.len() && !elements.dense[idx].is_hole();
            if !present && !extensible {
                return false;
            }
            if flags == PropFlags::DATA {
                let d = elements.dense.len();
                if idx < d {
                    elements.dense[idx] = value;
                    return true;
                }
                if idx - d <= DENSE_GAP || idx < 2 * d || (i < length && length <= DENSE_PRESIZED) {
                    elements.dense.resize(idx, Value::HOLE);
                    elements.dense.push(value);
                    return true;
                }
            } else if present {
                elements.dense[idx] = Value::HOLE;
            }
        }
        if i >= length {
            elements.set_length(i + 1);
        }
        to_dictionary(shapes, obj, epoch);
        if let Some(dict) = &mut obj.dict {
            dict.insert(key, (value, flags));
        }
        true
    }

    /// ArraySetLength's effect: growing only records the length; shrinking
    /// deletes the elements at or past `n`, stopping above the highest
    /// non-configurable one (then the length ends just past it and this
    /// returns false). Also false when the length is read-only and differs.
    pub fn set_array_length(&mut self, o: Value, n: u32) -> bool {
        let Some(obj) = self.obj_mut(o) else { return false };
        let crate::object::Object { class, dict, .. } = obj;
        let Class::Array(elements) = class else { return false };
        let old = elements.length();
        if n == old {
            return true;
        }
        if elements.length_readonly {
            return false;
        }
        if n > old {
            elements.set_length(n);
            return true;
        }
        let mut new_len = n;
        if let Some(dict) = dict {
            for (k, (_, f)) in dict.iter() {
                if let PropKey::Index(j) = *k {
                    if j >= new_len && !f.configurable() {
                        new_len = j + 1;
                    }
                }
            }
            dict.retain(|k, _| !matches!(*k, PropKey::Index(j) if j >= new_len));
        }
        elements.set_length(new_len);
        new_len == n
    }

    /// Makes an array's `length` non-writable. The array gets a dictionary,
    /// which keeps the interpreter's append fast path away from it.
    pub fn make_array_length_readonly(&mut self, o: Value) {
        let shapes = &mut self.shapes;
        let epoch = &mut self.proto_epoch;
        let Some(obj) = o.to_ref().and_then(|r| self.heap.obj_mut(r)) else { return };
        if let Class::Array(elements) = &mut obj.class {
            elements.length_readonly = true;
            to_dictionary(shapes, obj, epoch);
        }
    }

    /// Deletes an own property. Returns false if it is non-configurable.
    pub fn delete_own(&mut self, o: Value, key: PropKey) -> bool {
        let shapes = &mut self.shapes;
        let epoch = &mut self.proto_epoch;
        let Some(obj) = o.to_ref().and_then(|r| self.heap.obj_mut(r)) else { return true };
        match (&mut obj.class, key) {
            (Class::Array(elements), PropKey::Index(i)) => {
                let i = i as usize;
                if i < elements.len() && !elements[i].is_hole() {
                    elements[i] = Value::HOLE;
                    return true;
                }
                if obj.dict.is_none() {
                    return true;
                }
            }
            (Class::Array(_), PropKey::Atom(atoms::LENGTH)) => return false,
            (Class::BoxedString(_), PropKey::Atom(atoms::LENGTH)) => return false,
            _ => {}
        }
        if let Some(dict) = &mut obj.dict {
            match dict.get(&key) {
                Some((_, f)) if !f.configurable() => return false,
                Some(_) => {
                    dict.shift_remove(&key);
                    if o == self.global {
                        self.global_epoch += 1;
                    }
                    if obj.watched {
                        *epoch += 1;
                    }
                }
                None => {}
            }
            return true;
        }
        let Some((slot, flags)) = shapes.lookup(obj.shape, key) else { return true };
        if !flags.configurable() {
            return false;
        }
        // Deleting leaves the shape tree: the object becomes a dictionary,
        // so repeated deletes don't create a shape per object.
        to_dictionary(shapes, obj, epoch);
        let _ = slot;
        if let Some(dict) = &mut obj.dict {
            dict.shift_remove(&key);
        }
        true
    }

    /// Own property keys in spec order: array indices ascending, then string
    /// keys in insertion order. `only_enumerable` filters by the flag.
    pub fn own_keys(&mut self, o: Value, only_enumerable: bool) -> Vec<PropKey> {
        let mut indices: Vec<u32> = Vec::new();
        let mut names: Vec<PropKey> = Vec::new();
        let Some(obj) = self.obj(o) else { return Vec::new() };
        match &obj.class {
            Class::Array(elements) => {
                for (i, v) in elements.iter().enumerate() {
                    if !v.is_hole() {
                        indices.push(i as u32);
                    }
                }
            }
            Class::BoxedString(s) => {
                let len = self.heap.string_len(s.as_ref());
                indices.extend(0..len as u32);
            }
            _ => {}
        }
        let mut push = |key: PropKey, flags: PropFlags| {
            if only_enumerable && !flags.enumerable() {
                return;
            }
            match key {
                PropKey::Index(i) => indices.push(i),
                PropKey::Atom(_) => names.push(key),
            }
        };
        if let Some(dict) = &obj.dict {
            for (k, (_, f)) in dict.iter() {
                push(*k, *f);
            }
        } else {
            for (k, f) in self.shapes.entries(obj.shape) {
                push(k, f);
            }
        }
        if !only_enumerable {
            if let Class::Array(_) | Class::BoxedString(_) = obj.class {
                names.insert(0, PropKey::Atom(atoms::LENGTH));
            }
        }
        indices.sort_unstable();
        indices.dedup();
        let mut keys: Vec<PropKey> = indices.into_iter().map(PropKey::Index).collect();
        keys.extend(names);
        keys
    }

    /// Keeps `o`'s properties in a dictionary from now on (the global
    /// object: global variable sites cache an index into it).
    pub fn make_dictionary(&mut self, o: Value) {
        let shapes = &self.shapes;
        let epoch = &mut self.proto_epoch;
        if let Some(obj) = o.to_ref().and_then(|r| self.heap.obj_mut(r)) {
            to_dictionary(shapes, obj, epoch);
        }
    }

    /// Makes every own property non-writable/non-configurable and the object
    /// non-extensible (`Object.freeze`).
    pub fn freeze(&mut self, o: Value) {
        if o == self.global {
            self.global_epoch += 1;
        }
        let keys = self.own_keys(o, false);
        let shapes = &mut self.shapes;
        let epoch = &mut self.proto_epoch;
        let Some(obj) = o.to_ref().and_then(|r| self.heap.obj_mut(r)) else { return };
        // Elements of a frozen array are moved to the dictionary (which keeps
        // their attributes); its length becomes read-only.
        let moved = match &mut obj.class {
            Class::Array(elements) => {
                let len = elements.length();
                let dense = core::mem::take(&mut elements.dense).to_vec();
                elements.set_length(len);
                elements.length_readonly = true;
                dense
            }
            _ => Vec::new(),
        };
        to_dictionary(shapes, obj, epoch);
        if let Some(dict) = &mut obj.dict {
            for (i, v) in moved.into_iter().enumerate() {
                if !v.is_hole() {
                    dict.insert(PropKey::Index(i as u32), (v, PropFlags::DATA));
                }
            }
        }
        obj.extensible = false;
        if let Some(dict) = &mut obj.dict {
            for (_, (_, f)) in dict.iter_mut() {
                let accessor = f.0 & PropFlags::ACCESSOR;
                *f = PropFlags((f.0 & PropFlags::ENUMERABLE) | accessor);
            }
        }
        let _ = keys;
    }
}

fn rebuild_shape(shapes: &mut crate::shape::Shapes, entries: &[(PropKey, PropFlags)]) -> ShapeId {
    let mut shape = EMPTY_SHAPE;
    for &(k, f) in entries {
        shape = shapes.add(shape, k, f);
    }
    shape
}

/// After `obj`'s shape changed: caches that looked through it are stale.
#[inline]
fn shape_changed(obj: &crate::object::Object, epoch: &mut u64) {
    if obj.watched {
        *epoch += 1;
    }
}

/// Moves an object's properties from shape + slots into a dictionary.
fn to_dictionary(shapes: &crate::shape::Shapes, obj: &mut crate::object::Object, epoch: &mut u64) {
    if obj.dict.is_some() {
        return;
    }
    shape_changed(obj, epoch);
    let mut dict: Dict = Dict::default();
    for (i, (k, f)) in shapes.entries(obj.shape).into_iter().enumerate() {
        dict.insert(k, (obj.slots[i], f));
    }
    obj.dict = Some(Box::new(dict));
    obj.slots.clear();
    obj.shape = crate::shape::DICTIONARY_SHAPE;
}

//! Map and Set storage over `MapData` (object.rs): SameValueZero keys,
//! insertion order kept by an entry list with tombstones, and the iteration
//! protocol every Map/Set iterator must use (builtin iterators, `forEach`,
//! the engines' for-of, `Array.from`).
//!
//! Positions are *logical*: `entries[i]` has position `offset + i`, and the
//! key index stores logical positions. An iterator keeps the logical
//! position of the next entry to visit, so it stays valid while:
//! - entries are deleted (they become tombstones, which `step` skips);
//! - entries are added (appended at the end, where `step` will find them);
//! - dead entries are dropped from the front (`offset` grows; a position
//!   below `offset` means "the first remaining entry");
//! - the map is cleared (`offset` jumps past every old entry, so an iterator
//!   sees exactly the entries added after the clear, as the spec says).
//!
//! Tombstones in the middle can only be compacted while no iteration is in
//! progress, which `MapData::iterators` tracks: `begin_iteration` and
//! `end_iteration` bracket every iteration (`new_iterator` begins, and the
//! iterator ends it when exhausted or closed). An iterator that is abandoned
//! unfinished keeps the count up; that only disables middle compaction for
//! that map (front trimming and `clear` still reclaim space). Whoever creates
//! `IterState::Entries` iterators must go through `new_iterator` and step
//! them with `iterator_step`/`step`, never by indexing `entries` directly.

use crate::heap::Cell;
use crate::object::{Class, IterKind, IterState, MapData, MapKey};
use crate::realm::Runtime;
use crate::string::JsStr;
use crate::value::{Value, CANONICAL_NAN};
use core::hash::{Hash, Hasher};
#[cfg(test)]
use core::hash::BuildHasher;

/// Compaction thresholds: at least this many dead entries, and more dead
/// than live ones, before any compaction work (amortised O(1) per delete).
const MIN_DEAD_TO_COMPACT: usize = 16;

/// A lookup key borrowing the string's units (no allocation per lookup).
/// Its `Hash` must equal the derived `Hash` of the corresponding `MapKey`
/// (discriminant as isize, then the field); a test checks this.
#[derive(Clone, Copy)]
enum KeyRef<'a> {
    Number(u64),
    String(&'a [u16]),
    Other(u64),
}

impl Hash for KeyRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            KeyRef::Number(bits) => {
                0isize.hash(state);
                bits.hash(state);
            }
            KeyRef::String(units) => {
                1isize.hash(state);
                units.hash(state);
            }
            KeyRef::Other(bits) => {
                2isize.hash(state);
                bits.hash(state);
            }
        }
    }
}

impl indexmap::Equivalent<MapKey> for KeyRef<'_> {
    fn equivalent(&self, key: &MapKey) -> bool {
        match (self, key) {
            (KeyRef::Number(a), MapKey::Number(b)) => a == b,
            (KeyRef::String(a), MapKey::String(b)) => *a == &b[..],
            (KeyRef::Other(a), MapKey::Other(b)) => a == b,
            _ => false,
        }
    }
}

impl KeyRef<'_> {
    fn to_owned(self) -> MapKey {
        match self {
            KeyRef::Number(bits) => MapKey::Number(bits),
            KeyRef::String(units) => MapKey::String(units.into()),
            KeyRef::Other(bits) => MapKey::Other(bits),
        }
    }
}

/// The bits a number is keyed by: -0 and +0 are one key, every NaN is one
/// key, and an int32 `Value` and a double `Value` of equal value are one key.
fn number_bits(n: f64) -> u64 {
    if n == 0.0 {
        0
    } else if n.is_nan() {
        CANONICAL_NAN
    } else {
        n.to_bits()
    }
}

/// Makes sure a string key is flat, so `key_ref` can borrow its units.
fn prepare_key(rt: &mut Runtime, key: Value) {
    if rt.heap.is_string(key) {
        rt.heap.flat(key.as_ref());
    }
}

/// The lookup key of `key` (strings must have been flattened by `prepare_key`).
fn key_ref(rt: &Runtime, key: Value) -> KeyRef<'_> {
    if key.is_number() {
        return KeyRef::Number(number_bits(key.as_number()));
    }
    if let Some(r) = key.to_ref() {
        if let Cell::Str(JsStr::Flat(units)) = rt.heap.cell(r) {
            return KeyRef::String(units);
        }
    }
    KeyRef::Other(key.0)
}

/// The key as stored and handed back to JavaScript: -0 becomes +0.
fn normalize_key(key: Value) -> Value {
    if key.is_double() && key.as_double() == 0.0 {
        Value::int(0)
    } else {
        key
    }
}

/// The storage of a Map or Set object.
pub fn data(rt: &Runtime, o: Value) -> Option<&MapData> {
    match rt.obj(o).map(|o| &o.class) {
        Some(Class::Map(d)) | Some(Class::Set(d)) => Some(d),
        _ => None,
    }
}

fn data_mut(rt: &mut Runtime, o: Value) -> Option<&mut MapData> {
    match rt.obj_mut(o).map(|o| &mut o.class) {
        Some(Class::Map(d)) | Some(Class::Set(d)) => Some(d),
        _ => None,
    }
}

/// The physical index in `entries` of `key`'s entry.
fn find(rt: &mut Runtime, o: Value, key: Value) -> Option<usize> {
    prepare_key(rt, key);
    let k = key_ref(rt, key);
    let d = data(rt, o)?;
    d.index.get(&k).map(|&pos| pos - d.offset)
}

pub fn get(rt: &mut Runtime, o: Value, key: Value) -> Option<Value> {
    let i = find(rt, o, key)?;
    data(rt, o)?.entries[i].map(|(_, v)| v)
}

pub fn has(rt: &mut Runtime, o: Value, key: Value) -> bool {
    find(rt, o, key).is_some()
}

pub fn size(rt: &Runtime, o: Value) -> usize {
    data(rt, o).map(|d| d.live).unwrap_or(0)
}

/// `map.set(key, value)` / `set.add(key)` (pass the key as the value).
pub fn insert(rt: &mut Runtime, o: Value, key: Value, value: Value) {
    let key = normalize_key(key);
    if let Some(i) = find(rt, o, key) {
        if let Some(Some(entry)) = data_mut(rt, o).map(|d| &mut d.entries[i]) {
            entry.1 = value;
        }
        return;
    }
    let owned = key_ref(rt, key).to_owned();
    let Some(d) = data_mut(rt, o) else { return };
    let pos = d.offset + d.entries.len();
    d.entries.push(Some((key, value)));
    d.index.insert(owned, pos);
    d.live += 1;
}

/// `delete`: true when the key was present.
pub fn remove(rt: &mut Runtime, o: Value, key: Value) -> bool {
    prepare_key(rt, key);
    let found = {
        let k = key_ref(rt, key);
        data(rt, o).and_then(|d| d.index.get_full(&k)).map(|(slot, _, &pos)| (slot, pos))
    };
    let Some((slot, pos)) = found else { return false };
    let Some(d) = data_mut(rt, o) else { return false };
    d.index.swap_remove_index(slot);
    d.entries[pos - d.offset] = None;
    d.live -= 1;
    compact(d);
    true
}

/// `clear`: every entry dies. Iterators in progress then see only entries
/// added afterwards (their positions are below the new `offset`).
pub fn clear(rt: &mut Runtime, o: Value) {
    let Some(d) = data_mut(rt, o) else { return };
    d.offset = if d.iterators == 0 { 0 } else { d.offset + d.entries.len() };
    d.entries = alloc::vec::Vec::new();
    d.index.clear();
    d.live = 0;
}

/// Reclaims tombstones once more than half the entries are dead: all of
/// them when no iteration is in progress, else only a dead prefix.
fn compact(d: &mut MapData) {
    let dead = d.entries.len() - d.live;
    if dead < MIN_DEAD_TO_COMPACT || dead <= d.live {
        return;
    }
    if d.iterators == 0 {
        let mut new_pos = alloc::vec::Vec::with_capacity(d.entries.len());
        let mut n = 0;
        for e in &d.entries {
            new_pos.push(n);
            n += e.is_some() as usize;
        }
        let offset = d.offset;
        for pos in d.index.values_mut() {
            *pos = new_pos[*pos - offset];
        }
        d.entries.retain(|e| e.is_some());
        d.offset = 0;
        return;
    }
    // Iterators hold positions: only a dead prefix can go. Trim it when it
    // is over a quarter of the list, so each trim pays for itself.
    let prefix = d.entries.iter().take_while(|e| e.is_none()).count();
    if prefix > d.entries.len() / 4 {
        d.entries.drain(..prefix);
        d.offset += prefix;
    }
}

/// Marks an iteration over `o` as in progress (no middle compaction).
pub fn begin_iteration(rt: &mut Runtime, o: Value) {
    if let Some(d) = data_mut(rt, o) {
        d.iterators += 1;
    }
}

/// Ends an iteration started with `begin_iteration`.
pub fn end_iteration(rt: &mut Runtime, o: Value) {
    if let Some(d) = data_mut(rt, o) {
        d.iterators = d.iterators.saturating_sub(1);
    }
}

/// The entry at logical position `*pos` or after it, advancing `*pos` past
/// it; None at the end. For a Set, key and value are the same value.
pub fn step(rt: &Runtime, o: Value, pos: &mut usize) -> Option<(Value, Value)> {
    let d = data(rt, o)?;
    let mut i = pos.saturating_sub(d.offset);
    while i < d.entries.len() {
        if let Some(entry) = d.entries[i] {
            *pos = d.offset + i + 1;
            return Some(entry);
        }
        i += 1;
    }
    *pos = d.offset + d.entries.len();
    None
}

/// A new Map/Set iterator object (`map.keys()`, for-of over a Map, …) with
/// the Map or Set iterator prototype; it counts as an iteration in progress
/// until it is exhausted or closed.
pub fn new_iterator(rt: &mut Runtime, o: Value, kind: IterKind) -> Value {
    let proto = match rt.obj(o).map(|o| &o.class) {
        Some(Class::Set(_)) => rt.intrinsics.set_iterator_proto,
        _ => rt.intrinsics.map_iterator_proto,
    };
    begin_iteration(rt, o);
    rt.alloc_object(Class::Iterator(IterState::Entries { target: o, index: 0, kind }), proto)
}

/// Advances a Map/Set iterator: the next (key, value) and the iterator's
/// kind, or None when it is exhausted (it becomes `IterState::Done` and
/// stops counting as an iteration in progress).
pub fn iterator_step(rt: &mut Runtime, it: Value) -> Option<((Value, Value), IterKind)> {
    let (target, mut pos, kind) = match rt.obj(it).map(|o| &o.class) {
        Some(Class::Iterator(IterState::Entries { target, index, kind })) => (*target, *index, *kind),
        _ => return None,
    };
    match step(rt, target, &mut pos) {
        Some(entry) => {
            if let Some(Class::Iterator(IterState::Entries { index, .. })) = rt.obj_mut(it).map(|o| &mut o.class) {
                *index = pos;
            }
            Some((entry, kind))
        }
        None => {
            close_iterator(rt, it);
            None
        }
    }
}

/// Finishes a Map/Set iterator early (a `break` out of for-of): it becomes
/// done and no longer holds back compaction. Harmless on other iterators.
pub fn close_iterator(rt: &mut Runtime, it: Value) {
    let target = match rt.obj(it).map(|o| &o.class) {
        Some(Class::Iterator(IterState::Entries { target, .. })) => *target,
        _ => return,
    };
    if let Some(o) = rt.obj_mut(it) {
        o.class = Class::Iterator(IterState::Done);
    }
    end_iteration(rt, target);
}

/// The value an iterator of `kind` yields for an entry: the key, the value,
/// or a fresh `[key, value]` array.
pub fn entry_value(rt: &mut Runtime, kind: IterKind, (k, v): (Value, Value)) -> Value {
    match kind {
        IterKind::Keys => k,
        IterKind::Values => v,
        IterKind::Entries => rt.new_array(alloc::vec![k, v]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::FxBuild;

    /// `KeyRef` lookups only work if it hashes exactly like `MapKey`.
    #[test]
    fn key_ref_hashes_like_map_key() {
        let b = FxBuild::default();
        let units: &[u16] = &[104, 105];
        assert_eq!(b.hash_one(MapKey::String(units.into())), b.hash_one(KeyRef::String(units)));
        assert_eq!(b.hash_one(MapKey::Number(7)), b.hash_one(KeyRef::Number(7)));
        assert_eq!(b.hash_one(MapKey::Other(9)), b.hash_one(KeyRef::Other(9)));
    }
}

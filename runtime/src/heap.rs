//! The garbage-collected heap: a table of cells addressed by 32-bit `Ref`s
//! (the "cage": a reference is an index, never a pointer, so it fits in a
//! NaN-box on every target), with a precise, non-moving mark-sweep collector.
//!
//! Rules for everyone who holds `Value`s:
//! - A collection happens only at a safepoint, when an engine calls
//!   `Runtime::collect_garbage` (loop back-edges, calls); allocation itself
//!   never collects. Rust code that does not call back into JavaScript can
//!   therefore hold values freely.
//! - Rust code that calls into JavaScript (which may reach a safepoint) must
//!   keep the values it still needs in `Runtime::roots` (see `RootScope`).

use crate::object::Object;
use crate::string::JsStr;
use crate::value::{Ref, Value};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ptr::NonNull;

/// A closure environment: the captured variables of one scope, a fixed
/// number of slots. `repr(C)` with a bare pointer: generated code reads
/// `parent` and the slots directly (see `layout`).
#[repr(C)]
pub struct Env {
    pub parent: Value,
    pub(crate) slots: Option<NonNull<Value>>,
    len: u32,
}

impl Env {
    /// An environment of `len` slots holding `fill`.
    pub fn new(parent: Value, len: usize, fill: Value) -> Env {
        Env::from_values(parent, &alloc::vec![fill; len])
    }

    /// An environment whose slots are copies of `values`.
    pub fn from_values(parent: Value, values: &[Value]) -> Env {
        let slots = (!values.is_empty()).then(|| crate::raw_values::allocate(values.len(), values, Value::UNDEFINED));
        Env { parent, slots, len: values.len() as u32 }
    }

    #[inline]
    pub fn slots(&self) -> &[Value] {
        match self.slots {
            // SAFETY: `len` initialized values, owned by this environment.
            Some(ptr) => unsafe { crate::raw_values::slice(ptr, self.len as usize) },
            None => &[],
        }
    }

    #[inline]
    pub fn slots_mut(&mut self) -> &mut [Value] {
        match self.slots {
            // SAFETY: as in `slots`; `&mut self` makes this the only access.
            Some(ptr) => unsafe { crate::raw_values::slice_mut(ptr, self.len as usize) },
            None => &mut [],
        }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some(ptr) = self.slots.take() {
            // SAFETY: allocated by `from_values` with `len` values; not used again.
            unsafe { crate::raw_values::free(ptr, self.len as usize) }
        }
    }
}

impl core::fmt::Debug for Env {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Env").field("parent", &self.parent).field("slots", &self.slots()).finish()
    }
}

/// A heap cell. `repr(C, u32)` with fixed discriminants: generated code
/// tests the tag and reads the payload at known offsets (see `layout`).
#[derive(Debug)]
#[repr(C, u32)]
pub enum Cell {
    Free = 0,
    Str(JsStr) = 1,
    /// Objects live inline in their cell: one allocation-free slot each.
    Obj(Object) = 2,
    Env(Env) = 3,
}

/// What the collector knows about a cell without reading it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum CellState {
    /// In use, or garbage not swept yet.
    Unmarked,
    /// Found live by the last collection, not swept since.
    Marked,
    /// Swept: holds `Cell::Free`.
    Free,
}

/// Cells are stored in fixed-size chunks: growing the heap never moves or
/// copies existing cells (no doubling spike in memory), and a reference
/// splits into (chunk, index) with a shift and a mask.
pub const CHUNK_BITS: u32 = 12;
const CHUNK_SIZE: usize = 1 << CHUNK_BITS;
const CHUNK_MASK: usize = CHUNK_SIZE - 1;
/// The chunk table has room for this many chunks (about 67 million cells),
/// reserved once, so it never moves: generated code reads it (`layout`).
const MAX_CHUNKS: usize = 1 << 14;

pub struct Heap {
    /// The chunk table: chunk `i` holds cells `i << CHUNK_BITS ..`.
    chunks: Vec<Box<[Cell; CHUNK_SIZE]>>,
    /// Cells handed out so far (the next fresh index).
    len: usize,
    /// Each cell's `CellState`: marked by the last collection (until swept),
    /// or known to be `Free` without reading the cell.
    marks: Vec<CellState>,
    /// Lazy sweeping: cells `sweep_cursor..sweep_end` (those that existed
    /// at the last collection) are not swept yet; allocation sweeps them in
    /// order, reusing the first one not marked (so the cell it writes was
    /// just read: one cache miss, not two), and the next collection sweeps
    /// what is left.
    sweep_cursor: usize,
    sweep_end: usize,
    /// Cells allocated since the last collection.
    allocated_since_gc: usize,
    /// Collect when this many cells were allocated since the last collection.
    pub gc_threshold: usize,
    /// The smallest threshold (the configured one); the actual threshold
    /// grows with two thirds of the live heap, so memory stays within ~1.67× live.
    min_threshold: usize,
    /// Upper bound on live cells (`--max-heap`); 0 = unlimited.
    pub max_cells: usize,
    pub live_after_last_gc: usize,
    pub collections: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

/// Approximate bytes a cell costs, used to turn `--max-heap=SIZE` into a
/// cell budget.
pub const APPROX_CELL_BYTES: usize = 128;

fn new_chunk() -> Box<[Cell; CHUNK_SIZE]> {
    let mut v = Vec::with_capacity(CHUNK_SIZE);
    v.resize_with(CHUNK_SIZE, || Cell::Free);
    match v.into_boxed_slice().try_into() {
        Ok(chunk) => chunk,
        Err(_) => unreachable!("a chunk has CHUNK_SIZE cells"),
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            chunks: Vec::with_capacity(MAX_CHUNKS),
            // Cell 0 is reserved so that no valid reference is 0.
            len: 1,
            marks: alloc::vec![CellState::Unmarked],
            sweep_cursor: 1,
            sweep_end: 1,
            allocated_since_gc: 0,
            gc_threshold: 100_000,
            min_threshold: 100_000,
            max_cells: 0,
            live_after_last_gc: 0,
            collections: 0,
        }
        .with_first_chunk()
    }

    fn with_first_chunk(mut self) -> Heap {
        self.chunks.push(new_chunk());
        self
    }

    /// Sets the collection threshold (cells allocated between collections).
    pub fn set_gc_threshold(&mut self, cells: usize) {
        self.gc_threshold = cells;
        self.min_threshold = cells;
    }

    /// (Never inlined: its callers are many and cold, and a copy of the
    /// cell move in each of them made hello world's module 7 KB larger.)
    #[inline(never)]
    pub fn alloc(&mut self, cell: Cell) -> Ref {
        let index = self.take_cell();
        // Garbage (its contents are dropped here) or never used.
        *self.slot_mut(index) = cell;
        Ref(index as u32)
    }

    /// A new ordinary object with prototype `proto` and no properties (`{}`,
    /// a constructor's receiver): the most common allocation. A dead
    /// ordinary object that owns no memory is reset where it is, which
    /// writes a few fields instead of dropping a cell and moving a new one in.
    pub fn alloc_ordinary(&mut self, proto: Value) -> Ref {
        let index = self.take_cell();
        let slot = self.slot_mut(index);
        let reset = match slot {
            Cell::Obj(old) => old.reset_to_ordinary(proto),
            _ => false,
        };
        if !reset {
            *slot = Cell::Obj(Object::new(crate::object::Class::Ordinary, proto));
        }
        Ref(index as u32)
    }

    /// The index of a cell to allocate: the next garbage one the lazy sweep
    /// reaches (its old contents still there), else a fresh one (`Free`).
    #[inline]
    fn take_cell(&mut self) -> usize {
        self.allocated_since_gc += 1;
        while self.sweep_cursor < self.sweep_end {
            let index = self.sweep_cursor;
            self.sweep_cursor += 1;
            // Live or reused, the cell is unmarked from now on.
            let live = self.marks[index] == CellState::Marked;
            self.marks[index] = CellState::Unmarked;
            if !live {
                return index;
            }
        }
        let index = self.len;
        if index >> CHUNK_BITS >= self.chunks.len() {
            assert!(self.chunks.len() < MAX_CHUNKS, "kiln: the heap is out of cells");
            self.chunks.push(new_chunk());
        }
        self.len += 1;
        self.marks.push(CellState::Unmarked);
        index
    }

    #[inline]
    fn slot(&self, index: usize) -> &Cell {
        &self.chunks[index >> CHUNK_BITS][index & CHUNK_MASK]
    }

    #[inline]
    fn slot_mut(&mut self, index: usize) -> &mut Cell {
        &mut self.chunks[index >> CHUNK_BITS][index & CHUNK_MASK]
    }

    #[inline]
    pub fn cell(&self, r: Ref) -> &Cell {
        self.slot(r.0 as usize)
    }

    #[inline]
    pub fn cell_mut(&mut self, r: Ref) -> &mut Cell {
        self.slot_mut(r.0 as usize)
    }

    /// True when enough was allocated that a safepoint should collect.
    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.allocated_since_gc >= self.gc_threshold
    }

    /// The address of the chunk table (for generated code, see `layout`):
    /// entry `r >> CHUNK_BITS` points at the chunk holding cell `r`. It
    /// never moves.
    pub fn chunk_table(&self) -> *const *mut Cell {
        self.chunks.as_ptr() as *const *mut Cell
    }

    /// The addresses of the allocation counter and of the collection
    /// threshold (`usize`s): compiled code checks `wants_gc` itself at its
    /// safepoints. They never move while the heap lives.
    pub fn gc_counters(&self) -> (*const usize, *const usize) {
        (&self.allocated_since_gc, &self.gc_threshold)
    }

    /// Cells ever handed out (the high-water mark of the cell table).
    pub fn capacity_used(&self) -> usize {
        self.len
    }

    /// Cells in use: those the last collection found live, and every one
    /// allocated since (some of which may be garbage already).
    pub fn live_cells(&self) -> usize {
        self.live_after_last_gc + self.allocated_since_gc
    }

    /// True when the heap is over its `--max-heap` budget even after a collection.
    pub fn over_budget(&self) -> bool {
        self.max_cells != 0 && self.live_cells() > self.max_cells
    }

    /// Marks everything reachable from `roots`; the rest is garbage,
    /// swept as allocation reaches it (see `sweep_cursor`).
    pub fn collect(&mut self, roots: &mut dyn Iterator<Item = Value>) {
        self.finish_sweep();
        let mut live = 0;
        let mut stack: Vec<u32> = Vec::new();
        let marks = &mut self.marks;
        let mut mark = |v: Value, stack: &mut Vec<u32>| {
            if let Some(r) = v.to_ref() {
                let i = r.0 as usize;
                if i < marks.len() && marks[i] != CellState::Marked {
                    marks[i] = CellState::Marked;
                    stack.push(r.0);
                }
            }
        };
        for v in roots {
            mark(v, &mut stack);
        }
        let chunks = &self.chunks;
        while let Some(index) = stack.pop() {
            live += 1;
            let index = index as usize;
            match &chunks[index >> CHUNK_BITS][index & CHUNK_MASK] {
                Cell::Free => {}
                Cell::Str(JsStr::Flat(_)) => {}
                Cell::Str(JsStr::Rope { left, right, .. }) => {
                    mark(Value::from_ref(*left), &mut stack);
                    mark(Value::from_ref(*right), &mut stack);
                }
                Cell::Env(env) => {
                    mark(env.parent, &mut stack);
                    for &v in env.slots() {
                        mark(v, &mut stack);
                    }
                }
                Cell::Obj(obj) => obj.trace(|v| mark(v, &mut stack)),
            }
        }
        self.sweep_cursor = 1;
        self.sweep_end = self.len;
        self.allocated_since_gc = 0;
        self.collections += 1;
        self.live_after_last_gc = live;
        // Grow the threshold with the live heap so that marking stays
        // amortised (each collection marks the live data once per as many
        // new cells), while the heap stays within ~1.67× the live data.
        self.gc_threshold = self.min_threshold.max(self.live_after_last_gc * 2 / 3);
    }

    /// Sweeps what allocation has not reached since the last collection:
    /// marks are cleared, garbage dropped (memory held by dead objects is
    /// freed within one collection cycle). Cells already known to be free
    /// are not read: a heap that once was much larger than its live data
    /// has a long tail of them, and reading each (a cache miss) at every
    /// collection cost a third of the collector's time.
    fn finish_sweep(&mut self) {
        for index in self.sweep_cursor..self.sweep_end {
            match self.marks[index] {
                CellState::Marked => self.marks[index] = CellState::Unmarked,
                CellState::Free => {}
                CellState::Unmarked => {
                    let cell = self.slot_mut(index);
                    if !matches!(cell, Cell::Free) {
                        *cell = Cell::Free;
                    }
                    self.marks[index] = CellState::Free;
                }
            }
        }
        self.sweep_cursor = self.sweep_end;
    }

    #[inline]
    pub fn obj(&self, r: Ref) -> Option<&Object> {
        match self.cell(r) {
            Cell::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn obj_mut(&mut self, r: Ref) -> Option<&mut Object> {
        match self.cell_mut(r) {
            Cell::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn env(&self, r: Ref) -> &Env {
        match self.cell(r) {
            Cell::Env(e) => e,
            other => panic!("internal error: expected an environment, found {:?}", other),
        }
    }

    #[inline]
    pub fn env_mut(&mut self, r: Ref) -> &mut Env {
        match self.cell_mut(r) {
            Cell::Env(e) => e,
            _ => panic!("internal error: expected an environment"),
        }
    }

    pub fn alloc_env(&mut self, parent: Value, size: usize) -> Value {
        Value::from_ref(self.alloc(Cell::Env(Env::new(parent, size, Value::UNINITIALIZED))))
    }

    /// A new environment whose slots are copies of `values`.
    pub fn alloc_env_from(&mut self, parent: Value, values: &[Value]) -> Value {
        Value::from_ref(self.alloc(Cell::Env(Env::from_values(parent, values))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Class;

    /// An object with `n` property values (spilled past `slots::INLINE`).
    fn object_with_values(heap: &mut Heap, class: Class, n: i32) -> Ref {
        let r = heap.alloc(Cell::Obj(Object::new(class, Value::NULL)));
        let o = heap.obj_mut(r).unwrap();
        o.shape = crate::shape::ShapeId(7);
        o.extensible = false;
        o.watched = true;
        (0..n).for_each(|i| o.slots.push(Value::int(i)));
        r
    }

    #[test]
    fn a_reused_cell_is_a_fresh_ordinary_object() {
        let mut heap = Heap::new();
        let proto = heap.alloc(Cell::Obj(Object::new(Class::Ordinary, Value::NULL)));
        // Garbage of every kind: ordinary objects with inline and spilled
        // values, an array, a string.
        let garbage = [
            object_with_values(&mut heap, Class::Ordinary, 2),
            object_with_values(&mut heap, Class::Ordinary, 9),
            object_with_values(&mut heap, Class::Array(Vec::from([Value::int(1)]).into()), 1),
            heap.alloc(Cell::Str(JsStr::Flat(Box::from([65u16])))),
        ];
        heap.collect(&mut [Value::from_ref(proto)].into_iter());
        let mut reused = Vec::new();
        for _ in 0..garbage.len() + 2 {
            let r = heap.alloc_ordinary(Value::from_ref(proto));
            let o = heap.obj(r).expect("an object");
            assert_eq!(o.shape, crate::shape::EMPTY_SHAPE);
            assert!(o.extensible && !o.watched && o.dict.is_none());
            assert!(o.slots.is_empty() && !o.slots.is_spilled());
            assert!(matches!(o.class, Class::Ordinary));
            assert_eq!(o.proto, Value::from_ref(proto));
            reused.push(r);
        }
        for g in garbage {
            assert!(reused.contains(&g), "garbage cell {g:?} is reused");
        }
    }

    #[test]
    fn swept_cells_are_reused_and_live_ones_kept_across_collections() {
        let mut heap = Heap::new();
        let cells: Vec<Ref> = (0..10).map(|i| object_with_values(&mut heap, Class::Ordinary, i % 4)).collect();
        let roots = [Value::from_ref(cells[3]), Value::from_ref(cells[7])];
        // The first collection marks; the second sweeps the rest first (the
        // garbage becomes known-free cells) and marks again.
        heap.collect(&mut roots.into_iter());
        heap.collect(&mut roots.into_iter());
        assert_eq!(heap.live_after_last_gc, 2);
        let fresh: Vec<Ref> = (0..12).map(|_| heap.alloc_ordinary(Value::NULL)).collect();
        for (i, r) in cells.iter().enumerate() {
            assert_eq!(fresh.contains(r), i != 3 && i != 7, "cell {i}");
        }
        for &kept in &[cells[3], cells[7]] {
            let o = heap.obj(kept).unwrap();
            assert_eq!(o.shape, crate::shape::ShapeId(7), "a live object is untouched");
            assert_eq!(o.slots.len(), 3);
        }
    }
}

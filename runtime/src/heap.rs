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

/// A closure environment: the captured variables of one scope.
#[derive(Debug)]
pub struct Env {
    pub parent: Value,
    pub slots: Vec<Value>,
}

#[derive(Debug)]
pub enum Cell {
    Free,
    Str(JsStr),
    Obj(Box<Object>),
    Env(Env),
}

pub struct Heap {
    cells: Vec<Cell>,
    marks: Vec<bool>,
    free: Vec<u32>,
    /// Cells allocated since the last collection.
    allocated_since_gc: usize,
    /// Collect when this many cells were allocated since the last collection.
    pub gc_threshold: usize,
    /// Upper bound on live cells (`--max-heap`); 0 = unlimited.
    pub max_cells: usize,
    pub live_after_last_gc: usize,
    pub collections: usize,
    /// Boxes of dead objects, reused by allocation: most programs allocate
    /// many short-lived objects of the same sizes, and recycling them
    /// (with their slot vectors' capacity) avoids a malloc/free pair each.
    pub object_pool: Vec<Box<Object>>,
}

/// Upper bound on recycled object boxes kept between collections.
const MAX_POOLED_OBJECTS: usize = 1 << 17;

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

/// Approximate bytes a cell costs, used to turn `--max-heap=SIZE` into a
/// cell budget.
pub const APPROX_CELL_BYTES: usize = 96;

impl Heap {
    pub fn new() -> Heap {
        Heap {
            // Cell 0 is reserved so that no valid reference is 0.
            cells: alloc::vec![Cell::Free],
            marks: alloc::vec![false],
            free: Vec::new(),
            allocated_since_gc: 0,
            gc_threshold: 100_000,
            max_cells: 0,
            live_after_last_gc: 0,
            collections: 0,
            object_pool: Vec::new(),
        }
    }

    pub fn alloc(&mut self, cell: Cell) -> Ref {
        self.allocated_since_gc += 1;
        if let Some(index) = self.free.pop() {
            self.cells[index as usize] = cell;
            return Ref(index);
        }
        let index = self.cells.len() as u32;
        self.cells.push(cell);
        self.marks.push(false);
        Ref(index)
    }

    #[inline]
    pub fn cell(&self, r: Ref) -> &Cell {
        &self.cells[r.0 as usize]
    }

    #[inline]
    pub fn cell_mut(&mut self, r: Ref) -> &mut Cell {
        &mut self.cells[r.0 as usize]
    }

    /// True when enough was allocated that a safepoint should collect.
    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.allocated_since_gc >= self.gc_threshold
    }

    /// Cells in use (allocated minus free).
    pub fn live_cells(&self) -> usize {
        self.cells.len() - self.free.len()
    }

    /// True when the heap is over its `--max-heap` budget even after a collection.
    pub fn over_budget(&self) -> bool {
        self.max_cells != 0 && self.live_cells() > self.max_cells
    }

    /// Marks everything reachable from `roots` and frees the rest.
    pub fn collect(&mut self, roots: &mut dyn Iterator<Item = Value>) {
        let mut stack: Vec<u32> = Vec::new();
        for v in roots {
            self.push_mark(v, &mut stack);
        }
        while let Some(index) = stack.pop() {
            let mut children: Vec<Value> = Vec::new();
            match &self.cells[index as usize] {
                Cell::Free => {}
                Cell::Str(JsStr::Flat(_)) => {}
                Cell::Str(JsStr::Rope { left, right, .. }) => {
                    children.push(Value::from_ref(*left));
                    children.push(Value::from_ref(*right));
                }
                Cell::Env(env) => {
                    children.push(env.parent);
                    children.extend_from_slice(&env.slots);
                }
                Cell::Obj(obj) => obj.trace(&mut |v| children.push(v)),
            }
            for v in children {
                self.push_mark(v, &mut stack);
            }
        }
        self.free.clear();
        for index in 1..self.cells.len() {
            if self.marks[index] {
                self.marks[index] = false;
            } else {
                match core::mem::replace(&mut self.cells[index], Cell::Free) {
                    // Dead objects' allocations are recycled (see `object_pool`).
                    Cell::Obj(mut obj) if self.object_pool.len() < MAX_POOLED_OBJECTS => {
                        obj.slots.clear();
                        obj.dict = None;
                        obj.class = crate::object::Class::Ordinary;
                        self.object_pool.push(obj);
                    }
                    _ => {}
                }
                self.free.push(index as u32);
            }
        }
        // Reuse low indices first: keeps the live heap compact.
        self.free.reverse();
        self.allocated_since_gc = 0;
        self.collections += 1;
        self.live_after_last_gc = self.live_cells();
        // Grow the threshold with the live heap so collection stays amortised.
        self.gc_threshold = self.gc_threshold.max(self.live_after_last_gc);
    }

    #[inline]
    fn push_mark(&mut self, v: Value, stack: &mut Vec<u32>) {
        if let Some(r) = v.to_ref() {
            let i = r.0 as usize;
            if i < self.marks.len() && !self.marks[i] {
                self.marks[i] = true;
                stack.push(r.0);
            }
        }
    }

    pub fn obj(&self, r: Ref) -> Option<&Object> {
        match self.cell(r) {
            Cell::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn obj_mut(&mut self, r: Ref) -> Option<&mut Object> {
        match self.cell_mut(r) {
            Cell::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn env(&self, r: Ref) -> &Env {
        match self.cell(r) {
            Cell::Env(e) => e,
            other => panic!("internal error: expected an environment, found {:?}", other),
        }
    }

    pub fn env_mut(&mut self, r: Ref) -> &mut Env {
        match self.cell_mut(r) {
            Cell::Env(e) => e,
            _ => panic!("internal error: expected an environment"),
        }
    }

    pub fn alloc_env(&mut self, parent: Value, size: usize) -> Value {
        let slots = alloc::vec![Value::UNINITIALIZED; size];
        Value::from_ref(self.alloc(Cell::Env(Env { parent, slots })))
    }
}

//! Frame registers kept in wasm locals. The frame's registers live in
//! linear memory (the GC and the runtime's ops read them there), but inside
//! a basic block generated code works on local copies: each register has
//! an i64 local (its boxed value) and, once an op first wants it unboxed,
//! an f64 local (its value as a number; registers that never hold an
//! unboxed number get none, which keeps engines' frames small — the
//! browser's stack holds kiln's whole recursion limit). The first read loads from memory; writes go to a local
//! only, and the registers written since the last store ("dirty") are
//! stored back, boxed, only where memory must be current:
//!
//! - at the end of a block, the registers live there (`bytecode::liveness`:
//!   every block starts from memory, since it can be entered from several
//!   places; a dead register is never read again);
//! - before anything the runtime runs (a call, a slow path), the registers
//!   the runtime reads (the op's operands, a call's arguments) and those
//!   the GC must see: live registers that may hold references. A number
//!   is not a reference, so a register known to hold one
//!   (`bytecode::numeric`, or because its f64 local holds it) may stay in
//!   its local across the call, and a dead one need not be stored at all
//!   (memory then keeps an older value, which was valid and stayed rooted)
//!   — unless that older value may be a reference
//!   (`Numeric::may_hold_references`): then the dead value is stored as
//!   the interpreter would, or the old one would keep garbage alive.
//!   In a function with exception handlers every dirty register is stored,
//!   since a handler reads memory.
//!
//! Arithmetic on numbers then runs on f64 locals, and a result is boxed
//! once, when it is stored or used as a value, instead of after every op.
//!
//! The state (which locals hold a register's current value, which are
//! dirty) is known statically along an op's *main path*: an op reads its
//! operands unconditionally at its start (`load`, `load_f64`), and a
//! register written on every path of an op (`put`/`put_f64` on fast paths,
//! `reload` after a runtime call on slow ones) is marked with `written`
//! (or `written_f64`) at its end. Side paths (an op's slow path) store
//! dirty registers with `store_for_runtime_on_path`, which changes no
//! state. Invariant: a dirty register's value is in at least one local.

use super::codegen::{box_number, reg, unbox_number, FunctionCx, FP, U};
use crate::bytecode::flow::RegSet;
use wasm_encoder::InstructionSink;

/// The cache state of a function's registers.
pub(super) struct RegCache {
    /// Local index of register 0's i64 local (register `r`'s is `first + r`).
    first: u32,
    /// The first f64 local: registers get theirs, in order of first use,
    /// from here on (`f64_local`), so only registers that ever hold an
    /// unboxed number cost the frame a slot.
    first_f64: u32,
    /// Register `r`'s f64 local, once it has one.
    f64_local: Vec<Option<u32>>,
    f64_locals_used: u32,
    /// The i64 local holds the register's current (boxed) value.
    cached: Vec<bool>,
    /// The f64 local holds the register's current value (a number).
    unboxed: Vec<bool>,
    /// ... and memory does not (yet).
    dirty: Vec<bool>,
    /// The register holds this undefined, null or boolean (set by the op
    /// that loaded the constant, forgotten at the next write or block).
    singleton: Vec<Option<u64>>,
    /// Registers known to hold numbers before the current op (`numeric`).
    pub known: RegSet,
    /// Registers live before the current op, and at the end of its block.
    pub live: RegSet,
    pub live_out: RegSet,
    /// Registers whose memory may hold a reference at some point
    /// (`Numeric::may_hold_references`): dirty ones are stored even when
    /// dead, or the older value left in memory could keep garbage alive.
    pub may_hold_ref: RegSet,
    /// The registers the current op reads.
    pub reads: Vec<u16>,
    /// The function has exception handlers: memory must be current
    /// wherever the runtime runs.
    pub handlers: bool,
}

impl RegCache {
    pub fn new(first: u32, first_f64: u32, registers: usize, handlers: bool) -> RegCache {
        RegCache {
            first,
            first_f64,
            f64_local: vec![None; registers],
            f64_locals_used: 0,
            cached: vec![false; registers],
            unboxed: vec![false; registers],
            dirty: vec![false; registers],
            singleton: vec![None; registers],
            known: RegSet::empty(registers),
            live: RegSet::full(registers),
            live_out: RegSet::full(registers),
            may_hold_ref: RegSet::full(registers),
            reads: Vec::new(),
            handlers,
        }
    }

    fn local(&self, r: u16) -> u32 {
        self.first + r as u32
    }

    /// Register `r`'s f64 local, given one on first use.
    fn local_f64(&mut self, r: u16) -> u32 {
        if let Some(local) = self.f64_local[r as usize] {
            return local;
        }
        let local = self.first_f64 + self.f64_locals_used;
        self.f64_locals_used += 1;
        self.f64_local[r as usize] = Some(local);
        local
    }

    /// The f64 local of register `r`, which holds an unboxed number.
    fn existing_local_f64(&self, r: u16) -> u32 {
        self.f64_local[r as usize].expect("an unboxed register has an f64 local")
    }

    /// How many f64 locals the function declares.
    pub fn f64_locals_used(&self) -> u32 {
        self.f64_locals_used
    }

    /// Whether register `r` must be in memory before the runtime runs.
    fn needed_by_runtime(&self, r: u16) -> bool {
        self.handlers || self.reads.contains(&r) || (self.live.contains(r) && !self.is_number(r)) || self.holds_garbage_if_skipped(r, &self.live)
    }

    /// A dead register whose memory may hold an old reference: storing
    /// its (dead) value is what frees that reference, as in the interpreter.
    fn holds_garbage_if_skipped(&self, r: u16, live: &RegSet) -> bool {
        !live.contains(r) && self.may_hold_ref.contains(r)
    }

    fn is_number(&self, r: u16) -> bool {
        self.known.contains(r) || self.unboxed[r as usize]
    }
}

impl FunctionCx<'_> {
    /// Register `r` certainly holds a number here.
    pub(super) fn is_number(&self, r: u16) -> bool {
        self.regs.is_number(r)
    }

    /// Register `r`'s number is in its f64 local and its boxed value is
    /// not at hand: an op that can work on the f64 should.
    pub(super) fn is_unboxed(&self, r: u16) -> bool {
        self.regs.unboxed[r as usize] && !self.regs.cached[r as usize]
    }

    /// Pushes register `r` (on the op's main path: caches it).
    pub(super) fn load(&mut self, s: &mut InstructionSink, r: u16) {
        let local = self.regs.local(r);
        if self.regs.cached[r as usize] {
            s.local_get(local);
        } else if self.regs.unboxed[r as usize] {
            s.local_get(self.regs.existing_local_f64(r));
            box_number(s);
            s.local_tee(local);
        } else {
            s.local_get(FP).i64_load(reg(r)).local_tee(local);
        }
        self.regs.cached[r as usize] = true;
    }

    /// Pushes register `r` on a conditional path: no state change.
    pub(super) fn load_on_path(&self, s: &mut InstructionSink, r: u16) {
        if self.regs.cached[r as usize] {
            s.local_get(self.regs.local(r));
        } else if self.regs.unboxed[r as usize] {
            s.local_get(self.regs.existing_local_f64(r));
            box_number(s);
        } else {
            s.local_get(FP).i64_load(reg(r));
        }
    }

    /// Pushes the value of register `r`, which holds a number, as an f64
    /// (on the op's main path: keeps it in the f64 local).
    pub(super) fn load_f64(&mut self, s: &mut InstructionSink, r: u16) {
        debug_assert!(self.is_number(r));
        let local = self.regs.local_f64(r);
        if !self.regs.unboxed[r as usize] {
            self.load(s, r);
            s.local_set(U);
            unbox_number(s, U);
            s.local_set(local);
            self.regs.unboxed[r as usize] = true;
        }
        s.local_get(local);
    }

    /// Pops the value on the stack into register `r`'s local. The op marks
    /// `r` as `written` once every path has put it there.
    pub(super) fn put(&self, s: &mut InstructionSink, r: u16) {
        s.local_set(self.regs.local(r));
    }

    /// Pops the f64 on the stack into register `r`'s f64 local. The op
    /// marks `r` as `written_f64` once every path has put it there.
    pub(super) fn put_f64(&mut self, s: &mut InstructionSink, r: u16) {
        s.local_set(self.regs.local_f64(r));
    }

    /// Register `r`'s i64 local holds its value on every path; memory may not.
    pub(super) fn written(&mut self, r: u16) {
        self.regs.singleton[r as usize] = None;
        self.regs.cached[r as usize] = true;
        self.regs.unboxed[r as usize] = false;
        self.regs.dirty[r as usize] = true;
    }

    /// Register `r`'s f64 local holds its value (a number) on every path.
    pub(super) fn written_f64(&mut self, r: u16) {
        self.regs.singleton[r as usize] = None;
        self.regs.cached[r as usize] = false;
        self.regs.unboxed[r as usize] = true;
        self.regs.dirty[r as usize] = true;
    }

    /// Both of register `r`'s locals hold its value (a number).
    pub(super) fn written_both(&mut self, r: u16) {
        self.regs.singleton[r as usize] = None;
        self.regs.cached[r as usize] = true;
        self.regs.unboxed[r as usize] = true;
        self.regs.dirty[r as usize] = true;
    }

    /// After the runtime wrote register `r` in memory (on a slow path): the
    /// local follows.
    pub(super) fn reload(&self, s: &mut InstructionSink, r: u16) {
        s.local_get(FP).i64_load(reg(r)).local_set(self.regs.local(r));
    }

    /// Register `r`'s i64 local and memory agree on every path (it was just
    /// reloaded after the runtime wrote it).
    pub(super) fn fresh(&mut self, r: u16) {
        self.regs.singleton[r as usize] = None;
        self.regs.cached[r as usize] = true;
        self.regs.unboxed[r as usize] = false;
        self.regs.dirty[r as usize] = false;
    }

    /// Register `r` was changed in memory on every path (its locals are stale).
    pub(super) fn forget(&mut self, r: u16) {
        self.regs.singleton[r as usize] = None;
        self.regs.cached[r as usize] = false;
        self.regs.unboxed[r as usize] = false;
        self.regs.dirty[r as usize] = false;
    }

    /// Stores a dirty register, boxing it if needed. On the main path the
    /// boxed value stays in its i64 local.
    fn store(&mut self, s: &mut InstructionSink, r: u16) {
        s.local_get(FP);
        self.load(s, r);
        s.i64_store(reg(r));
        self.regs.dirty[r as usize] = false;
    }

    /// Before the runtime runs, on the main path: stores what it may read
    /// and what the GC must see (see the module doc); those are clean after.
    pub(super) fn store_for_runtime(&mut self, s: &mut InstructionSink) {
        for r in 0..self.regs.dirty.len() as u16 {
            if self.regs.dirty[r as usize] && self.regs.needed_by_runtime(r) {
                self.store(s, r);
            }
        }
    }

    /// The same on a conditional path (before the runtime runs there): no
    /// state change.
    pub(super) fn store_for_runtime_on_path(&self, s: &mut InstructionSink) {
        for r in 0..self.regs.dirty.len() as u16 {
            if self.regs.dirty[r as usize] && self.regs.needed_by_runtime(r) {
                s.local_get(FP);
                self.load_on_path(s, r);
                s.i64_store(reg(r));
            }
        }
    }

    /// Before leaving the block (on the main path): stores the dirty
    /// registers the next blocks may read.
    pub(super) fn store_at_exit(&mut self, s: &mut InstructionSink) {
        for r in 0..self.regs.dirty.len() as u16 {
            let live_out = &self.regs.live_out;
            if self.regs.dirty[r as usize] && (self.regs.handlers || live_out.contains(r) || self.regs.holds_garbage_if_skipped(r, live_out)) {
                self.store(s, r);
            }
        }
    }

    /// At a block's start: memory holds every register.
    pub(super) fn reset_registers(&mut self) {
        self.regs.cached.iter_mut().for_each(|c| *c = false);
        self.regs.unboxed.iter_mut().for_each(|c| *c = false);
        self.regs.dirty.iter_mut().for_each(|d| *d = false);
        self.regs.singleton.iter_mut().for_each(|c| *c = None);
    }

    /// Register `r` was just written with `bits`, the boxed undefined,
    /// null or a boolean (no number, no reference): compared strictly, it
    /// equals exactly the values with the same bits.
    pub(super) fn written_singleton(&mut self, r: u16, bits: u64) {
        self.written(r);
        self.regs.singleton[r as usize] = Some(bits);
    }

    /// For `a === b` where one side is known to be undefined, null or a
    /// boolean: the other register and those bits.
    pub(super) fn strict_equality_with_singleton(&self, a: u16, b: u16) -> Option<(u16, u64)> {
        match (self.regs.singleton[a as usize], self.regs.singleton[b as usize]) {
            (_, Some(bits)) => Some((a, bits)),
            (Some(bits), None) => Some((b, bits)),
            (None, None) => None,
        }
    }
}

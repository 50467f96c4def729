//! Frame registers kept in wasm locals. The frame's registers live in
//! linear memory (the GC and the runtime's ops read them there), but inside
//! a basic block generated code works on a local copy of each: the first
//! read loads it, writes go to the local only, and the registers written
//! since the last store ("dirty") are stored back where memory must be
//! current: before anything the runtime runs (a call, a slow path) and at
//! the end of the block (every block starts from memory, since it can be
//! entered from several places). Values then stay in machine registers
//! across arithmetic and property accesses instead of going through memory
//! between every two ops.
//!
//! The state (which locals hold a register's current value, which are
//! dirty) is known statically along an op's *main path*: an op reads its
//! operands unconditionally at its start (`load`), and a register written
//! on every path of an op (`put` on fast paths, `reload` after a runtime
//! call on slow ones) is marked with `written` at its end. Side paths (an
//! op's slow path) store dirty registers with `store_dirty_on_path`, which
//! changes no state.

use super::codegen::{reg, FunctionCx, FP};
use wasm_encoder::InstructionSink;

/// The cache state of a function's registers.
pub(super) struct RegCache {
    /// Local index of register 0 (register `r` is local `first + r`).
    first: u32,
    /// The local holds the register's current value.
    cached: Vec<bool>,
    /// ... and memory does not (yet).
    dirty: Vec<bool>,
}

impl RegCache {
    pub fn new(first: u32, registers: usize) -> RegCache {
        RegCache { first, cached: vec![false; registers], dirty: vec![false; registers] }
    }

    fn local(&self, r: u16) -> u32 {
        self.first + r as u32
    }
}

impl FunctionCx<'_> {
    /// Pushes register `r` (on the op's main path: caches it).
    pub(super) fn load(&mut self, s: &mut InstructionSink, r: u16) {
        let local = self.regs.local(r);
        if self.regs.cached[r as usize] {
            s.local_get(local);
        } else {
            s.local_get(FP).i64_load(reg(r)).local_tee(local);
            self.regs.cached[r as usize] = true;
        }
    }

    /// Pushes register `r` on a conditional path: no state change.
    pub(super) fn load_on_path(&self, s: &mut InstructionSink, r: u16) {
        if self.regs.cached[r as usize] {
            s.local_get(self.regs.local(r));
        } else {
            s.local_get(FP).i64_load(reg(r));
        }
    }

    /// Pops the value on the stack into register `r`'s local. The op marks
    /// `r` as `written` once every path has put it there.
    pub(super) fn put(&self, s: &mut InstructionSink, r: u16) {
        s.local_set(self.regs.local(r));
    }

    /// After the runtime wrote register `r` in memory (on a slow path): the
    /// local follows.
    pub(super) fn reload(&self, s: &mut InstructionSink, r: u16) {
        s.local_get(FP).i64_load(reg(r)).local_set(self.regs.local(r));
    }

    /// Register `r`'s local holds its value on every path; memory may not.
    pub(super) fn written(&mut self, r: u16) {
        self.regs.cached[r as usize] = true;
        self.regs.dirty[r as usize] = true;
    }

    /// Register `r`'s local and memory agree on every path (it was just
    /// reloaded after the runtime wrote it).
    pub(super) fn fresh(&mut self, r: u16) {
        self.regs.cached[r as usize] = true;
        self.regs.dirty[r as usize] = false;
    }

    /// Register `r` was changed in memory on every path (its local is stale).
    pub(super) fn forget(&mut self, r: u16) {
        self.regs.cached[r as usize] = false;
        self.regs.dirty[r as usize] = false;
    }

    /// Stores every dirty register (on the main path: they are clean after).
    pub(super) fn store_dirty(&mut self, s: &mut InstructionSink) {
        self.store_dirty_on_path(s);
        self.regs.dirty.iter_mut().for_each(|d| *d = false);
    }

    /// Stores every dirty register on a conditional path (before the
    /// runtime runs there): no state change.
    pub(super) fn store_dirty_on_path(&self, s: &mut InstructionSink) {
        for (r, _) in self.regs.dirty.iter().enumerate().filter(|(_, d)| **d) {
            s.local_get(FP).local_get(self.regs.local(r as u16)).i64_store(reg(r as u16));
        }
    }

    /// At a block's start: memory holds every register.
    pub(super) fn reset_registers(&mut self) {
        self.regs.cached.iter_mut().for_each(|c| *c = false);
        self.regs.dirty.iter_mut().for_each(|d| *d = false);
    }
}

//! Inline paths that read the heap through the layout contract
//! (`kiln_runtime::layout`): named loads and stores that hit the site's
//! inline cache (the object's shape is one the feedback slot lists: the
//! value is at a constant slot index), environment slots, and `this`.
//! The cache is read at run time from the feedback table, so it keeps up
//! with what the interpreter and the entry points record; a miss calls
//! the op's entry point, which looks the property up and records it.
//!
//! Stores need no write barrier: the GC is a non-moving mark-sweep that
//! scans everything reachable at each collection (a generational GC would
//! need one here, as in the wasm backend's inline stores).

use super::codegen::Translator;
use crate::feedback::{Slot, MAX_POLYMORPHIC};
use crate::vm::Frame;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, InstBuilder, Value as Clif};
use kiln_compiler::bytecode::Op;
use kiln_runtime::layout;
use kiln_runtime::shape::DICTIONARY_SHAPE;
use kiln_runtime::Value;
use std::mem::{offset_of, size_of};

impl Translator<'_, '_> {
    /// The address of the cell of heap reference `v` (known to be one).
    fn cell_of(&mut self, v: Clif) -> Clif {
        let r = self.b.ins().ireduce(I32, v);
        let r = self.b.ins().uextend(I64, r);
        let chunk_index = self.b.ins().ushr_imm_u(r, layout::CHUNK_BITS as i64);
        let entry_offset = self.b.ins().imul_imm_u(chunk_index, size_of::<usize>() as i64);
        let table = self.b.ins().iconst(I64, self.addrs.chunk_table as i64);
        let entry = self.b.ins().iadd(table, entry_offset);
        let chunk = self.b.ins().load(I64, self.mem, entry, 0);
        let index = self.b.ins().band_imm_u(r, layout::CHUNK_MASK as i64);
        let offset = self.b.ins().imul_imm_u(index, layout::CELL_SIZE as i64);
        self.b.ins().iadd(chunk, offset)
    }

    /// The cell of the ordinary-layout object in register value `o`
    /// (shape mode); branches to `miss` for anything else.
    fn object_cell(&mut self, o: Clif, miss: Block) -> (Clif, Clif) {
        let is_ref = self.is_ref(o);
        let reference = self.b.create_block();
        self.b.ins().brif(is_ref, reference, &[], miss, &[]);
        self.b.switch_to_block(reference);
        let cell = self.cell_of(o);
        let tag = self.b.ins().load(I32, self.mem, cell, layout::CELL_TAG as i32);
        let is_object = self.b.ins().icmp_imm_u(IntCC::Equal, tag, layout::CELL_OBJECT as i64);
        let object = self.b.create_block();
        self.b.ins().brif(is_object, object, &[], miss, &[]);
        self.b.switch_to_block(object);
        let shape = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SHAPE as i32);
        let dictionary = self.b.ins().icmp_imm_u(IntCC::Equal, shape, DICTIONARY_SHAPE.0 as i64);
        let shaped = self.b.create_block();
        self.b.ins().brif(dictionary, miss, &[], shaped, &[]);
        self.b.switch_to_block(shaped);
        (cell, shape)
    }

    /// The address of property slot `slot` of the object at `cell`, when
    /// the site `fb` caches its shape; else branches to `miss`.
    fn cached_slot(&mut self, o: Clif, fb: u32, miss: Block) -> Clif {
        let (cell, shape) = self.object_cell(o, miss);
        let site = self.addrs.feedback + (self.addrs.first_slot + fb as usize) * size_of::<Slot>();
        let site = self.b.ins().iconst(I64, site as i64);
        let found = self.b.create_block();
        let index = self.b.append_block_param(found, I32);
        for i in 0..MAX_POLYMORPHIC {
            let known = self.b.ins().load(I32, self.mem, site, (offset_of!(Slot, shapes) + 4 * i) as i32);
            let hit = self.b.ins().icmp(IntCC::Equal, known, shape);
            let on_hit = self.b.create_block();
            let next = if i + 1 == MAX_POLYMORPHIC { miss } else { self.b.create_block() };
            self.b.ins().brif(hit, on_hit, &[], next, &[]);
            self.b.switch_to_block(on_hit);
            let slot = self.b.ins().load(I32, self.mem, site, (offset_of!(Slot, slots) + 4 * i) as i32);
            self.b.ins().jump(found, &[slot.into()]);
            if next != miss {
                self.b.switch_to_block(next);
            }
        }
        self.b.switch_to_block(found);
        let len = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SLOTS_LEN as i32);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let in_bounds = self.b.create_block();
        self.b.ins().brif(inside, in_bounds, &[], miss, &[]);
        self.b.switch_to_block(in_bounds);
        let heap = self.b.ins().load(I64, self.mem, cell, layout::OBJECT_SLOTS_HEAP as i32);
        let inline = self.b.ins().iadd_imm_u(cell, layout::OBJECT_SLOTS_INLINE as i64);
        let spilled = self.b.ins().icmp_imm_u(IntCC::NotEqual, heap, 0);
        let base = self.b.ins().select(spilled, heap, inline);
        let index = self.b.ins().uextend(I64, index);
        let offset = self.b.ins().imul_imm_u(index, 8);
        self.b.ins().iadd(base, offset)
    }

    /// `dst = obj.name` through the site's inline cache.
    pub(super) fn get_named(&mut self, pc: usize, op: Op, dst: u16, obj: u16, fb: u32) -> bool {
        let o = self.load_reg(obj);
        let miss = self.b.create_block();
        let address = self.cached_slot(o, fb, miss);
        let v = self.b.ins().load(I64, self.mem, address, 0);
        self.store_reg(dst, v);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(miss);
        self.slow_path(pc, op);
        true
    }

    /// `obj.name = src` into an existing writable slot the site caches.
    pub(super) fn set_named(&mut self, pc: usize, op: Op, obj: u16, src: u16, fb: u32) -> bool {
        let o = self.load_reg(obj);
        let miss = self.b.create_block();
        let address = self.cached_slot(o, fb, miss);
        let v = self.load_reg(src);
        self.b.ins().store(self.mem, v, address, 0);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(miss);
        self.slow_path(pc, op);
        true
    }

    /// The address of slot `slot` of the environment `depth` hops up.
    fn env_slot(&mut self, depth: u16, slot: u16) -> Clif {
        let mut env = self.b.ins().load(I64, self.mem, self.frame, offset_of!(Frame, env) as i32);
        for _ in 0..depth {
            let cell = self.cell_of(env);
            env = self.b.ins().load(I64, self.mem, cell, layout::ENV_PARENT as i32);
        }
        let cell = self.cell_of(env);
        let slots = self.b.ins().load(I64, self.mem, cell, layout::ENV_SLOTS as i32);
        self.b.ins().iadd_imm_u(slots, slot as i64 * 8)
    }

    pub(super) fn load_env(&mut self, pc: usize, dst: u16, depth: u16, slot: u16) -> bool {
        let address = self.env_slot(depth, slot);
        let v = self.b.ins().load(I64, self.mem, address, 0);
        self.store_reg(dst, v);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        true
    }

    /// `LoadEnvChecked`: the TDZ marker goes to the entry point (which throws).
    pub(super) fn load_env_checked(&mut self, pc: usize, op: Op, dst: u16, depth: u16, slot: u16) -> bool {
        let address = self.env_slot(depth, slot);
        let v = self.b.ins().load(I64, self.mem, address, 0);
        self.store_or_slow(pc, op, dst, v, Value::UNINITIALIZED);
        true
    }

    pub(super) fn store_env(&mut self, pc: usize, src: u16, depth: u16, slot: u16) -> bool {
        let address = self.env_slot(depth, slot);
        let v = self.load_reg(src);
        self.b.ins().store(self.mem, v, address, 0);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        true
    }

    /// `dst = this`; a derived constructor's `this` before `super()` goes
    /// to the entry point (which throws).
    pub(super) fn load_this(&mut self, pc: usize, op: Op, dst: u16) -> bool {
        let this = self.b.ins().load(I64, self.mem, self.frame, offset_of!(Frame, this) as i32);
        self.store_or_slow(pc, op, dst, this, Value::UNINITIALIZED);
        true
    }

    /// Stores `v` in `dst` and goes on, unless it is `bad` (then the op's
    /// entry point runs).
    fn store_or_slow(&mut self, pc: usize, op: Op, dst: u16, v: Clif, bad: Value) {
        let is_bad = self.b.ins().icmp_imm_u(IntCC::Equal, v, bad.0 as i64);
        let ok = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(is_bad, slow, &[], ok, &[]);
        self.b.switch_to_block(ok);
        self.store_reg(dst, v);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(slow);
        self.slow_path(pc, op);
    }
}

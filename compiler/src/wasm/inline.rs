//! Code the wasm backend emits inline instead of calling the runtime:
//! property loads and stores answered by the site's inline cache (the
//! feedback slot the runtime fills on a miss), closure-environment reads
//! and writes (calls are in `calls`).
//! Each reads runtime memory at the offsets of `abi` (the layout contract,
//! checked against runtime.wasm's own build); every miss falls back to the
//! op's runtime entry point, which means exactly what the interpreter does.

use super::abi::*;
use super::codegen::{reg, FunctionCx, CELL, CHUNKS, ENV, FEEDBACK, FP, K, SHAPE, X};
use super::link::LinkError;
use crate::bytecode::Op;
use wasm_encoder::{BlockType, InstructionSink, MemArg, ValType};

pub(super) fn mem32(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 2, memory_index: 0 }
}

pub(super) fn mem64(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 3, memory_index: 0 }
}

/// `value.UNINITIALIZED`: a binding in its temporal dead zone.
const UNINITIALIZED_BITS: u64 = 0xFFFE_0000_0000_0002;

/// Pushes the address of the cell referenced by the value in local `v`
/// (which must hold a reference), through the chunk table in local `chunks`.
pub(super) fn cell_address(s: &mut InstructionSink, v: u32, chunks: u32) {
    s.local_get(chunks);
    s.local_get(v).i32_wrap_i64().i32_const(CHUNK_BITS as i32).i32_shr_u().i32_const(2).i32_shl().i32_add();
    s.i32_load(mem32(0));
    s.local_get(v).i32_wrap_i64().i32_const(((1u32 << CHUNK_BITS) - 1) as i32).i32_and();
    s.i32_const(CELL_SIZE as i32).i32_mul().i32_add();
}

impl FunctionCx<'_> {
    /// Byte offset of site `fb`'s feedback slot from the function's `FEEDBACK`.
    fn slot_offset(fb: u32) -> u32 {
        fb * FEEDBACK_SLOT_SIZE
    }

    /// Leaves, for the object in register `obj` whose shape site `fb` has
    /// cached: `CELL` = its cell, `K` = the property's slot; otherwise
    /// branches `br miss_depth` (relative to the caller's nesting, counted
    /// before this code).
    fn probe_own_slot(&mut self, s: &mut InstructionSink, obj: u16, fb: u32, miss_depth: u32) {
        s.local_get(FP).i64_load(reg(obj)).local_tee(X);
        // A reference?
        s.i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(miss_depth);
        cell_address(s, X, CHUNKS);
        s.local_tee(CELL).i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(miss_depth);
        s.local_get(CELL).i32_load(mem32(OBJECT_SHAPE)).local_set(SHAPE);
        // The site's shapes; unused entries never match.
        s.block(BlockType::Empty); // found
        let base = Self::slot_offset(fb);
        for i in 0..FEEDBACK_POLYMORPHIC {
            s.local_get(SHAPE).local_get(FEEDBACK).i32_load(mem32(base + FEEDBACK_SHAPES + 4 * i)).i32_eq();
            s.if_(BlockType::Empty);
            s.local_get(FEEDBACK).i32_load(mem32(base + FEEDBACK_SLOTS + 4 * i)).local_set(K);
            s.br(1);
            s.end();
        }
        s.br(miss_depth + 1);
        s.end();
    }

    /// Pushes the address of value `K` of the object in `CELL`: in its
    /// spilled array when it has one, else inline.
    fn slot_address(s: &mut InstructionSink) {
        s.local_get(CELL).i32_load(mem32(OBJECT_SLOTS_HEAP));
        s.local_get(CELL).i32_const(OBJECT_SLOTS_INLINE as i32).i32_add();
        s.local_get(CELL).i32_load(mem32(OBJECT_SLOTS_HEAP));
        s.select();
        s.local_get(K).i32_const(3).i32_shl().i32_add();
    }

    /// `dst = obj.name` through the site's own-property cache inline; then
    /// the runtime's probe of its prototype-chain cache; the full op last.
    pub(super) fn get_named(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, obj: u16, fb: u32) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        self.probe_own_slot(s, obj, fb, 0);
        s.local_get(FP);
        Self::slot_address(s);
        s.i64_load(mem64(0)).i64_store(reg(dst));
        s.br(1);
        s.end();
        self.nesting += 1;
        let result = self.cached_get_named(s, pc, op, dst, obj, fb);
        self.nesting -= 1;
        s.end();
        result
    }

    /// `obj.name = src` into a cached own slot inline; the runtime otherwise.
    pub(super) fn set_named(&mut self, s: &mut InstructionSink, pc: usize, op: Op, obj: u16, src: u16, fb: u32) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        self.probe_own_slot(s, obj, fb, 0);
        Self::slot_address(s);
        s.local_get(FP).i64_load(reg(src)).i64_store(mem64(0));
        s.br(1);
        s.end();
        self.nesting += 1;
        let result = self.cached_set_named(s, pc, op, obj, src, fb);
        self.nesting -= 1;
        s.end();
        result
    }

    /// Pushes the address of the slots of the environment `depth` hops up
    /// the chain from the frame's (`ENV`).
    fn env_slots(s: &mut InstructionSink, depth: u16) {
        s.local_get(ENV).local_set(X);
        for _ in 0..depth {
            cell_address(s, X, CHUNKS);
            s.i64_load(mem64(ENV_PARENT)).local_set(X);
        }
        cell_address(s, X, CHUNKS);
        s.i32_load(mem32(ENV_SLOTS));
    }

    /// `dst = env[depth][slot]` inline.
    pub(super) fn load_env(&mut self, s: &mut InstructionSink, dst: u16, depth: u16, slot: u16) {
        s.local_get(FP);
        Self::env_slots(s, depth);
        s.i64_load(mem64(8 * slot as u32)).i64_store(reg(dst));
    }

    /// `dst = env[depth][slot]` inline unless the binding is uninitialized
    /// (then the runtime throws the ReferenceError).
    pub(super) fn load_env_checked(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, depth: u16, slot: u16) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // in the dead zone
        Self::env_slots(s, depth);
        s.i64_load(mem64(8 * slot as u32)).local_tee(X);
        s.i64_const(UNINITIALIZED_BITS as i64).i64_eq().br_if(0);
        s.local_get(FP).local_get(X).i64_store(reg(dst));
        s.br(1);
        self.runtime_fallback(s, pc, op)
    }

    /// `env[depth][slot] = src` inline.
    pub(super) fn store_env(&mut self, s: &mut InstructionSink, src: u16, depth: u16, slot: u16) {
        Self::env_slots(s, depth);
        s.local_get(FP).i64_load(reg(src)).i64_store(mem64(8 * slot as u32));
    }

    /// After an op that may have changed the frame's environment.
    pub(super) fn reload_env(&mut self, s: &mut InstructionSink) {
        s.call(self.imports.frame_env).local_set(ENV);
    }
}

/// The locals every generated function declares after its parameters
/// (`FP`, `ENV`, `THIS`), in index order (see `codegen`'s constants).
pub(super) const LOCALS: [(u32, ValType); 4] = [
    (2, ValType::I32), // BLOCK, STATUS
    (3, ValType::I64), // X, Y, R
    (1, ValType::F64), // D
    (8, ValType::I32), // I, CHUNKS, FEEDBACK, CELL, K, SHAPE, IDX, FRAME
];

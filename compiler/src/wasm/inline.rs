//! Code the wasm backend emits inline instead of calling the runtime:
//! property loads and stores answered by the site's inline cache (the
//! feedback slot the runtime fills on a miss), closure-environment reads
//! and writes (calls are in `calls`).
//! Each reads runtime memory at the offsets of `abi` (the layout contract,
//! checked against runtime.wasm's own build); every miss falls back to the
//! op's runtime entry point, which means exactly what the interpreter does.

use super::abi::*;
use super::codegen::{FunctionCx, CELL, CHUNKS, ENV, EPOCH, FEEDBACK, INT32_HIGH, K, SHAPE, X, Y};
use super::link::LinkError;
use crate::bytecode::Op;
use wasm_encoder::{BlockType, InstructionSink, MemArg, ValType};

pub(super) fn mem32(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 2, memory_index: 0 }
}

pub(super) fn mem8(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 0, memory_index: 0 }
}

pub(super) fn mem64(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 3, memory_index: 0 }
}

/// `Value::UNINITIALIZED`: a binding in its temporal dead zone.
pub(super) const UNINITIALIZED_BITS: u64 = 0xFFFE_0000_0000_0002;
/// `Value::HOLE`: a missing array element.
const HOLE_BITS: u64 = 0xFFFE_0000_0000_0001;

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

    /// Leaves the value of register `reg_index` (loaded on the op's main
    /// path) in `X` and, when it is a reference to an object, its cell in
    /// `CELL`; otherwise `br miss`.
    fn object_cell(&mut self, s: &mut InstructionSink, reg_index: u16, miss: u32) {
        self.load(s, reg_index);
        s.local_tee(X);
        s.i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(miss);
        cell_address(s, X, CHUNKS);
        s.local_tee(CELL).i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(miss);
    }

    /// Inside a `found` block (`br 0` from its body reaches its end, where
    /// the caller reads slot `K` of `CELL`): for the object in `CELL`, the
    /// site's own-property entries, then (`with_proto`) its prototype-chain
    /// entries, which switch `CELL` to the holder. Falls through when none
    /// matches.
    pub(super) fn probe_caches(s: &mut InstructionSink, fb: u32, with_proto: bool) {
        let base = Self::slot_offset(fb);
        s.local_get(CELL).i32_load(mem32(OBJECT_SHAPE)).local_set(SHAPE);
        // Own properties: unused entries never match.
        for i in 0..FEEDBACK_POLYMORPHIC {
            s.local_get(SHAPE).local_get(FEEDBACK).i32_load(mem32(base + FEEDBACK_SHAPES + 4 * i)).i32_eq();
            s.if_(BlockType::Empty);
            s.local_get(FEEDBACK).i32_load(mem32(base + FEEDBACK_SLOTS + 4 * i)).local_set(K);
            s.br(1);
            s.end();
        }
        if !with_proto {
            return;
        }
        // Prototype-chain hits: the receiver's shape and prototype, and the
        // epoch (which vouches for every object up to the holder).
        s.local_get(CELL).i64_load(mem64(OBJECT_PROTO)).local_set(Y);
        for i in 0..FEEDBACK_POLYMORPHIC {
            let hit = base + FEEDBACK_PROTO_HITS + PROTO_HIT_SIZE * i;
            s.local_get(SHAPE).local_get(FEEDBACK).i32_load(mem32(hit + PROTO_HIT_SHAPE)).i32_eq();
            s.local_get(Y).local_get(FEEDBACK).i64_load(mem64(hit + PROTO_HIT_PROTO)).i64_eq();
            s.i32_and();
            s.local_get(EPOCH).i64_load(mem64(0)).local_get(FEEDBACK).i64_load(mem64(hit + PROTO_HIT_EPOCH)).i64_eq();
            s.i32_and();
            s.if_(BlockType::Empty);
            s.local_get(FEEDBACK).i32_load(mem32(hit + PROTO_HIT_SLOT)).local_set(K);
            s.local_get(FEEDBACK).i32_load(mem32(hit + PROTO_HIT_HOLDER)).i64_extend_i32_u().local_set(X);
            cell_address(s, X, CHUNKS);
            s.local_set(CELL);
            s.br(1);
            s.end();
        }
    }

    /// Pushes the address of value `K` of the object in `CELL`: in its
    /// spilled array when it has one, else inline.
    pub(super) fn slot_address(s: &mut InstructionSink) {
        s.local_get(CELL).i32_load(mem32(OBJECT_SLOTS_HEAP));
        s.local_get(CELL).i32_const(OBJECT_SLOTS_INLINE as i32).i32_add();
        s.local_get(CELL).i32_load(mem32(OBJECT_SLOTS_HEAP));
        s.select();
        s.local_get(K).i32_const(3).i32_shl().i32_add();
    }

    /// `dst = obj.name` answered by the site's caches inline (own
    /// properties, then prototype-chain hits; an array's `length` for a
    /// `length` site); then the runtime's probe (string receivers); the
    /// full op last.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn get_named(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, obj: u16, fb: u32, is_length: bool) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        s.block(BlockType::Empty); // found: slot K of CELL
        self.load(s, obj);
        s.drop();
        if is_length {
            self.string_length(s, obj, dst, 2);
        }
        self.object_cell(s, obj, 1);
        if is_length {
            self.array_length(s, dst, 2);
        }
        Self::probe_caches(s, fb, true);
        s.br(1);
        s.end();
        Self::slot_address(s);
        s.i64_load(mem64(0));
        self.put(s, dst);
        s.br(1);
        s.end();
        self.nesting += 1;
        self.cached_get_named(s, pc, op, dst, obj, fb)?;
        self.nesting -= 1;
        s.end();
        self.written(dst);
        Ok(())
    }

    /// For a string in register `obj`: `dst = its length` (from the
    /// runtime) and `br done`.
    fn string_length(&mut self, s: &mut InstructionSink, obj: u16, dst: u16, done: u32) {
        self.load_on_path(s, obj);
        s.local_tee(X);
        s.i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_eq();
        s.if_(BlockType::Empty);
        cell_address(s, X, CHUNKS);
        s.i32_load(mem32(CELL_TAG)).i32_const(CELL_STRING as i32).i32_eq();
        s.if_(BlockType::Empty);
        s.local_get(X).call(self.imports.string_length);
        self.put(s, dst);
        s.br(done + 2);
        s.end();
        s.end();
    }

    /// For an array in `CELL`: `dst = its length` and `br done`.
    fn array_length(&self, s: &mut InstructionSink, dst: u16, done: u32) {
        s.local_get(CELL).i32_load(mem32(OBJECT_CLASS)).i32_const(CLASS_ARRAY as i32).i32_eq();
        s.if_(BlockType::Empty);
        // max(dense count, sparse length): an int32 below 2^31, else a double.
        s.local_get(CELL).i32_load(mem32(ARRAY_DENSE_LEN));
        s.local_get(CELL).i32_load(mem32(ARRAY_SPARSE_LEN));
        s.local_get(CELL).i32_load(mem32(ARRAY_DENSE_LEN));
        s.local_get(CELL).i32_load(mem32(ARRAY_SPARSE_LEN));
        s.i32_gt_u().select().local_set(K);
        s.local_get(K).i64_extend_i32_u().i64_const(int32_bits(0) as i64).i64_or();
        s.local_get(K).f64_convert_i32_u().i64_reinterpret_f64();
        s.local_get(K).i32_const(0).i32_ge_s();
        s.select();
        self.put(s, dst);
        s.br(done + 1);
        s.end();
    }

    /// `obj.name = src` into a cached own slot inline, or as the site's
    /// cached property addition when it applies and the value fits the
    /// object's storage; the runtime otherwise.
    pub(super) fn set_named(&mut self, s: &mut InstructionSink, pc: usize, op: Op, obj: u16, src: u16, fb: u32) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        s.block(BlockType::Empty); // found
        self.load(s, src);
        s.drop();
        self.object_cell(s, obj, 1);
        Self::probe_caches(s, fb, false);
        self.add_property(s, src, fb, 2);
        s.br(1);
        s.end();
        Self::slot_address(s);
        self.load_on_path(s, src);
        s.i64_store(mem64(0));
        s.br(1);
        s.end();
        self.nesting += 1;
        let result = self.cached_set_named(s, pc, op, obj, src, fb);
        self.nesting -= 1;
        s.end();
        result
    }

    /// The site's cached property addition, for the object in `CELL` (whose
    /// shape is in `SHAPE`): when it applies (same shape, prototype and
    /// epoch; an ordinary, extensible, unwatched object) and the object has
    /// room for one more value, appends the value in register `src`, moves
    /// the object to the new shape and `br done`. Falls through otherwise.
    fn add_property(&self, s: &mut InstructionSink, src: u16, fb: u32, done: u32) {
        let t = Self::slot_offset(fb) + FEEDBACK_TRANSITION;
        s.local_get(SHAPE).local_get(FEEDBACK).i32_load(mem32(t + TRANSITION_FROM)).i32_eq();
        s.local_get(CELL).i64_load(mem64(OBJECT_PROTO)).local_get(FEEDBACK).i64_load(mem64(t + TRANSITION_PROTO)).i64_eq();
        s.i32_and();
        s.local_get(EPOCH).i64_load(mem64(0)).local_get(FEEDBACK).i64_load(mem64(t + TRANSITION_EPOCH)).i64_eq();
        s.i32_and();
        s.local_get(CELL).i32_load8_u(mem8(OBJECT_EXTENSIBLE));
        s.i32_and();
        s.local_get(CELL).i32_load8_u(mem8(OBJECT_WATCHED)).i32_eqz();
        s.i32_and();
        s.local_get(CELL).i32_load(mem32(OBJECT_CLASS)).i32_const(CLASS_ORDINARY as i32).i32_eq();
        s.i32_and();
        s.if_(BlockType::Empty);
        // Room: inline while none spilled, else below the spilled capacity.
        s.local_get(CELL).i32_load(mem32(OBJECT_SLOTS_LEN)).local_set(K);
        s.local_get(CELL).i32_load(mem32(OBJECT_SLOTS_HEAP));
        s.if_(BlockType::Empty);
        s.local_get(K).local_get(CELL).i32_load(mem32(OBJECT_SLOTS_CAPACITY)).i32_lt_u().local_set(SHAPE);
        s.else_();
        s.local_get(K).i32_const(INLINE_SLOTS as i32).i32_lt_u().local_set(SHAPE);
        s.end();
        s.local_get(SHAPE);
        s.if_(BlockType::Empty);
        Self::slot_address(s);
        self.load_on_path(s, src);
        s.i64_store(mem64(0));
        s.local_get(CELL).local_get(K).i32_const(1).i32_add().i32_store(mem32(OBJECT_SLOTS_LEN));
        s.local_get(CELL).local_get(FEEDBACK).i32_load(mem32(t + TRANSITION_TO)).i32_store(mem32(OBJECT_SHAPE));
        s.br(done + 2);
        s.end();
        s.end();
    }

    /// Leaves in `K` the address of dense element `key` of the array in
    /// register `obj` when it is one and the element exists (not a hole);
    /// otherwise `br miss`.
    fn dense_element(&mut self, s: &mut InstructionSink, obj: u16, key: u16, miss: u32) {
        self.load(s, obj);
        s.drop();
        self.load(s, key);
        s.local_tee(Y);
        s.i64_const(32).i64_shr_u().i64_const(INT32_HIGH).i64_ne().br_if(miss);
        self.object_cell(s, obj, miss);
        s.local_get(CELL).i32_load(mem32(OBJECT_CLASS)).i32_const(CLASS_ARRAY as i32).i32_ne().br_if(miss);
        // A negative int32 is a huge unsigned index: past any dense length.
        s.local_get(Y).i32_wrap_i64().local_get(CELL).i32_load(mem32(ARRAY_DENSE_LEN)).i32_ge_u().br_if(miss);
        s.local_get(CELL).i32_load(mem32(ARRAY_DENSE_PTR)).local_get(Y).i32_wrap_i64().i32_const(3).i32_shl().i32_add().local_tee(K);
        s.i64_load(mem64(0)).i64_const(HOLE_BITS as i64).i64_eq().br_if(miss);
    }

    /// `dst = obj[key]` for an existing dense array element inline.
    pub(super) fn get_indexed(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, obj: u16, key: u16) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        self.dense_element(s, obj, key, 0);
        s.local_get(K).i64_load(mem64(0));
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// `obj[key] = src` into an existing dense array element inline.
    pub(super) fn set_indexed(&mut self, s: &mut InstructionSink, pc: usize, op: Op, obj: u16, key: u16, src: u16) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        self.load(s, src);
        s.drop();
        s.block(BlockType::Empty); // miss
        self.dense_element(s, obj, key, 0);
        s.local_get(K);
        self.load_on_path(s, src);
        s.i64_store(mem64(0));
        s.br(1);
        self.runtime_fallback(s, pc, op)
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
        Self::env_slots(s, depth);
        s.i64_load(mem64(8 * slot as u32));
        self.put(s, dst);
    }

    /// `dst = env[depth][slot]` inline unless the binding is uninitialized
    /// (then the runtime throws the ReferenceError).
    pub(super) fn load_env_checked(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, depth: u16, slot: u16) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // in the dead zone
        Self::env_slots(s, depth);
        s.i64_load(mem64(8 * slot as u32)).local_tee(X);
        s.i64_const(UNINITIALIZED_BITS as i64).i64_eq().br_if(0);
        s.local_get(X);
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// `env[depth][slot] = src` inline.
    pub(super) fn store_env(&mut self, s: &mut InstructionSink, src: u16, depth: u16, slot: u16) {
        Self::env_slots(s, depth);
        self.load(s, src);
        s.i64_store(mem64(8 * slot as u32));
    }

    /// After an op that may have changed the frame's environment.
    pub(super) fn reload_env(&mut self, s: &mut InstructionSink) {
        s.call(self.imports.frame_env).local_set(ENV);
    }
}

/// The locals every generated function declares after its parameters
/// (`FP`, `ENV`, `THIS`), in index order (see `codegen`'s constants).
pub(super) const LOCALS: [(u32, ValType); 7] = [
    (2, ValType::I32), // BLOCK, STATUS
    (3, ValType::I64), // X, Y, R
    (1, ValType::F64), // D
    (8, ValType::I32), // I, CHUNKS, FEEDBACK, CELL, K, SHAPE, FRAME, EPOCH
    (1, ValType::I64), // U
    (3, ValType::F64), // FA, FB, BD
    (1, ValType::I32), // BI
];

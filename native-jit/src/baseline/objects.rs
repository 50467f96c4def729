//! Inline paths that read the heap through the layout contract
//! (`kiln_runtime::layout`): named loads and stores that hit the site's
//! inline cache (the object's shape is one the feedback slot lists: the
//! value is at a constant slot index; for loads also a prototype-chain hit
//! the epoch vouches for), existing dense array elements at int32 indices,
//! environment slots, and `this`.
//! The cache is read at run time from the feedback table, so it keeps up
//! with what the interpreter and the entry points record; a miss calls
//! the op's entry point, which looks the property up and records it.
//!
//! Stores need no write barrier: the GC is a non-moving mark-sweep that
//! scans everything reachable at each collection (a generational GC would
//! need one here, as in the wasm backend's inline stores).

use super::codegen::Translator;
use crate::feedback::{ProtoHit, Slot, Transition, MAX_POLYMORPHIC};
use crate::vm::Frame;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64, I8};
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

    /// Code goes on in a new block when `cond` holds, else to `miss`.
    fn continue_if(&mut self, cond: Clif, miss: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(cond, next, &[], miss, &[]);
        self.b.switch_to_block(next);
    }

    /// Code goes to `miss` when `cond` holds, else on in a new block.
    fn miss_if(&mut self, cond: Clif, miss: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(cond, miss, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    /// The cell of the ordinary-layout object in register value `o`
    /// (shape mode); branches to `miss` for anything else.
    fn object_cell(&mut self, o: Clif, miss: Block) -> (Clif, Clif) {
        let is_ref = self.is_ref(o);
        self.continue_if(is_ref, miss);
        let cell = self.cell_of(o);
        let tag = self.b.ins().load(I32, self.mem, cell, layout::CELL_TAG as i32);
        let is_object = self.b.ins().icmp_imm_u(IntCC::Equal, tag, layout::CELL_OBJECT as i64);
        self.continue_if(is_object, miss);
        let shape = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SHAPE as i32);
        let dictionary = self.b.ins().icmp_imm_u(IntCC::Equal, shape, DICTIONARY_SHAPE.0 as i64);
        self.miss_if(dictionary, miss);
        (cell, shape)
    }

    /// The address of the value the site `fb` caches for object `o`: an own
    /// property of a shape the site lists or, for loads (`with_proto`), a
    /// prototype-chain hit (receiver shape, prototype and `proto_epoch`
    /// match: the epoch vouches for every object up to the holder). Else
    /// branches to `miss`.
    ///
    /// The own entries' miss goes to `own_miss` for stores (None: `miss`):
    /// there the value is known to be an object in shape mode.
    fn cached_slot(&mut self, o: Clif, fb: u32, miss: Block, with_proto: bool, own_miss: Option<Block>) -> Clif {
        let (cell, shape) = self.object_cell(o, miss);
        let site = self.addrs.feedback + (self.addrs.first_slot + fb as usize) * size_of::<Slot>();
        let site = self.b.ins().iconst(I64, site as i64);
        let found = self.b.create_block();
        let holder = self.b.append_block_param(found, I64);
        let index = self.b.append_block_param(found, I32);
        let proto_checks = if with_proto { self.b.create_block() } else { own_miss.unwrap_or(miss) };
        // The entries are probed by a loop rather than unrolled: a quarter of
        // the code to compile, and a monomorphic hit is found at once.
        let own = self.b.create_block();
        let i = self.b.append_block_param(own, I32);
        let zero = self.b.ins().iconst(I32, 0);
        self.b.ins().jump(own, &[zero.into()]);
        self.b.switch_to_block(own);
        let entry = self.entry_address(site, i, 4);
        let known = self.b.ins().load(I32, self.mem, entry, offset_of!(Slot, shapes) as i32);
        let hit = self.b.ins().icmp(IntCC::Equal, known, shape);
        let on_hit = self.b.create_block();
        let next = self.b.create_block();
        self.b.ins().brif(hit, on_hit, &[], next, &[]);
        self.b.switch_to_block(on_hit);
        let slot = self.b.ins().load(I32, self.mem, entry, offset_of!(Slot, slots) as i32);
        self.b.ins().jump(found, &[cell.into(), slot.into()]);
        self.b.switch_to_block(next);
        self.next_entry(i, own, proto_checks);
        if with_proto {
            self.b.switch_to_block(proto_checks);
            let proto = self.b.ins().load(I64, self.mem, cell, layout::OBJECT_PROTO as i32);
            let epoch = self.b.ins().iconst(I64, self.addrs.proto_epoch as i64);
            let epoch = self.b.ins().load(I64, self.mem, epoch, 0);
            let hits = self.b.create_block();
            let i = self.b.append_block_param(hits, I32);
            let zero = self.b.ins().iconst(I32, 0);
            self.b.ins().jump(hits, &[zero.into()]);
            self.b.switch_to_block(hits);
            let hit = self.entry_address(site, i, size_of::<ProtoHit>());
            let base = offset_of!(Slot, proto_hits) as i32;
            let known_shape = self.b.ins().load(I32, self.mem, hit, base + offset_of!(ProtoHit, receiver_shape) as i32);
            let known_proto = self.b.ins().load(I64, self.mem, hit, base + offset_of!(ProtoHit, receiver_proto) as i32);
            let known_epoch = self.b.ins().load(I64, self.mem, hit, base + offset_of!(ProtoHit, epoch) as i32);
            let same_shape = self.b.ins().icmp(IntCC::Equal, known_shape, shape);
            let same_proto = self.b.ins().icmp(IntCC::Equal, known_proto, proto);
            let same_epoch = self.b.ins().icmp(IntCC::Equal, known_epoch, epoch);
            let same = self.b.ins().band(same_shape, same_proto);
            let same = self.b.ins().band(same, same_epoch);
            let on_hit = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(same, on_hit, &[], next, &[]);
            self.b.switch_to_block(on_hit);
            let holder_ref = self.b.ins().load(I32, self.mem, hit, base + offset_of!(ProtoHit, holder) as i32);
            let holder_ref = self.b.ins().uextend(I64, holder_ref);
            let holder_cell = self.cell_of(holder_ref);
            let slot = self.b.ins().load(I32, self.mem, hit, base + offset_of!(ProtoHit, slot) as i32);
            self.b.ins().jump(found, &[holder_cell.into(), slot.into()]);
            self.b.switch_to_block(next);
            self.next_entry(i, hits, miss);
        }
        self.b.switch_to_block(found);
        let cell = holder;
        let len = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SLOTS_LEN as i32);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.continue_if(inside, miss);
        let heap = self.b.ins().load(I64, self.mem, cell, layout::OBJECT_SLOTS_HEAP as i32);
        let inline = self.b.ins().iadd_imm_u(cell, layout::OBJECT_SLOTS_INLINE as i64);
        let spilled = self.b.ins().icmp_imm_u(IntCC::NotEqual, heap, 0);
        let base = self.b.ins().select(spilled, heap, inline);
        let index = self.b.ins().uextend(I64, index);
        let offset = self.b.ins().imul_imm_u(index, 8);
        self.b.ins().iadd(base, offset)
    }

    /// The address of entry `i` of a site's arrays of `stride`-byte entries.
    fn entry_address(&mut self, site: Clif, i: Clif, stride: usize) -> Clif {
        let i = self.b.ins().uextend(I64, i);
        let offset = self.b.ins().imul_imm_u(i, stride as i64);
        self.b.ins().iadd(site, offset)
    }

    /// The end of a probe loop's iteration `i`: the next entry, or `done`
    /// after the last.
    fn next_entry(&mut self, i: Clif, probe: Block, done: Block) {
        let next = self.b.ins().iadd_imm_s(i, 1);
        let more = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, next, MAX_POLYMORPHIC as i64);
        self.b.ins().brif(more, probe, &[next.into()], done, &[]);
    }

    /// `dst = obj.name` through the site's inline caches.
    pub(super) fn get_named(&mut self, pc: usize, op: Op, dst: u16, obj: u16, fb: u32) -> bool {
        let o = self.load_reg(obj);
        let miss = self.b.create_block();
        let address = self.cached_slot(o, fb, miss, true, None);
        self.load_or_slow_path(pc, op, dst, address, miss)
    }

    /// The fast path's end: `dst` = the value at `address`, on to the next
    /// op; `miss` runs the op's slow path.
    fn load_or_slow_path(&mut self, pc: usize, op: Op, dst: u16, address: Clif, miss: Block) -> bool {
        let v = self.b.ins().load(I64, self.mem, address, 0);
        self.store_reg(dst, v);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(miss);
        self.slow_path(pc, op);
        true
    }

    /// The address of element `key` of the array in register value `o`
    /// when `key` is an int32 below the array's dense count and the element
    /// is not a hole (what `exec`'s own fast path checks); else branches to
    /// `miss` (a negative index is a huge unsigned one: past the count).
    fn dense_element(&mut self, o: Clif, key: Clif, miss: Block) -> Clif {
        let is_int = self.is_int(key);
        self.continue_if(is_int, miss);
        let is_ref = self.is_ref(o);
        self.continue_if(is_ref, miss);
        let cell = self.cell_of(o);
        let tag = self.b.ins().load(I32, self.mem, cell, layout::CELL_TAG as i32);
        let class = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_CLASS as i32);
        let is_object = self.b.ins().icmp_imm_u(IntCC::Equal, tag, layout::CELL_OBJECT as i64);
        let is_array = self.b.ins().icmp_imm_u(IntCC::Equal, class, layout::CLASS_ARRAY as i64);
        let array = self.b.ins().band(is_object, is_array);
        self.continue_if(array, miss);
        let index = self.b.ins().ireduce(I32, key);
        let count = self.b.ins().load(I32, self.mem, cell, layout::ARRAY_DENSE_LEN as i32);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, count);
        self.continue_if(inside, miss);
        let elements = self.b.ins().load(I64, self.mem, cell, layout::ARRAY_DENSE_PTR as i32);
        let index = self.b.ins().uextend(I64, index);
        let offset = self.b.ins().imul_imm_u(index, 8);
        let address = self.b.ins().iadd(elements, offset);
        let v = self.b.ins().load(I64, self.mem, address, 0);
        let hole = self.b.ins().icmp_imm_u(IntCC::Equal, v, Value::HOLE.0 as i64);
        self.miss_if(hole, miss);
        address
    }

    /// `dst = obj[key]` for an existing dense array element.
    pub(super) fn get_indexed(&mut self, pc: usize, op: Op, dst: u16, obj: u16, key: u16) -> bool {
        let (o, k) = (self.load_reg(obj), self.load_reg(key));
        let miss = self.b.create_block();
        let address = self.dense_element(o, k, miss);
        self.load_or_slow_path(pc, op, dst, address, miss)
    }

    /// `obj[key] = src` into an existing dense array element.
    pub(super) fn set_indexed(&mut self, pc: usize, op: Op, obj: u16, key: u16, src: u16) -> bool {
        let (o, k) = (self.load_reg(obj), self.load_reg(key));
        let miss = self.b.create_block();
        let address = self.dense_element(o, k, miss);
        let v = self.load_reg(src);
        self.b.ins().store(self.mem, v, address, 0);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(miss);
        self.slow_path(pc, op);
        true
    }

    /// `obj.name = src` into an existing writable slot the site caches, or
    /// as the site's cached property addition (`add_property`).
    pub(super) fn set_named(&mut self, pc: usize, op: Op, obj: u16, src: u16, fb: u32) -> bool {
        let o = self.load_reg(obj);
        let miss = self.b.create_block();
        let add = self.b.create_block();
        let address = self.cached_slot(o, fb, miss, false, Some(add));
        let v = self.load_reg(src);
        self.b.ins().store(self.mem, v, address, 0);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(add);
        // (The object's cell and shape are found again rather than kept
        // live through the probe loop: measured, keeping them cost nbody's
        // stores ~5% more instructions.)
        let o = self.load_reg(obj);
        let cell = self.cell_of(o);
        let shape = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SHAPE as i32);
        self.add_property(pc, fb, cell, shape, src, miss);
        self.b.switch_to_block(miss);
        self.slow_path(pc, op);
        true
    }

    /// The site's cached property addition for the object at `cell` (of
    /// `shape`), as `ic::ic_transition` makes it: when the transition
    /// applies (same shape, prototype and `proto_epoch`; an ordinary,
    /// extensible, unwatched object) and the object has room for one more
    /// value without growing, appends register `src`'s value, moves the
    /// object to the new shape and goes on; else branches to `miss` (the
    /// entry grows the storage).
    fn add_property(&mut self, pc: usize, fb: u32, cell: Clif, shape: Clif, src: u16, miss: Block) {
        let t = self.addrs.feedback + (self.addrs.first_slot + fb as usize) * size_of::<Slot>() + offset_of!(Slot, transition);
        let t = self.b.ins().iconst(I64, t as i64);
        let from = self.b.ins().load(I32, self.mem, t, offset_of!(Transition, from) as i32);
        let known_proto = self.b.ins().load(I64, self.mem, t, offset_of!(Transition, proto) as i32);
        let known_epoch = self.b.ins().load(I64, self.mem, t, offset_of!(Transition, epoch) as i32);
        let proto = self.b.ins().load(I64, self.mem, cell, layout::OBJECT_PROTO as i32);
        let epoch = self.b.ins().iconst(I64, self.addrs.proto_epoch as i64);
        let epoch = self.b.ins().load(I64, self.mem, epoch, 0);
        let extensible = self.b.ins().load(I8, self.mem, cell, layout::OBJECT_EXTENSIBLE as i32);
        let watched = self.b.ins().load(I8, self.mem, cell, layout::OBJECT_WATCHED as i32);
        let class = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_CLASS as i32);
        let same_shape = self.b.ins().icmp(IntCC::Equal, from, shape);
        let same_proto = self.b.ins().icmp(IntCC::Equal, known_proto, proto);
        let same_epoch = self.b.ins().icmp(IntCC::Equal, known_epoch, epoch);
        let extensible = self.b.ins().icmp_imm_u(IntCC::NotEqual, extensible, 0);
        let unwatched = self.b.ins().icmp_imm_u(IntCC::Equal, watched, 0);
        let ordinary = self.b.ins().icmp_imm_u(IntCC::Equal, class, layout::CLASS_ORDINARY as i64);
        let mut applies = self.b.ins().band(same_shape, same_proto);
        for condition in [same_epoch, extensible, unwatched, ordinary] {
            applies = self.b.ins().band(applies, condition);
        }
        self.continue_if(applies, miss);
        // Room: inline while nothing spilled, else below the spilled capacity.
        let len = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SLOTS_LEN as i32);
        let capacity = self.b.ins().load(I32, self.mem, cell, layout::OBJECT_SLOTS_CAPACITY as i32);
        let heap = self.b.ins().load(I64, self.mem, cell, layout::OBJECT_SLOTS_HEAP as i32);
        let spilled = self.b.ins().icmp_imm_u(IntCC::NotEqual, heap, 0);
        let inline_room = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, len, kiln_runtime::slots::INLINE as i64);
        let heap_room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, capacity);
        let room = self.b.ins().select(spilled, heap_room, inline_room);
        self.continue_if(room, miss);
        let inline = self.b.ins().iadd_imm_u(cell, layout::OBJECT_SLOTS_INLINE as i64);
        let base = self.b.ins().select(spilled, heap, inline);
        let index = self.b.ins().uextend(I64, len);
        let offset = self.b.ins().imul_imm_u(index, 8);
        let address = self.b.ins().iadd(base, offset);
        let v = self.load_reg(src);
        self.b.ins().store(self.mem, v, address, 0);
        let new_len = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(self.mem, new_len, cell, layout::OBJECT_SLOTS_LEN as i32);
        let to = self.b.ins().load(I32, self.mem, t, offset_of!(Transition, to) as i32);
        self.b.ins().store(self.mem, to, cell, layout::OBJECT_SHAPE as i32);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
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

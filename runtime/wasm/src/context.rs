//! The context block: the addresses generated code reads at fixed offsets
//! (`kiln_compiler::wasm::abi::CTX_*`) instead of calling into the runtime
//! for them: the heap's chunk table and collection counters, the feedback
//! table, the register stack and frame records, the depth limit and the
//! interrupt flag, the global object. All are set once the VM exists, at
//! its final address, and none ever moves. This file also checks, at
//! compile time, that the layout constants generated code uses are the
//! ones of this very wasm32 build.

use core::cell::Cell;
use core::mem::{offset_of, size_of};
use kiln_compiler::wasm::abi;
use kiln_native_jit::{FixedStack, Frame, ProtoHit, Slot, Transition, Vm, MAX_POLYMORPHIC};
use kiln_runtime::layout;
use kiln_runtime::Value;

#[repr(C)]
pub(crate) struct Context {
    chunk_table: Cell<u32>,
    feedback: Cell<u32>,
    /// The VM's register stack and frame records (`FixedStack`s).
    registers: Cell<u32>,
    frames: Cell<u32>,
    /// The call-depth limit, and the count of natives running (which the
    /// limit counts too).
    max_depth: Cell<u32>,
    native_depth: Cell<u32>,
    /// The interrupt flag (a byte, non-zero to stop).
    interrupt: Cell<u32>,
    /// The heap's allocation count and collection threshold (`usize`s).
    heap_allocated: Cell<u32>,
    heap_threshold: Cell<u32>,
    /// The global object (sloppy-mode `this`).
    global: Cell<u64>,
    /// The runtime's prototype epoch (a u64).
    proto_epoch: Cell<u32>,
    /// The builtins of `abi::MATH_INTRINSICS`, in order.
    math: [Cell<u64>; abi::MATH_INTRINSICS.len()],
}

/// Holds the context in a static.
struct Shared(Context);

// SAFETY: wasm32-unknown-unknown runs one thread.
unsafe impl Sync for Shared {}

/// Exported (as a wasm global holding its address) so the code generator
/// can compile the block's address into generated code as a constant.
#[no_mangle]
static KILN_CONTEXT: Shared = Shared(Context {
    chunk_table: Cell::new(0),
    feedback: Cell::new(0),
    registers: Cell::new(0),
    frames: Cell::new(0),
    max_depth: Cell::new(0),
    native_depth: Cell::new(0),
    interrupt: Cell::new(0),
    heap_allocated: Cell::new(0),
    heap_threshold: Cell::new(0),
    global: Cell::new(0),
    proto_epoch: Cell::new(0),
    math: [const { Cell::new(abi::IC_MISS_BITS) }; abi::MATH_INTRINSICS.len()],
});

/// Records the VM's tables and counters (after `Vm::new`, with the VM at
/// its final address: none of them ever moves).
pub(crate) fn set_tables(vm: &Vm) {
    let address = |p: *const u8| p as usize as u32;
    let c = &KILN_CONTEXT.0;
    c.chunk_table.set(address(vm.rt.heap.chunk_table() as *const u8));
    c.feedback.set(address(vm.feedback.table() as *const u8));
    c.registers.set(address(&vm.stack as *const _ as *const u8));
    c.frames.set(address(&vm.frames as *const _ as *const u8));
    c.max_depth.set(vm.options.max_call_depth as u32);
    c.native_depth.set(address(vm.native_depth_address() as *const u8));
    c.interrupt.set(address(std::sync::Arc::as_ptr(&vm.interrupt) as *const u8));
    let (allocated, threshold) = vm.rt.heap.gc_counters();
    c.heap_allocated.set(address(allocated as *const u8));
    c.heap_threshold.set(address(threshold as *const u8));
    c.global.set(vm.rt.global.0);
    c.proto_epoch.set(address(vm.rt.proto_epoch_address() as *const u8));
    for (cell, (name, _)) in c.math.iter().zip(abi::MATH_INTRINSICS) {
        cell.set(builtin_at_path(vm, name).map_or(abi::IC_MISS_BITS, |f| f.0));
    }
}

/// The value at a dotted path of data properties from the global object
/// (`"Math.sqrt"`), if every step is there.
fn builtin_at_path(vm: &Vm, path: &str) -> Option<Value> {
    let mut v = vm.rt.global;
    for step in path.split('.') {
        let units: Vec<u16> = step.encode_utf16().collect();
        let key = kiln_runtime::shape::PropKey::Atom(vm.rt.atoms.find(&units)?);
        match vm.rt.get_own(v, key) {
            kiln_runtime::property::OwnProp::Slot(value, flags) if !flags.is_accessor() => v = value,
            _ => return None,
        }
    }
    Some(v)
}

/// The running frame's environment (`abi::FRAME_ENV`), after an op that
/// changed it.
#[no_mangle]
pub extern "C" fn kiln_frame_env() -> i64 {
    let vm = crate::entry::vm();
    vm.frames.last().map_or(Value::UNDEFINED, |f| f.env).0 as i64
}

/// A safepoint of generated code (`abi::SAFEPOINT`): collects garbage
/// when due. Every value generated code holds is in a register or a frame.
#[no_mangle]
pub extern "C" fn kiln_safepoint() {
    crate::entry::vm().safepoint();
}

// The contract of `abi` holds for this build.
const _: () = {
    assert!(offset_of!(Context, registers) == abi::CTX_REGISTERS as usize);
    assert!(offset_of!(Context, frames) == abi::CTX_FRAMES as usize);
    assert!(offset_of!(Context, max_depth) == abi::CTX_MAX_DEPTH as usize);
    assert!(offset_of!(Context, native_depth) == abi::CTX_NATIVE_DEPTH as usize);
    assert!(offset_of!(Context, interrupt) == abi::CTX_INTERRUPT as usize);
    assert!(offset_of!(Context, heap_allocated) == abi::CTX_HEAP_ALLOCATED as usize);
    assert!(offset_of!(Context, heap_threshold) == abi::CTX_HEAP_THRESHOLD as usize);
    assert!(offset_of!(Context, global) == abi::CTX_GLOBAL as usize);
    assert!(offset_of!(Context, proto_epoch) == abi::CTX_PROTO_EPOCH as usize);
    assert!(offset_of!(Context, math) == abi::CTX_MATH as usize);
    assert!(layout::OBJECT_PROTO == abi::OBJECT_PROTO as usize);
    assert!(layout::OBJECT_SLOTS_LEN == abi::OBJECT_SLOTS_LEN as usize);
    assert!(layout::OBJECT_SLOTS_CAPACITY == abi::OBJECT_SLOTS_CAPACITY as usize);
    assert!(layout::OBJECT_EXTENSIBLE == abi::OBJECT_EXTENSIBLE as usize);
    assert!(layout::OBJECT_WATCHED == abi::OBJECT_WATCHED as usize);
    assert!(layout::CLASS_ORDINARY == abi::CLASS_ORDINARY);
    assert!(layout::CLASS_NATIVE == abi::CLASS_NATIVE);
    assert!(kiln_runtime::slots::INLINE == abi::INLINE_SLOTS as usize);
    assert!(offset_of!(Slot, transition) == abi::FEEDBACK_TRANSITION as usize);
    assert!(offset_of!(Transition, from) == abi::TRANSITION_FROM as usize);
    assert!(offset_of!(Transition, to) == abi::TRANSITION_TO as usize);
    assert!(offset_of!(Transition, proto) == abi::TRANSITION_PROTO as usize);
    assert!(offset_of!(Transition, epoch) == abi::TRANSITION_EPOCH as usize);
    assert!(layout::CLASS_ARRAY == abi::CLASS_ARRAY);
    assert!(layout::ARRAY_DENSE_PTR == abi::ARRAY_DENSE_PTR as usize);
    assert!(layout::ARRAY_DENSE_LEN == abi::ARRAY_DENSE_LEN as usize);
    assert!(layout::ARRAY_SPARSE_LEN == abi::ARRAY_SPARSE_LEN as usize);
    assert!(offset_of!(Slot, proto_hits) == abi::FEEDBACK_PROTO_HITS as usize);
    assert!(size_of::<ProtoHit>() == abi::PROTO_HIT_SIZE as usize);
    assert!(offset_of!(ProtoHit, receiver_shape) == abi::PROTO_HIT_SHAPE as usize);
    assert!(offset_of!(ProtoHit, holder) == abi::PROTO_HIT_HOLDER as usize);
    assert!(offset_of!(ProtoHit, receiver_proto) == abi::PROTO_HIT_PROTO as usize);
    assert!(offset_of!(ProtoHit, epoch) == abi::PROTO_HIT_EPOCH as usize);
    assert!(offset_of!(ProtoHit, slot) == abi::PROTO_HIT_SLOT as usize);
    assert!(FixedStack::<Value>::PTR_OFFSET == abi::STACK_PTR as usize);
    assert!(FixedStack::<Value>::LEN_OFFSET == abi::STACK_LEN as usize);
    assert!(FixedStack::<Value>::CAPACITY_OFFSET == abi::STACK_CAPACITY as usize);
    assert!(FixedStack::<Frame>::PTR_OFFSET == abi::STACK_PTR as usize);
    assert!(FixedStack::<Frame>::LEN_OFFSET == abi::STACK_LEN as usize);
    assert!(FixedStack::<Frame>::CAPACITY_OFFSET == abi::STACK_CAPACITY as usize);
    assert!(size_of::<Frame>() == abi::FRAME_SIZE as usize);
    assert!(offset_of!(Frame, env) == abi::FRAME_ENV as usize);
    assert!(offset_of!(Frame, callee) == abi::FRAME_CALLEE as usize);
    assert!(offset_of!(Frame, this) == abi::FRAME_THIS as usize);
    assert!(offset_of!(Frame, new_target) == abi::FRAME_NEW_TARGET as usize);
    assert!(offset_of!(Frame, func) == abi::FRAME_FUNC as usize);
    assert!(offset_of!(Frame, pc) == abi::FRAME_PC as usize);
    assert!(offset_of!(Frame, base) == abi::FRAME_BASE as usize);
    assert!(offset_of!(Frame, kept_args) == abi::FRAME_KEPT_ARGS as usize);
    assert!(offset_of!(Frame, return_register) == abi::FRAME_RETURN_REGISTER as usize);
    assert!(Frame::NO_RETURN_DST == abi::NO_RETURN_REGISTER);
    assert!(layout::OBJECT_CLASS == abi::OBJECT_CLASS as usize);
    assert!(layout::CLASS_CLOSURE == abi::CLASS_CLOSURE);
    assert!(layout::CLOSURE_FUNC == abi::CLOSURE_FUNC as usize);
    assert!(layout::CLOSURE_ENV == abi::CLOSURE_ENV as usize);
    assert!(layout::CLOSURE_THIS == abi::CLOSURE_THIS as usize);
    assert!(layout::CLOSURE_FLAVOR == abi::CLOSURE_FLAVOR as usize);
    assert!(kiln_runtime::object::FuncFlavor::Normal as u32 == abi::FLAVOR_NORMAL);
    assert!(kiln_runtime::object::FuncFlavor::BaseClass as u32 == abi::FLAVOR_BASE_CLASS);
    assert!(kiln_runtime::object::FuncFlavor::DerivedClass as u32 == abi::FLAVOR_DERIVED_CLASS);
    assert!(offset_of!(Context, chunk_table) == abi::CTX_CHUNK_TABLE as usize);
    assert!(offset_of!(Context, feedback) == abi::CTX_FEEDBACK as usize);
    assert!(layout::CHUNK_BITS == abi::CHUNK_BITS);
    assert!(layout::CELL_SIZE == abi::CELL_SIZE as usize);
    assert!(layout::CELL_TAG == abi::CELL_TAG as usize);
    assert!(layout::CELL_OBJECT == abi::CELL_OBJECT);
    assert!(layout::CELL_ENV == abi::CELL_ENV);
    assert!(layout::CELL_STRING == abi::CELL_STRING);
    assert!(layout::OBJECT_SHAPE == abi::OBJECT_SHAPE as usize);
    assert!(layout::OBJECT_SLOTS_INLINE == abi::OBJECT_SLOTS_INLINE as usize);
    assert!(layout::OBJECT_SLOTS_HEAP == abi::OBJECT_SLOTS_HEAP as usize);
    assert!(layout::ENV_PARENT == abi::ENV_PARENT as usize);
    assert!(layout::ENV_SLOTS == abi::ENV_SLOTS as usize);
    assert!(size_of::<Slot>() == abi::FEEDBACK_SLOT_SIZE as usize);
    assert!(MAX_POLYMORPHIC == abi::FEEDBACK_POLYMORPHIC as usize);
    assert!(offset_of!(Slot, shapes) == abi::FEEDBACK_SHAPES as usize);
    assert!(offset_of!(Slot, slots) == abi::FEEDBACK_SLOTS as usize);
    assert!(kiln_runtime::value::TAG_REF == abi::TAG_REF);
};

//! The context block: the addresses generated code reads at fixed offsets
//! (`kiln_compiler::wasm::abi::CTX_*`) instead of calling into the runtime
//! for them, namely the heap's chunk table and the feedback table (set once
//! the VM exists; neither ever moves) and the frame being entered: its
//! registers, environment and `this` (set before generated code runs a
//! function). This file also checks, at
//! compile time, that the layout constants generated code uses are the
//! ones of this very wasm32 build.

use core::cell::Cell;
use core::mem::{offset_of, size_of};
use kiln_compiler::wasm::abi;
use kiln_native_jit::{Slot, Vm, MAX_POLYMORPHIC};
use kiln_runtime::layout;
use kiln_runtime::Value;

#[repr(C)]
pub(crate) struct Context {
    chunk_table: Cell<u32>,
    feedback: Cell<u32>,
    frame_base: Cell<u32>,
    frame_env: Cell<u64>,
    frame_this: Cell<u64>,
}

/// Holds the context in a static.
struct Shared(Context);

// SAFETY: wasm32-unknown-unknown runs one thread.
unsafe impl Sync for Shared {}

static CONTEXT: Shared = Shared(Context { chunk_table: Cell::new(0), feedback: Cell::new(0), frame_base: Cell::new(0), frame_env: Cell::new(0), frame_this: Cell::new(0) });

/// Records the VM's tables (after `Vm::new`; they never move).
pub(crate) fn set_tables(vm: &Vm) {
    CONTEXT.0.chunk_table.set(vm.rt.heap.chunk_table() as usize as u32);
    CONTEXT.0.feedback.set(vm.feedback.table() as usize as u32);
}

/// Records the frame generated code is about to run (the top one).
pub(crate) fn set_frame(vm: &Vm) {
    let frame = vm.frames.last().expect("a frame to run");
    CONTEXT.0.frame_base.set(vm.stack.frame(frame.base) as usize as u32);
    CONTEXT.0.frame_env.set(frame.env.0);
    CONTEXT.0.frame_this.set(frame.this.0);
}

/// The context block's address (`abi::CONTEXT`).
#[no_mangle]
pub extern "C" fn kiln_context() -> i32 {
    &CONTEXT.0 as *const Context as usize as i32
}

/// The running frame's environment (`abi::FRAME_ENV`), after an op that
/// changed it.
#[no_mangle]
pub extern "C" fn kiln_frame_env() -> i64 {
    let vm = crate::entry::vm();
    vm.frames.last().map_or(Value::UNDEFINED, |f| f.env).0 as i64
}

// The contract of `abi` holds for this build.
const _: () = {
    assert!(offset_of!(Context, chunk_table) == abi::CTX_CHUNK_TABLE as usize);
    assert!(offset_of!(Context, feedback) == abi::CTX_FEEDBACK as usize);
    assert!(offset_of!(Context, frame_base) == abi::CTX_FRAME_BASE as usize);
    assert!(offset_of!(Context, frame_env) == abi::CTX_FRAME_ENV as usize);
    assert!(offset_of!(Context, frame_this) == abi::CTX_FRAME_THIS as usize);
    assert!(layout::CHUNK_BITS == abi::CHUNK_BITS);
    assert!(layout::CELL_SIZE == abi::CELL_SIZE as usize);
    assert!(layout::CELL_TAG == abi::CELL_TAG as usize);
    assert!(layout::CELL_OBJECT == abi::CELL_OBJECT);
    assert!(layout::CELL_ENV == abi::CELL_ENV);
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

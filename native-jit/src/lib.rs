//! kiln's native engine: the bytecode interpreter (tier 0) with inline
//! caches and type feedback, invocation and back-edge counters that the
//! Cranelift tiers will read.
//!
//! `vm` holds the machine state and calls; `interp` is the dispatch loop,
//! with `enter` (frames it enters without recursing), `ic` (inline caches) and `slow_paths` beside it; `feedback` the
//! per-site feedback slots; `loader` prepares a program's constants;
//! `report` formats uncaught exceptions like node. `baseline` is tier 1
//! (Cranelift, native targets only), `tiering` says when code moves there.

#[cfg(not(target_arch = "wasm32"))]
mod baseline;
mod enter;
mod feedback;
mod fixed_stack;
mod ic;
pub mod exec;
mod interp;
mod loader;
mod registers;
mod report;
mod slow_paths;
mod tiering;
mod vm;

pub use feedback::{Callee, Counters, Feedback, ProtoHit, Slot, Transition, MAX_POLYMORPHIC, NO_SHAPE};
pub use enter::{call_native, construct_receiver};
pub use ic::{cached_global_load, cached_named_load, cached_named_store};
pub use fixed_stack::FixedStack;
pub use registers::RegisterStack;
pub use vm::{Executor, Frame, FrameStack, RunError, Vm, VmOptions};

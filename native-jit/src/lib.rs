//! kiln's native engine: the bytecode interpreter (tier 0) with inline
//! caches and type feedback, invocation and back-edge counters that the
//! Cranelift tiers will read.
//!
//! `vm` holds the machine state and calls; `interp` is the dispatch loop,
//! with `ic` (inline caches) and `slow_paths` beside it; `feedback` the
//! per-site feedback slots; `loader` prepares a program's constants;
//! `report` formats uncaught exceptions like node.

mod feedback;
mod ic;
pub mod exec;
mod interp;
mod loader;
mod report;
mod slow_paths;
mod vm;

pub use feedback::{FunctionFeedback, Slot};
pub use ic::{cached_named_load, cached_named_store};
pub use vm::{Executor, Frame, RunError, Vm, VmOptions};

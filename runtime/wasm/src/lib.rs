//! runtime.wasm: kiln's runtime and the VM core of native-jit compiled to
//! wasm32-unknown-unknown. `kiln build` merges it with the program's
//! generated functions into one module; the generated `_start` copies the
//! program image into memory from `kiln_alloc` and calls `kiln_main`.
//!
//! The module's only imports are WASI's `fd_write` and `proc_exit` (`wasi`),
//! so it runs in the stock wasmtime CLI, node's WASI and the playground.
//! `entry` holds the exports and the one global `Vm`; `output` the buffered
//! console; `memory` turns allocation failure into a clean exit; `stack`
//! watches the shadow stack; `libcalls` the per-op entry points generated
//! code calls; `context` the addresses it reads directly. Off wasm32 this crate is empty.

#[cfg(target_arch = "wasm32")]
mod context;
#[cfg(target_arch = "wasm32")]
mod entry;
#[cfg(target_arch = "wasm32")]
mod libcalls;
#[cfg(target_arch = "wasm32")]
mod memory;
#[cfg(target_arch = "wasm32")]
mod output;
#[cfg(target_arch = "wasm32")]
mod stack;
#[cfg(target_arch = "wasm32")]
mod wasi;

#[cfg(target_arch = "wasm32")]
pub use stack::stack_low_water;

//! The WebAssembly backend: bytecode → wasm functions, merged with the runtime into one module.

pub mod link;
pub mod abi;
mod calls;
mod compact;
pub mod codegen;
mod inline;
mod regs;
pub mod module;

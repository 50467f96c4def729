//! kiln's frontend and bytecode. The pipeline reads top to bottom like the
//! data-flow diagram in DESIGN.md:
//!
//! source → `lexer` → `parser` → `ast` → `resolver` (scopes, slots, captures,
//! TDZ) → `emitter` → `bytecode::Program`
//!
//! This crate does no IO and depends on no back end, so it builds for wasm32
//! (the playground compiles in the browser) and its output is plain data that
//! the interpreter, the JIT tiers and the wasm backend all consume.

pub mod ast;
pub mod atoms;
pub mod bytecode;
pub mod diagnostic;
pub mod emitter;
pub mod lexer;
pub mod parser;
pub mod resolver;
pub mod span;
pub mod wasm;

pub use atoms::AtomTable;
pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use span::{LineCol, LineIndex, Span};

pub use emitter::CompileOptions;

/// Parses and compiles a program to bytecode.
pub fn compile(source: &str, options: CompileOptions) -> Result<bytecode::Program, Diagnostic> {
    let mut atoms = AtomTable::new();
    let ast = parser::parse(source, &mut atoms)?;
    emitter::compile(&ast, atoms, options)
}

//! A compiled program: the function table (function 0 is the top-level
//! script), each function's code, constants, exception handlers, source
//! positions and feedback-slot count.

use super::ops::{Op, Reg};
use crate::ast::Atom;
use crate::atoms::AtomTable;

/// A constant-pool entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Number(f64),
    /// A string; also used for property names (`Name` operands).
    String(Atom),
}

/// What kind of callable a function is (mirrors the runtime's flavours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionFlavor {
    /// The top-level script.
    Script,
    Normal,
    Arrow,
    Method,
    BaseClass,
    DerivedClass,
}

/// An exception handler: a throw at an instruction in `[start, end)` jumps
/// to `target` with the exception in register `exception`. Handlers are
/// listed innermost first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub exception: Reg,
}

#[derive(Clone, Debug)]
pub struct FunctionCode {
    /// The function's `name` property (may be empty).
    pub name: Atom,
    pub flavor: FunctionFlavor,
    pub strict: bool,
    /// Declared parameter count (the function's `length`).
    pub param_count: u16,
    /// Registers the frame needs (parameters occupy the first ones).
    pub register_count: u16,
    pub code: Vec<Op>,
    pub constants: Vec<Constant>,
    pub handlers: Vec<Handler>,
    /// Source byte offset of each instruction (parallel to `code`), for
    /// stack traces and error positions.
    pub positions: Vec<u32>,
    pub feedback_slots: u32,
    /// Byte offset where the function starts in the source.
    pub span_start: u32,
    /// Byte offset where its source text ends (`Function.prototype.toString`).
    pub span_end: u32,
    /// True for class constructors that are the implicit default one.
    pub is_default_constructor: bool,
    /// The frame keeps all actual arguments (for `arguments` objects).
    pub keeps_arguments: bool,
}

#[derive(Clone, Debug)]
pub struct Program {
    pub functions: Vec<FunctionCode>,
    pub atoms: AtomTable,
}

impl Program {
    /// The top-level script function.
    pub const MAIN: u32 = 0;

    pub fn function(&self, index: u32) -> &FunctionCode {
        &self.functions[index as usize]
    }
}

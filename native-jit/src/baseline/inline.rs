//! Fast paths the baseline tier compiles inline instead of calling an
//! op's entry point: register moves and constants first. Each returns
//! false when it does not handle the op (the caller then calls the entry).

use super::codegen::Translator;
use kiln_compiler::bytecode::Op;

impl Translator<'_, '_> {
    /// Compiles `op` (instruction `pc`) inline if it has a fast path here.
    pub(super) fn inline(&mut self, _pc: usize, _op: Op) -> bool {
        false
    }
}

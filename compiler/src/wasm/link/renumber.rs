//! The re-encoder that moves every function reference (calls, `ref.func`,
//! elements, start, names) to the function's index in the linked module.
//! Runtime and generated bodies go through the same one.

use wasm_encoder::reencode::{Error, Reencode};

use super::error::LinkError;
use super::reachability::FunctionMap;

pub(super) struct Renumber<'m> {
    pub functions: &'m FunctionMap,
}

impl Reencode for Renumber<'_> {
    type Error = LinkError;

    fn function_index(&mut self, old_index: u32) -> Result<u32, Error<LinkError>> {
        self.functions.new_index(old_index).ok_or_else(|| {
            Error::UserError(LinkError::new(format!(
                "function {old_index} was dropped as unreachable but is still referenced"
            )))
        })
    }
}

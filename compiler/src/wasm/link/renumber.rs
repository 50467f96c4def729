//! The re-encoder that moves every function reference (calls, `ref.func`,
//! elements, start, names) to the function's index in the linked module,
//! and generated code's data segment numbers past the runtime's segments.
//! Runtime and generated bodies go through the same one.

use wasm_encoder::reencode::{Error, Reencode};

use super::error::LinkError;
use super::reachability::FunctionMap;

pub(super) struct Renumber<'m> {
    pub functions: &'m FunctionMap,
    pub data: DataMap,
}

/// How data segment numbers move: the runtime's `runtime_old` segments
/// become `runtime_new` ones (when the linker rewrote them, `rewritten`),
/// and generated segments follow.
pub(super) struct DataMap {
    pub runtime_old: u32,
    pub runtime_new: u32,
    pub rewritten: bool,
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

    fn data_index(&mut self, old_index: u32) -> Result<u32, Error<LinkError>> {
        let data = &self.data;
        if old_index >= data.runtime_old {
            Ok(old_index - data.runtime_old + data.runtime_new)
        } else if data.rewritten {
            // Rewritten segments have no stable numbers; rustc's code never
            // names its active segments.
            Err(Error::UserError(LinkError::new(format!(
                "code refers to runtime data segment {old_index}, which the linker rewrote"
            ))))
        } else {
            Ok(old_index)
        }
    }
}

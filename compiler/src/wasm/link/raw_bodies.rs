//! Function bodies copied as bytes, with only their index fields rewritten.
//!
//! Decoding every instruction of every kept body and encoding it again
//! (wasm-encoder's re-encoder) was most of `kiln build`'s time. Linking
//! changes only function indices (calls, `ref.func`) and generated code's
//! data segment numbers, and the linker knows where they are without
//! re-encoding: in the runtime from its relocations (`relocs`: wasm-ld
//! relocates every function index in code), in generated code from the one
//! decoding reachability does anyway (it has no relocations). The bytes
//! between those fields are copied.
//!
//! A copy is what the re-encoder writes: each field is written back as the
//! shortest LEB of its value, as wasm-encoder writes every immediate.
//! wasm-ld pads the fields it relocates to five bytes, so the runtime's
//! other relocated fields (types, globals, tables, addresses) are fields
//! here too, written back shortest with their value unchanged; every other
//! byte of rustc's and wasm-encoder's code is already in its shortest form.
//!
//! That relocations name every function index of a runtime body is checked
//! by decoding: on every link in debug builds, and over the runtime.wasm
//! `kiln` embeds by a test (`check_bodies`); the runtime is fixed when kiln
//! is built. The same test checks that the copy and the re-encoding agree
//! byte for byte.

use std::ops::Range;

use wasm_encoder::Encode;
use wasmparser::{BinaryReader, FunctionBody, Operator};

use super::error::LinkError;
use super::renumber::Renumber;
use wasm_encoder::reencode::Reencode;

/// What a field of a body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    /// A function index (old numbering): of `call`/`return_call`, or of
    /// `ref.func` when `reference`.
    Function { index: u32, reference: bool },
    /// A data segment number (old numbering): `memory.init`, `data.drop`.
    Data(u32),
    /// An unsigned LEB linking keeps (type, global, table, memory offset).
    Unsigned(u32),
    /// A signed LEB linking keeps (an `i32.const` address or table slot).
    Signed(i32),
}

/// One field: where it starts in its body (the body's first byte, its
/// locals count, is 0), how many bytes it has there, what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Field {
    pub at: u32,
    pub len: u8,
    pub value: Value,
}

/// The fields of many bodies, in one vector: each body's are in order of
/// position and do not overlap.
#[derive(Default)]
pub(super) struct BodyFields {
    fields: Vec<Field>,
    ranges: Vec<Range<usize>>,
}

impl BodyFields {
    pub fn new(bodies: usize) -> BodyFields {
        BodyFields { fields: Vec::new(), ranges: vec![0..0; bodies] }
    }

    /// The fields of body `body`.
    pub fn of(&self, body: usize) -> &[Field] {
        self.ranges.get(body).map_or(&[], |range| &self.fields[range.clone()])
    }

    /// Appends a field to body `body`, whose fields must be the last ones
    /// added. `None` if it would overlap or precede the previous one.
    pub fn push(&mut self, body: usize, field: Field) -> Option<()> {
        let range = self.ranges.get_mut(body)?;
        if range.start == range.end {
            *range = self.fields.len()..self.fields.len();
        } else if range.end != self.fields.len() {
            return None;
        }
        if let Some(last) = self.fields[range.clone()].last() {
            if last.at + u32::from(last.len) > field.at {
                return None;
            }
        }
        self.fields.push(field);
        range.end += 1;
        Some(())
    }
}

/// Reads the unsigned LEB at `at` of `bytes`: (value, length).
pub(super) fn read_unsigned(bytes: &[u8], at: usize) -> Option<(u32, u8)> {
    let mut reader = BinaryReader::new(bytes.get(at..)?, 0);
    let value = reader.read_var_u32().ok()?;
    Some((value, reader.current_position() as u8))
}

/// Reads the signed LEB at `at` of `bytes`: (value, length).
pub(super) fn read_signed(bytes: &[u8], at: usize) -> Option<(i32, u8)> {
    let mut reader = BinaryReader::new(bytes.get(at..)?, 0);
    let value = reader.read_var_i32().ok()?;
    Some((value, reader.current_position() as u8))
}

/// The field of an operator that linking renumbers, if it has one:
/// `operator` was decoded at `offset` of `body` (`base` is the body's
/// offset in the same numbering).
pub(super) fn renumbered_field(
    operator: &Operator,
    offset: usize,
    body: &[u8],
    base: usize,
) -> Result<Option<Field>, LinkError> {
    let (value, prefixed) = match *operator {
        Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
            (Value::Function { index: function_index, reference: false }, false)
        }
        Operator::RefFunc { function_index } => (Value::Function { index: function_index, reference: true }, false),
        Operator::MemoryInit { data_index, .. } | Operator::DataDrop { data_index } => (Value::Data(data_index), true),
        _ => return Ok(None),
    };
    let unreadable = || LinkError::new(format!("cannot read the index of the instruction at offset {offset}"));
    // The index follows the one-byte opcode, or the 0xfc prefix and its
    // LEB sub-opcode.
    let mut at = offset.checked_sub(base).ok_or_else(unreadable)? + 1;
    if prefixed {
        at += usize::from(read_unsigned(body, at).ok_or_else(unreadable)?.1);
    }
    let (index, len) = read_unsigned(body, at).ok_or_else(unreadable)?;
    let decoded = match value {
        Value::Function { index, .. } | Value::Data(index) => index,
        _ => unreachable!("only indices are renumbered"),
    };
    if index != decoded {
        return Err(unreadable());
    }
    let at = u32::try_from(at).map_err(|_| unreadable())?;
    Ok(Some(Field { at, len, value }))
}

/// Writes `body` with its fields rewritten (functions and data segments
/// renumbered, every field shortest) to `out`, replacing its contents.
pub(super) fn copy_body(
    body: &[u8],
    fields: &[Field],
    renumber: &mut Renumber,
    out: &mut Vec<u8>,
) -> Result<(), LinkError> {
    out.clear();
    let mut copied = 0usize;
    for field in fields {
        let at = field.at as usize;
        out.extend_from_slice(body.get(copied..at).ok_or_else(|| LinkError::new("a field outside its body"))?);
        match field.value {
            Value::Function { index, .. } => renumber.function_index(index)?.encode(out),
            Value::Data(index) => renumber.data_index(index)?.encode(out),
            Value::Unsigned(value) => value.encode(out),
            Value::Signed(value) => value.encode(out),
        }
        copied = at + usize::from(field.len);
    }
    out.extend_from_slice(body.get(copied..).ok_or_else(|| LinkError::new("a field outside its body"))?);
    Ok(())
}

/// Decodes `body` and checks that `fields` has every field linking
/// renumbers in it, and no other function index or data segment number:
/// what copying a runtime body relies on.
pub(super) fn check_body(body: &FunctionBody, fields: &[Field]) -> Result<(), LinkError> {
    let bytes = body.as_bytes();
    let base = body.range().start;
    let mut expected = fields.iter().filter(|field| matches!(field.value, Value::Function { .. } | Value::Data(_)));
    let mut operators = body.get_operators_reader()?;
    while !operators.eof() {
        let (operator, offset) = operators.read_with_offset()?;
        let Some(found) = renumbered_field(&operator, offset, bytes, base)? else { continue };
        if matches!(found.value, Value::Data(_)) {
            return Err(LinkError::new(format!("a runtime body names data segment {:?}", found.value)));
        }
        if expected.next() != Some(&found) {
            return Err(LinkError::new(format!(
                "{operator:?} at offset {offset} has no function-index relocation of its own"
            )));
        }
    }
    match expected.next() {
        Some(extra) => Err(LinkError::new(format!("a function-index relocation ({extra:?}) is not at a call or ref.func"))),
        None => Ok(()),
    }
}

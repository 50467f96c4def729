//! Drops the locals a generated function never touches. Codegen declares a
//! fixed set of scratch locals (and one i64 per register) up front, and a
//! small function uses few of them; engines that give every local a stack
//! slot (V8's Liftoff: 8 bytes each, measured) then pay for all of them on
//! every level of recursion, and the browser's stack is small. Renumbering
//! after the fact keeps codegen's fixed local indices simple.

use super::link::LinkError;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{Encode, Function, Instruction, ValType};
use wasmparser::{BinaryReader, FunctionBody, Operator};

/// Rewrites `body` (a function body as `Function::into_raw_body` gives
/// it, with `params` parameters) declaring only the locals it uses, grouped
/// by type; every `local.get/set/tee` is renumbered.
///
/// Codegen emits a small set of instructions, so a byte scanner that knows
/// their immediates finds the local indices and the rest of the bytes are
/// copied as they are (fully decoding and re-encoding every body took 40%
/// of `kiln build`); anything it does not know goes the decoding way.
pub fn compact_locals(body: &[u8], params: u32) -> Result<Vec<u8>, LinkError> {
    match scan(body) {
        Some(scanned) if scanned.uses.iter().all(|&(_, _, index)| index < params + scanned.types.len() as u32) => Ok(rewrite(body, params, &scanned)),
        _ => compact_by_decoding(body, params),
    }
}

/// A body's local declarations (one type byte per local) and where each
/// local index sits in its code.
struct Scanned {
    types: Vec<u8>,
    code_start: usize,
    /// (offset, length) of each `local.get/set/tee` index's LEB128, and the index.
    uses: Vec<(usize, usize, u32)>,
}

fn scan(body: &[u8]) -> Option<Scanned> {
    let mut r = Bytes { bytes: body, at: 0 };
    let mut types = Vec::new();
    for _ in 0..r.u32()? {
        let count = r.u32()?;
        let ty = r.byte()?;
        if !matches!(ty, 0x7f | 0x7e | 0x7d | 0x7c) {
            return None;
        }
        types.extend(std::iter::repeat_n(ty, count as usize));
    }
    let code_start = r.at;
    let mut uses = Vec::new();
    while r.at < body.len() {
        match r.byte()? {
            // unreachable, nop, else, end, return, drop, select; numeric ops.
            0x00 | 0x01 | 0x05 | 0x0b | 0x0f | 0x1a | 0x1b | 0x45..=0xc4 => {}
            // block, loop, if: an empty or single-value block type.
            0x02..=0x04 => {
                if !matches!(r.byte()?, 0x40 | 0x7f | 0x7e | 0x7d | 0x7c) {
                    return None;
                }
            }
            0x0c | 0x0d | 0x10 | 0x23 | 0x24 => {
                r.u32()?;
            }
            0x0e => {
                for _ in 0..=r.u32()? {
                    r.u32()?;
                }
            }
            0x11 => {
                r.u32()?;
                r.u32()?;
            }
            0x20..=0x22 => {
                let at = r.at;
                let index = r.u32()?;
                uses.push((at, r.at - at, index));
            }
            // Loads and stores: alignment (no memory index), offset.
            0x28..=0x3e => {
                if r.u32()? & 0x40 != 0 {
                    return None;
                }
                r.u32()?;
            }
            0x41 | 0x42 => {
                r.signed()?;
            }
            0x43 => r.skip(4)?,
            0x44 => r.skip(8)?,
            // The saturating truncations (no immediates).
            0xfc => {
                if r.u32()? > 7 {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(Scanned { types, code_start, uses })
}

fn rewrite(body: &[u8], params: u32, scanned: &Scanned) -> Vec<u8> {
    let mut used = vec![false; scanned.types.len()];
    for &(_, _, index) in &scanned.uses {
        if let Some(local) = index.checked_sub(params) {
            used[local as usize] = true;
        }
    }
    let mut order: Vec<u32> = (0..scanned.types.len() as u32).filter(|&i| used[i as usize]).collect();
    order.sort_by_key(|&i| (byte_rank(scanned.types[i as usize]), i));
    let mut renumbered = vec![0; scanned.types.len()];
    for (new, &old) in order.iter().enumerate() {
        renumbered[old as usize] = params + new as u32;
    }
    let mut groups: Vec<(u32, u8)> = Vec::new();
    for &old in &order {
        let ty = scanned.types[old as usize];
        match groups.last_mut() {
            Some((count, last)) if *last == ty => *count += 1,
            _ => groups.push((1, ty)),
        }
    }
    let mut out = Vec::with_capacity(body.len());
    (groups.len() as u32).encode(&mut out);
    for (count, ty) in groups {
        count.encode(&mut out);
        out.push(ty);
    }
    let mut copied = scanned.code_start;
    for &(at, len, index) in &scanned.uses {
        out.extend_from_slice(&body[copied..at]);
        (if index < params { index } else { renumbered[(index - params) as usize] }).encode(&mut out);
        copied = at + len;
    }
    out.extend_from_slice(&body[copied..]);
    out
}

fn byte_rank(ty: u8) -> u8 {
    // i32, i64, f32, f64 (type bytes count down).
    0x7f - ty
}

/// A cursor over a body's bytes.
struct Bytes<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Bytes<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn skip(&mut self, n: usize) -> Option<()> {
        (self.at + n <= self.bytes.len()).then(|| self.at += n)
    }

    fn u32(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= ((b & 0x7f) as u32).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A signed LEB128 of up to 64 bits, skipped.
    fn signed(&mut self) -> Option<()> {
        for _ in 0..10 {
            if self.byte()? & 0x80 == 0 {
                return Some(());
            }
        }
        None
    }
}

/// The general way: decode every instruction and encode it again.
fn compact_by_decoding(body: &[u8], params: u32) -> Result<Vec<u8>, LinkError> {
    let invalid = |e: wasmparser::BinaryReaderError| LinkError::new(format!("generated function body: {e}"));
    let body = FunctionBody::new(BinaryReader::new(body, 0));
    let mut types = Vec::new();
    for local in body.get_locals_reader().map_err(invalid)? {
        let (count, ty) = local.map_err(invalid)?;
        types.extend(std::iter::repeat_n(ty, count as usize));
    }
    let mut operators = Vec::new();
    let mut used = vec![false; types.len()];
    for op in body.get_operators_reader().map_err(invalid)? {
        let op = op.map_err(invalid)?;
        if let Operator::LocalGet { local_index } | Operator::LocalSet { local_index } | Operator::LocalTee { local_index } = op {
            if let Some(index) = local_index.checked_sub(params) {
                *used.get_mut(index as usize).ok_or_else(|| LinkError::new(format!("generated function body: no local {local_index}")))? = true;
            }
        }
        operators.push(op);
    }
    // The new order: used locals grouped by type, in their old order.
    let mut order: Vec<u32> = (0..types.len() as u32).filter(|&i| used[i as usize]).collect();
    order.sort_by_key(|&i| (type_rank(types[i as usize]), i));
    let mut renumbered = vec![u32::MAX; types.len()];
    for (new, &old) in order.iter().enumerate() {
        renumbered[old as usize] = params + new as u32;
    }
    let mut groups: Vec<(u32, ValType)> = Vec::new();
    for &old in &order {
        let ty = RoundtripReencoder.val_type(types[old as usize]).map_err(|e| LinkError::new(format!("local type: {e}")))?;
        match groups.last_mut() {
            Some((count, last)) if *last == ty => *count += 1,
            _ => groups.push((1, ty)),
        }
    }
    let map = |index: u32| if index < params { index } else { renumbered[(index - params) as usize] };
    let mut f = Function::new(groups);
    for op in operators {
        let instruction = match op {
            Operator::LocalGet { local_index } => Instruction::LocalGet(map(local_index)),
            Operator::LocalSet { local_index } => Instruction::LocalSet(map(local_index)),
            Operator::LocalTee { local_index } => Instruction::LocalTee(map(local_index)),
            op => RoundtripReencoder.instruction(op).map_err(|e| LinkError::new(format!("re-encoding a generated function: {e}")))?,
        };
        f.instruction(&instruction);
    }
    Ok(f.into_raw_body())
}

fn type_rank(ty: wasmparser::ValType) -> u8 {
    match ty {
        wasmparser::ValType::I32 => 0,
        wasmparser::ValType::I64 => 1,
        wasmparser::ValType::F32 => 2,
        wasmparser::ValType::F64 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unused_locals_are_dropped_and_the_rest_renumbered() {
        // (param i32) (local i32 i64 i64 f64): uses param 0, local 2 (i64) and local 4 (f64).
        let mut f = Function::new([(1, ValType::I32), (2, ValType::I64), (1, ValType::F64)]);
        f.instruction(&Instruction::LocalGet(0))
            .instruction(&Instruction::I64ExtendI32U)
            .instruction(&Instruction::LocalSet(3))
            .instruction(&Instruction::F64Const(1.5.into()))
            .instruction(&Instruction::LocalTee(4))
            .instruction(&Instruction::Drop)
            .instruction(&Instruction::LocalGet(3))
            .instruction(&Instruction::Drop)
            .instruction(&Instruction::End);
        let compacted = compact_locals(&f.into_raw_body(), 1).unwrap();
        let mut expected = Function::new([(1, ValType::I64), (1, ValType::F64)]);
        expected
            .instruction(&Instruction::LocalGet(0))
            .instruction(&Instruction::I64ExtendI32U)
            .instruction(&Instruction::LocalSet(1))
            .instruction(&Instruction::F64Const(1.5.into()))
            .instruction(&Instruction::LocalTee(2))
            .instruction(&Instruction::Drop)
            .instruction(&Instruction::LocalGet(1))
            .instruction(&Instruction::Drop)
            .instruction(&Instruction::End);
        assert_eq!(compacted, expected.into_raw_body());
    }

    #[test]
    fn the_scanner_and_the_decoder_agree() {
        let mut f = Function::new([(3, ValType::I32), (2, ValType::I64), (2, ValType::F64)]);
        f.instruction(&Instruction::Block(wasm_encoder::BlockType::Empty))
            .instruction(&Instruction::I32Const(-70000))
            .instruction(&Instruction::LocalTee(5))
            .instruction(&Instruction::I64Load(wasm_encoder::MemArg { offset: 300, align: 3, memory_index: 0 }))
            .instruction(&Instruction::I64Const(-1 << 50))
            .instruction(&Instruction::I64Add)
            .instruction(&Instruction::LocalSet(6))
            .instruction(&Instruction::F64Const(2.5.into()))
            .instruction(&Instruction::LocalTee(8))
            .instruction(&Instruction::I32TruncSatF64S)
            .instruction(&Instruction::Drop)
            .instruction(&Instruction::LocalGet(1))
            .instruction(&Instruction::BrTable(vec![0, 0].into(), 0))
            .instruction(&Instruction::End)
            .instruction(&Instruction::LocalGet(6))
            .instruction(&Instruction::Call(3))
            .instruction(&Instruction::Drop)
            .instruction(&Instruction::End);
        let body = f.into_raw_body();
        assert!(scan(&body).is_some(), "the scanner knows every instruction here");
        assert_eq!(compact_locals(&body, 2).unwrap(), compact_by_decoding(&body, 2).unwrap());
    }
}

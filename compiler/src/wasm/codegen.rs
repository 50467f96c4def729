//! Bytecode → wasm: one wasm function `() -> i64` per bytecode function.
//! Registers stay in the VM's register stack in linear memory (the GC
//! scans it), addressed from the frame base. Simple ops compile to inline
//! loads and stores; the rest call the runtime's per-op entry point with
//! the operands as constants. Control flow keeps the bytecode's basic
//! blocks: each block's code follows the `end` of its own wasm `block`, so
//! a forward branch is a direct `br`; backward branches (loops, handlers
//! above the throw) go through one `br_table` dispatch at the top. A throw
//! branches to the handler covering the instruction, or returns
//! `EXCEPTION_BITS` to the caller.

use super::abi::*;
use super::link::{GeneratedFunction, LinkError, RuntimeModule};
use crate::bytecode::ops::{OperandKind, OP_NAMES};
use crate::bytecode::{FunctionCode, Op};
use wasm_encoder::{BlockType, Function, InstructionSink, MemArg, ValType};

/// Runtime functions generated code calls, resolved once per module.
pub struct Imports {
    frame_base: u32,
    catch: u32,
    /// Entry point of each op, by op name.
    op_entries: Vec<(&'static str, u32)>,
}

impl Imports {
    pub fn resolve(runtime: &RuntimeModule) -> Result<Imports, LinkError> {
        let find = |name: &str| runtime.export_func(name).ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the export `{name}`")));
        let mut op_entries = Vec::new();
        for name in OP_NAMES {
            if let Some(index) = runtime.export_func(&format!("{OP_ENTRY_PREFIX}{name}")) {
                op_entries.push((*name, index));
            }
        }
        Ok(Imports { frame_base: find(FRAME_BASE)?, catch: find(CATCH)?, op_entries })
    }

    fn op_entry(&self, name: &str) -> Result<u32, LinkError> {
        self.op_entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, index)| *index)
            .ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the export `{OP_ENTRY_PREFIX}{name}`")))
    }
}

// Locals of every generated function.
const FP: u32 = 0;
const BLOCK: u32 = 1;
const STATUS: u32 = 2;

/// Compiles one bytecode function.
pub fn compile_function(code: &FunctionCode, name: &str, imports: &Imports) -> Result<GeneratedFunction, LinkError> {
    let blocks = BasicBlocks::of(code);
    let mut f = Function::new([(3, ValType::I32)]);
    let mut cx = FunctionCx { code, imports, blocks: &blocks, current: 0, nesting: 0 };
    {
        let s = &mut f.instructions();
        s.call(imports.frame_base).local_set(FP);
        s.block(BlockType::Empty); // the throw exit
        s.loop_(BlockType::Empty); // the dispatch for backward branches
        for _ in 0..blocks.starts.len() {
            s.block(BlockType::Empty);
        }
        s.local_get(BLOCK).br_table(0..blocks.starts.len() as u32, 0);
        for (index, &start) in blocks.starts.iter().enumerate() {
            s.end();
            cx.current = index;
            let end = blocks.starts.get(index + 1).copied().unwrap_or(code.code.len());
            for pc in start..end {
                cx.op(s, pc)?;
            }
        }
        s.unreachable(); // every block ends in a branch or return
        s.end(); // loop
        s.end(); // throw exit
        s.i64_const(EXCEPTION_BITS as i64);
        s.end();
    }
    Ok(GeneratedFunction { params: vec![], results: vec![ValType::I64], body: f.into_raw_body(), name: name.to_string() })
}

/// The bytecode's basic blocks: where each starts.
struct BasicBlocks {
    starts: Vec<usize>,
}

impl BasicBlocks {
    fn of(code: &FunctionCode) -> BasicBlocks {
        let mut leader = vec![false; code.code.len() + 1];
        leader[0] = true;
        for (pc, op) in code.code.iter().enumerate() {
            for (_, kind, value) in op.operands() {
                if kind == OperandKind::Target {
                    leader[value as usize] = true;
                }
            }
            if ends_block(op) {
                leader[pc + 1] = true;
            }
        }
        for h in &code.handlers {
            leader[h.target as usize] = true;
        }
        let starts = (0..code.code.len()).filter(|&pc| leader[pc]).collect();
        BasicBlocks { starts }
    }

    fn index_of(&self, pc: usize) -> usize {
        self.starts.binary_search(&pc).expect("branch target starts a block")
    }
}

/// Ops after which the next instruction starts a new block.
fn ends_block(op: &Op) -> bool {
    matches!(op, Op::Return { .. } | Op::Throw { .. } | Op::ThrowConstAssign { .. } | Op::ThrowReferenceError { .. } | Op::ThrowTypeError { .. })
        || op.operands().iter().any(|(_, kind, _)| *kind == OperandKind::Target)
}

struct FunctionCx<'a> {
    code: &'a FunctionCode,
    imports: &'a Imports,
    blocks: &'a BasicBlocks,
    /// The block whose code is being emitted.
    current: usize,
    /// wasm control constructs opened inside the current op's code.
    nesting: u32,
}

fn reg(r: impl Into<u64>) -> MemArg {
    MemArg { offset: 8 * r.into(), align: 3, memory_index: 0 }
}

impl FunctionCx<'_> {
    fn op(&mut self, s: &mut InstructionSink, pc: usize) -> Result<(), LinkError> {
        let op = self.code.code[pc];
        match op {
            Op::Mov { dst, src } => {
                s.local_get(FP).local_get(FP).i64_load(reg(src)).i64_store(reg(dst));
            }
            Op::LoadInt { dst, value } => self.store_const(s, dst, int32_bits(value)),
            Op::LoadUndefined { dst } => self.store_const(s, dst, UNDEFINED_BITS),
            Op::LoadNull { dst } => self.store_const(s, dst, NULL_BITS),
            Op::LoadBool { dst, value } => self.store_const(s, dst, bool_bits(value != 0)),
            Op::Nop {} => {}
            Op::Jump { target } => self.branch(s, target as usize),
            Op::Return { src } => {
                s.local_get(FP).i64_load(reg(src)).return_();
            }
            _ => self.call_entry(s, pc, op)?,
        }
        Ok(())
    }

    fn store_const(&self, s: &mut InstructionSink, dst: u16, bits: u64) {
        s.local_get(FP).i64_const(bits as i64).i64_store(reg(dst));
    }

    /// The op through its runtime entry point; then the throw check and,
    /// for ops with a branch, the branch when taken.
    fn call_entry(&mut self, s: &mut InstructionSink, pc: usize, op: Op) -> Result<(), LinkError> {
        s.i32_const(pc as i32);
        let mut target = None;
        for (_, kind, value) in op.operands() {
            if kind == OperandKind::Target {
                target = Some(value as usize);
            }
            s.i32_const(value as i32);
        }
        s.call(self.imports.op_entry(op.name())?);
        s.local_tee(STATUS).i32_const(0).i32_lt_s().if_(BlockType::Empty);
        self.nesting += 1;
        self.throw(s, pc);
        s.end();
        self.nesting -= 1;
        match (op, target) {
            (Op::Loop { .. }, Some(target)) => self.branch(s, target),
            (_, Some(target)) => {
                s.local_get(STATUS).if_(BlockType::Empty);
                self.nesting += 1;
                self.branch(s, target);
                s.end();
                self.nesting -= 1;
            }
            _ => {}
        }
        Ok(())
    }

    /// The exception path of the instruction at `pc`: into its innermost
    /// handler, else out of the function.
    fn throw(&mut self, s: &mut InstructionSink, pc: usize) {
        let pc32 = pc as u32;
        if let Some(h) = self.code.handlers.iter().find(|h| h.start <= pc32 && pc32 < h.end) {
            s.i32_const(h.exception as i32).call(self.imports.catch).if_(BlockType::Empty);
            self.nesting += 1;
            self.branch(s, h.target as usize);
            s.end();
            self.nesting -= 1;
        }
        let depth = self.nesting + (self.blocks.starts.len() - self.current) as u32;
        s.br(depth);
    }

    /// Branches to the block starting at `target`.
    fn branch(&self, s: &mut InstructionSink, target: usize) {
        let k = self.blocks.index_of(target);
        let j = self.current;
        let n = self.blocks.starts.len();
        if k > j {
            s.br(self.nesting + (k - j - 1) as u32);
        } else {
            s.i32_const(k as i32).local_set(BLOCK).br(self.nesting + (n - 1 - j) as u32);
        }
    }
}

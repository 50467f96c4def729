//! Bytecode → wasm: one wasm function `() -> i64` per bytecode function.
//! Registers stay in the VM's register stack in linear memory (the GC
//! scans it), addressed from the frame base, and are worked on in wasm
//! locals within a basic block (`regs`; numbers unboxed where
//! `bytecode::numeric` or the code itself proves them numbers). Simple
//! ops compile inline; the rest call the runtime's per-op entry point
//! with the operands as constants. Control flow keeps the bytecode's basic
//! blocks: each block's code follows the `end` of its own wasm `block`, so
//! a forward branch is a direct `br`; backward branches (loops, handlers
//! above the throw) go through one `br_table` dispatch at the top. A throw
//! branches to the handler covering the instruction, or returns
//! `EXCEPTION_BITS` to the caller.

use super::abi::*;
use super::inline::mem64;
use super::regs::RegCache;
use super::link::{GeneratedFunction, LinkError, RuntimeModule};
use crate::bytecode::flow::{self, Cfg};
use crate::bytecode::liveness::Liveness;
use crate::bytecode::numeric::{self, Numeric};
use crate::bytecode::ops::{OperandKind, OP_NAMES};
use crate::bytecode::{Constant, FunctionCode, Op};
use crate::AtomTable;
use wasm_encoder::{BlockType, Function, InstructionSink, MemArg, ValType};

/// Runtime functions generated code calls, resolved once per module.
pub struct Imports {
    /// The context block's address (a constant of the runtime's data).
    context: i32,
    safepoint: u32,
    pub(super) frame_env: u32,
    pub(super) construct_this: u32,
    pub(super) new_object: u32,
    derived_result: u32,
    pub(super) call_native: u32,
    pub(super) string_length: u32,
    /// The type of entry stubs (`calls::STUB_PARAMS -> i64`), and the
    /// table slot of function 0's stub.
    pub(super) stub_type: u32,
    pub(super) stub_base: u32,
    catch: u32,
    ic_get_named: u32,
    ic_set_named: u32,
    get_global: u32,
    /// Entry point of each op, by op name.
    op_entries: Vec<(&'static str, u32)>,
}

impl Imports {
    /// The runtime's entry points, for a program of `functions` bytecode
    /// functions (their stubs follow their bodies in the table).
    pub fn resolve(runtime: &RuntimeModule, functions: u32) -> Result<Imports, LinkError> {
        let find = |name: &str| runtime.export_func(name).ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the export `{name}`")));
        let mut op_entries = Vec::new();
        for name in OP_NAMES {
            if let Some(index) = runtime.export_func(&format!("{OP_ENTRY_PREFIX}{name}")) {
                op_entries.push((*name, index));
            }
        }
        Ok(Imports {
            context: runtime
                .export_global_constant(CONTEXT_BLOCK)
                .ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the exported static `{CONTEXT_BLOCK}`")))?,
            safepoint: find(SAFEPOINT)?,
            frame_env: find(CURRENT_ENV)?,
            construct_this: find(CONSTRUCT_THIS)?,
            new_object: find(NEW_OBJECT)?,
            derived_result: find(DERIVED_RESULT)?,
            call_native: find(CALL_NATIVE)?,
            string_length: find(STRING_LENGTH)?,
            stub_type: runtime
                .type_index(&super::calls::STUB_PARAMS, &[ValType::I64])
                .ok_or_else(|| LinkError::new("runtime.wasm has no `(i64, i32, i32) -> i64` type for entry stubs"))?,
            stub_base: runtime.table_base() + functions,
            catch: find(CATCH)?,
            ic_get_named: find(IC_GET_NAMED)?,
            ic_set_named: find(IC_SET_NAMED)?,
            get_global: find(GLOBAL_GET)?,
            op_entries,
        })
    }

    /// What entry stubs call.
    pub(super) fn stub_imports(&self) -> super::calls::StubImports {
        super::calls::StubImports { context: self.context, safepoint: self.safepoint, derived_result: self.derived_result }
    }

    fn op_entry(&self, name: &str) -> Result<u32, LinkError> {
        self.op_entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, index)| *index)
            .ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the export `{OP_ENTRY_PREFIX}{name}`")))
    }
}

// Locals of every body: its parameters, then `inline::LOCALS`.
/// The frame's first register (its register file in linear memory).
pub(super) const FP: u32 = 0;
/// The frame's environment (a value), kept in step with the frame's.
pub(super) const ENV: u32 = 1;
/// The frame's `this` (not used in derived-class constructors).
const THIS: u32 = 2;
const BLOCK: u32 = 3;
const STATUS: u32 = 4;
/// Operands and result of inline fast paths (i64).
pub(super) const X: u32 = 5;
pub(super) const Y: u32 = 6;
const R: u32 = 7;
/// A double result being boxed, and its int32 truncation.
const D: u32 = 8;
const I: u32 = 9;
/// The heap's chunk table, and this function's first feedback slot.
pub(super) const CHUNKS: u32 = 10;
pub(super) const FEEDBACK: u32 = 11;
/// A cell's address, a property's slot, an object's shape (inline caches).
pub(super) const CELL: u32 = 12;
pub(super) const K: u32 = 13;
pub(super) const SHAPE: u32 = 14;
/// The frame's record (calls store the caller's pc there).
pub(super) const FRAME: u32 = 15;
/// The address of the runtime's prototype epoch.
pub(super) const EPOCH: u32 = 16;
/// A boxed number being unboxed (`load_f64`).
pub(super) const U: u32 = 17;
/// The unboxed operands of an f64 operation.
const FA: u32 = 18;
const FB: u32 = 19;
/// A double being boxed, and its int32 truncation (`box_number`).
const BD: u32 = 20;
const BI: u32 = 21;
/// Register `r` of a frame of `n` registers is cached in local
/// `REGISTERS + r` (boxed); its f64 local, if it needs one, follows
/// those of all registers (see `regs`).
const REGISTERS: u32 = 22;

/// The upper 32 bits of every int32 value.
pub(super) const INT32_HIGH: i64 = (TAG_INT32 << (TAG_SHIFT - 32)) as i64;

/// Compiles bytecode function number `func`, whose feedback slots start
/// at `first_slot` in the program's feedback table.
pub fn compile_function(func: u32, first_slot: u32, code: &FunctionCode, atoms: &AtomTable, name: &str, imports: &Imports) -> Result<GeneratedFunction, LinkError> {
    let blocks = Cfg::of(code);
    let numbers = Numeric::of(code, &blocks);
    let liveness = Liveness::of(code, &blocks);
    let count = code.register_count as u32;
    let mut regs = RegCache::new(REGISTERS, REGISTERS + count, count as usize, !code.handlers.is_empty());
    regs.may_hold_ref = numbers.may_hold_references(code, &blocks);
    let mut cx = FunctionCx { func, code, atoms, imports, blocks: &blocks, current: 0, nesting: 0, regs };
    let mut body = Vec::new();
    {
        let s = &mut InstructionSink::new(&mut body);
        // The tables, from the context block, and the frame's record (the
        // top one: this function's).
        // (The context block's address is a constant: no local holds it,
        // since every local costs a stack slot in some engines.)
        s.i32_const(imports.context).i32_load(mem32(CTX_CHUNK_TABLE)).local_set(CHUNKS);
        s.i32_const(imports.context).i32_load(mem32(CTX_FEEDBACK)).i32_const((first_slot * FEEDBACK_SLOT_SIZE) as i32).i32_add().local_set(FEEDBACK);
        s.i32_const(imports.context).i32_load(mem32(CTX_PROTO_EPOCH)).local_set(EPOCH);
        // The frame stack, in the scratch local CELL for the moment.
        s.i32_const(imports.context).i32_load(mem32(CTX_FRAMES)).local_tee(CELL).i32_load(mem32(STACK_PTR));
        s.local_get(CELL).i32_load(mem32(STACK_LEN)).i32_const(1).i32_sub().i32_const(FRAME_SIZE as i32).i32_mul().i32_add().local_set(FRAME);
        s.block(BlockType::Empty); // the throw exit
        s.loop_(BlockType::Empty); // the dispatch for backward branches
        for _ in 0..blocks.starts.len() {
            s.block(BlockType::Empty);
        }
        s.local_get(BLOCK).br_table(0..blocks.starts.len() as u32, 0);
        for (index, &start) in blocks.starts.iter().enumerate() {
            s.end();
            cx.current = index;
            // A block can be entered from several places: memory holds the registers.
            cx.reset_registers();
            cx.regs.known = numbers.at_block(index).clone();
            cx.regs.live_out = liveness.live_out(index);
            let live = liveness.live_before_each(code, &blocks, index);
            let end = blocks.starts.get(index + 1).copied().unwrap_or(code.code.len());
            for pc in start..end {
                let op = code.code[pc];
                cx.regs.live = live[pc - start].clone();
                cx.regs.reads.clear();
                flow::for_each_read(&op, |r| cx.regs.reads.push(r));
                cx.op(s, pc)?;
                numeric::transfer(code, &op, &mut cx.regs.known);
            }
            // Falling through into the next block: memory must be current.
            if !flow::ends_block(&code.code[end - 1]) {
                cx.store_at_exit(s);
            }
        }
        s.unreachable(); // every block ends in a branch or return
        s.end(); // loop
        s.end(); // throw exit
        s.i64_const(EXCEPTION_BITS as i64);
        s.end();
    }
    // The f64 locals come last: only registers that ever held an unboxed
    // number have one (a smaller frame for the engine to spill).
    let mut locals = super::inline::LOCALS.to_vec();
    locals.push((count, ValType::I64));
    locals.push((cx.regs.f64_locals_used(), ValType::F64));
    let mut f = Function::new(locals);
    f.raw(body);
    let params = super::calls::BODY_PARAMS.to_vec();
    let body = super::compact::compact_locals(&f.into_raw_body(), params.len() as u32)?;
    Ok(GeneratedFunction { params, results: vec![ValType::I64], body, name: name.to_string() })
}

/// Pushes ToInt32 of the number in local `v` (an int32's own value; a
/// double below 2^63 in magnitude truncated and wrapped, which is ToInt32's
/// modulo 2^32), or `br depth` (counted outside this code) for anything else.
fn to_int32(s: &mut InstructionSink, v: u32, depth: u32) {
    s.local_get(v).i64_const(32).i64_shr_u().i64_const(INT32_HIGH).i64_eq();
    s.if_(BlockType::Result(ValType::I32));
    s.local_get(v).i32_wrap_i64();
    s.else_();
    // Not a double (tags at and above int32's), NaN or too large: the runtime.
    s.local_get(v).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_INT32 as i64).i64_ge_u().br_if(depth + 1);
    s.local_get(v).f64_reinterpret_i64().local_tee(D).f64_abs().f64_const(9_223_372_036_854_775_808.0.into()).f64_lt().i32_eqz().br_if(depth + 1);
    s.local_get(D).i64_trunc_sat_f64_s().i32_wrap_i64();
    s.end();
}

/// `br depth` unless local `v` holds a number (a double, or an int32: the
/// tags at and above int32's are everything else).
fn branch_unless_number(s: &mut InstructionSink, v: u32, depth: u32) {
    s.local_get(v).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_INT32 as i64).i64_gt_u().br_if(depth);
}

/// `br depth` unless local `v` holds an int32.
fn branch_unless_int32(s: &mut InstructionSink, v: u32, depth: u32) {
    s.local_get(v).i64_const(32).i64_shr_u().i64_const(INT32_HIGH).i64_ne().br_if(depth);
}

/// Boxes the f64 on the stack as `Value::number` does: int32 when it is
/// integral and in range (but -0 stays a double), the canonical NaN for
/// any NaN, else the double's own bits. Uses only its own locals, so a
/// register can be boxed anywhere.
pub(super) fn box_number(s: &mut InstructionSink) {
    s.local_tee(BD).i32_trunc_sat_f64_s().local_set(BI);
    s.local_get(BI).f64_convert_i32_s().local_get(BD).f64_eq();
    s.local_get(BI).i32_const(0).i32_ne().local_get(BD).i64_reinterpret_f64().i64_eqz().i32_or();
    s.i32_and();
    s.if_(BlockType::Result(ValType::I64));
    s.local_get(BI).i64_extend_i32_u().i64_const(int32_bits(0) as i64).i64_or();
    s.else_();
    s.local_get(BD).local_get(BD).f64_ne();
    s.if_(BlockType::Result(ValType::I64));
    s.i64_const(CANONICAL_NAN_BITS as i64);
    s.else_();
    s.local_get(BD).i64_reinterpret_f64();
    s.end();
    s.end();
}

/// Pushes, as an f64, the number (int32 or double) boxed in local `v`.
pub(super) fn unbox_number(s: &mut InstructionSink, v: u32) {
    s.local_get(v).i32_wrap_i64().f64_convert_i32_s();
    s.local_get(v).f64_reinterpret_i64();
    s.local_get(v).i64_const(32).i64_shr_u().i64_const(INT32_HIGH).i64_eq();
    s.select();
}

/// The f64 instruction of `op` (a comparison leaves an i32).
fn f64_op(s: &mut InstructionSink, op: IntOp) {
    match op {
        IntOp::Add => s.f64_add(),
        IntOp::Sub => s.f64_sub(),
        IntOp::Mul => s.f64_mul(),
        IntOp::Div => s.f64_div(),
        IntOp::Lt => s.f64_lt(),
        IntOp::Le => s.f64_le(),
        IntOp::Gt => s.f64_gt(),
        IntOp::Ge => s.f64_ge(),
        IntOp::Eq => s.f64_eq(),
        IntOp::Ne => s.f64_ne(),
    };
}

/// `Value::number(n)`'s bits, as `box_number` computes them at run time.
fn number_bits(n: f64) -> u64 {
    let i = n as i32;
    if i as f64 == n && (i != 0 || n.to_bits() == 0) {
        int32_bits(i)
    } else if n.is_nan() {
        CANONICAL_NAN_BITS
    } else {
        n.to_bits()
    }
}

/// The binary operations compiled inline (int32 and double paths).
#[derive(Clone, Copy, PartialEq, Eq)]
enum IntOp {
    Add,
    Sub,
    Mul,
    Div,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

pub(super) struct FunctionCx<'a> {
    /// The bytecode function's number (its feedback vector's, too).
    func: u32,
    code: &'a FunctionCode,
    atoms: &'a AtomTable,
    pub(super) imports: &'a Imports,
    blocks: &'a Cfg,
    /// The block whose code is being emitted.
    current: usize,
    /// wasm control constructs opened inside the current op's code.
    pub(super) nesting: u32,
    /// Which registers are in locals (see `regs`).
    pub(super) regs: RegCache,
}

/// Register `r` of the frame, from `FP`.
pub(super) fn reg(r: impl Into<u64>) -> MemArg {
    MemArg { offset: 8 * r.into(), align: 3, memory_index: 0 }
}

fn mem32(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 2, memory_index: 0 }
}

impl FunctionCx<'_> {
    /// Constant `index` is the string `text`.
    fn constant_is(&self, index: u32, text: &str) -> bool {
        matches!(self.code.constants.get(index as usize), Some(Constant::String(atom)) if self.atoms.text(*atom) == text)
    }

    fn op(&mut self, s: &mut InstructionSink, pc: usize) -> Result<(), LinkError> {
        let op = self.code.code[pc];
        match op {
            // A number unboxed stays unboxed.
            Op::Mov { dst, src } if self.is_unboxed(src) => {
                self.load_f64(s, src);
                self.put_f64(s, dst);
                self.written_f64(dst);
            }
            Op::Mov { dst, src } => {
                self.load(s, src);
                self.put(s, dst);
                self.written(dst);
            }
            Op::LoadInt { dst, value } => self.store_number(s, dst, value as f64),
            Op::LoadConst { dst, idx } if matches!(self.code.constants.get(idx as usize), Some(Constant::Number(_))) => {
                let Some(&Constant::Number(n)) = self.code.constants.get(idx as usize) else { unreachable!("a number constant") };
                self.store_number(s, dst, n);
            }
            Op::LoadUndefined { dst } => self.store_const(s, dst, UNDEFINED_BITS),
            Op::LoadNull { dst } => self.store_const(s, dst, NULL_BITS),
            Op::LoadBool { dst, value } => self.store_const(s, dst, bool_bits(value != 0)),
            Op::Nop {} => {}
            // `this` is fixed for the call, except where `super()` binds it.
            Op::LoadThis { dst } if self.code.flavor != crate::bytecode::FunctionFlavor::DerivedClass => {
                s.local_get(THIS);
                self.put(s, dst);
                self.written(dst);
            }
            Op::Jump { target } => {
                self.store_at_exit(s);
                self.branch(s, target as usize);
            }
            Op::Return { src } => {
                self.load(s, src);
                s.return_();
            }
            Op::Add { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Add)?,
            Op::Sub { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Sub)?,
            Op::Mul { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Mul)?,
            Op::Div { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Div)?,
            Op::Lt { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Lt)?,
            Op::Le { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Le)?,
            Op::Gt { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Gt)?,
            Op::Ge { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Ge)?,
            Op::StrictEq { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Eq)?,
            Op::StrictNe { dst, a, b, .. } => self.int_binary(s, pc, op, dst, a, b, IntOp::Ne)?,
            Op::BitAnd { dst, a, b, .. }
            | Op::BitOr { dst, a, b, .. }
            | Op::BitXor { dst, a, b, .. }
            | Op::Shl { dst, a, b, .. }
            | Op::Shr { dst, a, b, .. }
            | Op::UShr { dst, a, b, .. } => self.bitwise(s, pc, op, dst, a, b)?,
            Op::Rem { dst, a, b, .. } => self.int_rem(s, pc, op, dst, a, b)?,
            Op::Loop { target } => self.loop_back(s, pc, op, target as usize)?,
            Op::Inc { dst, src, .. } => self.int_step(s, pc, op, dst, src, 1)?,
            Op::ToNumeric { dst, src } | Op::Plus { dst, src } => self.to_number(s, pc, op, dst, src)?,
            Op::Neg { dst, src, .. } => self.negate(s, pc, op, dst, src)?,
            Op::Dec { dst, src, .. } => self.int_step(s, pc, op, dst, src, -1)?,
            Op::JumpIfNotLt { a, b, target, .. } => self.compare_branch(s, pc, op, a, b, target, IntOp::Lt, false)?,
            Op::JumpIfNotLe { a, b, target, .. } => self.compare_branch(s, pc, op, a, b, target, IntOp::Le, false)?,
            Op::JumpIfNotGt { a, b, target, .. } => self.compare_branch(s, pc, op, a, b, target, IntOp::Gt, false)?,
            Op::JumpIfNotGe { a, b, target, .. } => self.compare_branch(s, pc, op, a, b, target, IntOp::Ge, false)?,
            Op::JumpIfNotStrictEq { a, b, target, .. } => self.compare_branch(s, pc, op, a, b, target, IntOp::Eq, false)?,
            Op::JumpIfStrictEq { a, b, target, .. } => self.compare_branch(s, pc, op, a, b, target, IntOp::Eq, true)?,
            Op::JumpIfFalse { cond, target } => self.bool_branch(s, pc, op, cond, target, false)?,
            Op::JumpIfTrue { cond, target } => self.bool_branch(s, pc, op, cond, target, true)?,
            Op::GetNamed { dst, obj, fb, name } => {
                let is_length = self.constant_is(name, "length");
                self.get_named(s, pc, op, dst, obj, fb, is_length)?
            }
            Op::GetIndexed { dst, obj, key, .. } => self.get_indexed(s, pc, op, dst, obj, key)?,
            Op::SetIndexed { obj, key, src, .. } => self.set_indexed(s, pc, op, obj, key, src)?,
            Op::SetNamed { obj, src, fb, .. } => self.set_named(s, pc, op, obj, src, fb)?,
            Op::LoadEnv { dst, depth, slot } => {
                self.load_env(s, dst, depth, slot);
                self.written(dst);
            }
            Op::LoadEnvChecked { dst, depth, slot, .. } => self.load_env_checked(s, pc, op, dst, depth, slot)?,
            Op::StoreEnv { src, depth, slot } => self.store_env(s, src, depth, slot),
            Op::Call { dst, func, argc, desc, .. } => match self.math_intrinsic(desc, argc) {
                Some((k, math)) => self.math_call(s, pc, op, dst, func, argc, k, math)?,
                None => self.call(s, pc, op, dst, func, argc, false)?,
            },
            Op::GetGlobal { dst, fb, .. } => self.cached_get_global(s, pc, op, dst, fb)?,
            Op::New { dst, func, argc, fb, .. } => self.construct(s, pc, op, dst, func, argc, fb)?,
            Op::PushEnv { .. } | Op::PopEnv {} | Op::CopyEnv {} | Op::RestoreEnv { .. } => {
                self.store_for_runtime(s);
                self.call_entry(s, pc, op)?;
                self.reload_env(s);
            }
            _ => {
                if flow::ends_block(&op) {
                    // A branch through the runtime: the successors read memory.
                    self.store_at_exit(s);
                }
                self.store_for_runtime(s);
                self.call_entry(s, pc, op)?;
                if let Some(dst) = flow::destination(&op) {
                    // Reloaded after the call: cached, and memory agrees.
                    self.fresh(dst);
                }
            }
        }
        Ok(())
    }

    /// `dst = a op b`. Operands known to be numbers skip their type checks,
    /// and the runtime is not called when both are. Three shapes:
    /// - both numbers, one of them unboxed (or a `*` or `/`, which have no
    ///   int32 path): one f64 instruction;
    /// - an arithmetic op with an unboxed operand, `*` or `/`, or a `-`
    ///   not known to be of two numbers (its result mostly feeds more
    ///   arithmetic): the other operands checked and unboxed, the op on
    ///   f64s, the runtime's entry point for anything not a number;
    /// - otherwise inline when both are int32 (and an add or subtract does
    ///   not overflow), then as doubles, then the runtime's entry point.
    /// Results of `-`, `*` and `/` on the f64 paths stay unboxed; those of
    /// `+` (which may be a string) and comparisons are boxed.
    #[allow(clippy::too_many_arguments)]
    fn int_binary(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, a: u16, b: u16, int_op: IntOp) -> Result<(), LinkError> {
        if let Some((other, bits)) = self.strict_equality_with_singleton(a, b).filter(|_| matches!(int_op, IntOp::Eq | IntOp::Ne)) {
            self.same_bits(s, other, bits, int_op == IntOp::Eq);
            s.i64_extend_i32_u().i64_const(bool_bits(false) as i64).i64_or();
            self.put(s, dst);
            self.written(dst);
            return Ok(());
        }
        let arith = matches!(int_op, IntOp::Add | IntOp::Sub | IntOp::Mul | IntOp::Div);
        let no_int_path = matches!(int_op, IntOp::Mul | IntOp::Div);
        let numbers = self.is_number(a) && self.is_number(b);
        let unboxed = self.is_unboxed(a) || self.is_unboxed(b);
        if numbers && (unboxed || no_int_path) {
            self.load_f64(s, a);
            self.load_f64(s, b);
            f64_op(s, int_op);
            if arith {
                self.put_f64(s, dst);
                self.written_f64(dst);
            } else {
                s.i64_extend_i32_u().i64_const(bool_bits(false) as i64).i64_or();
                self.put(s, dst);
                self.written(dst);
            }
            return Ok(());
        }
        if arith && (unboxed || no_int_path || (int_op == IntOp::Sub && !numbers)) {
            return self.checked_f64_binary(s, pc, op, dst, a, b, int_op);
        }
        let known = [self.is_number(a), self.is_number(b)];
        self.load(s, a);
        s.local_set(X);
        self.load(s, b);
        s.local_set(Y);
        s.block(BlockType::Empty); // done
        if !numbers {
            s.block(BlockType::Empty); // slow
        }
        s.block(BlockType::Empty); // not both int32
        for v in [X, Y] {
            branch_unless_int32(s, v, 0);
        }
        match int_op {
            IntOp::Add | IntOp::Sub => {
                s.local_get(X).i32_wrap_i64().i64_extend_i32_s();
                s.local_get(Y).i32_wrap_i64().i64_extend_i32_s();
                if int_op == IntOp::Add {
                    s.i64_add();
                } else {
                    s.i64_sub();
                }
                // An overflow takes the double path.
                self.store_int32_unless_overflow(s, dst);
            }
            _ => {
                s.local_get(X).i32_wrap_i64().local_get(Y).i32_wrap_i64();
                match int_op {
                    IntOp::Lt => s.i32_lt_s(),
                    IntOp::Le => s.i32_le_s(),
                    IntOp::Gt => s.i32_gt_s(),
                    IntOp::Ge => s.i32_ge_s(),
                    IntOp::Eq => s.i32_eq(),
                    IntOp::Ne => s.i32_ne(),
                    IntOp::Add | IntOp::Sub | IntOp::Mul | IntOp::Div => unreachable!("handled above"),
                };
                s.i64_extend_i32_u().i64_const(bool_bits(false) as i64).i64_or();
                self.put(s, dst);
            }
        }
        s.br(if numbers { 1 } else { 2 });
        s.end();
        // Both numbers (int32 or double): compute on doubles.
        for (v, known) in [X, Y].into_iter().zip(known) {
            if !known {
                branch_unless_number(s, v, 0);
            }
        }
        for v in [X, Y] {
            unbox_number(s, v);
        }
        f64_op(s, int_op);
        if arith {
            box_number(s);
        } else {
            s.i64_extend_i32_u().i64_const(bool_bits(false) as i64).i64_or();
        }
        self.put(s, dst);
        if numbers {
            s.end();
        } else {
            s.br(1);
            if matches!(int_op, IntOp::Eq | IntOp::Ne) {
                self.strict_equality_tail(s, pc, op, dst, int_op == IntOp::Eq)?;
            } else {
                self.runtime_fallback(s, pc, op)?;
            }
        }
        self.written(dst);
        Ok(())
    }

    /// `dst = a op b` for an arithmetic op on f64s: operands known to be
    /// numbers as they are, the others when they are numbers (else the
    /// runtime's entry point). `+`'s result is boxed (the runtime's may be
    /// a string); the others' stays unboxed.
    #[allow(clippy::too_many_arguments)]
    fn checked_f64_binary(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, a: u16, b: u16, int_op: IntOp) -> Result<(), LinkError> {
        let operands = [(a, X, FA), (b, Y, FB)];
        for (r, boxed, unboxed) in operands {
            if self.is_number(r) {
                self.load_f64(s, r);
                s.local_set(unboxed);
            } else {
                self.load(s, r);
                s.local_set(boxed);
            }
        }
        let known = [self.is_number(a), self.is_number(b)];
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // slow
        for ((_, boxed, unboxed), known) in operands.into_iter().zip(known) {
            if !known {
                branch_unless_number(s, boxed, 0);
                unbox_number(s, boxed);
                s.local_set(unboxed);
            }
        }
        s.local_get(FA).local_get(FB);
        f64_op(s, int_op);
        if int_op == IntOp::Add {
            box_number(s);
            self.put(s, dst);
        } else {
            self.put_f64(s, dst);
        }
        s.br(1);
        s.end();
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        if int_op != IntOp::Add {
            // `-`, `*` and `/` always give a number.
            s.local_get(FP).i64_load(reg(dst)).local_set(U);
            unbox_number(s, U);
            self.put_f64(s, dst);
        }
        s.end();
        if int_op == IntOp::Add {
            self.written(dst);
        } else {
            self.written_f64(dst);
        }
        Ok(())
    }

    /// The rest of `===` / `!==` (`equal` says which) when an operand is
    /// not a number: the same bits are the same value; two different
    /// references may be two equal strings (the runtime compares them);
    /// anything else differs.
    fn strict_equality_tail(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, equal: bool) -> Result<(), LinkError> {
        s.end(); // the slow block: continue here, inside `done`
        for same in [true, false] {
            if same {
                s.local_get(X).local_get(Y).i64_eq();
            } else {
                // Not both references.
                for v in [X, Y] {
                    s.local_get(v).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_eq();
                }
                s.i32_and().i32_eqz();
            }
            s.if_(BlockType::Empty);
            s.i64_const(bool_bits(same == equal) as i64);
            self.put(s, dst);
            s.br(1);
            s.end();
        }
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        s.end();
        Ok(())
    }

    /// `dst = a op b` for the int32 bitwise ops inline when both are int32
    /// (a `>>>` only when the result fits an int32); the runtime otherwise.
    #[allow(clippy::too_many_arguments)]
    fn bitwise(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, a: u16, b: u16) -> Result<(), LinkError> {
        self.load(s, a);
        s.local_set(X);
        self.load(s, b);
        s.local_set(Y);
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // slow
        for v in [X, Y] {
            to_int32(s, v, 0);
        }
        match op {
            Op::BitAnd { .. } => s.i32_and(),
            Op::BitOr { .. } => s.i32_or(),
            Op::BitXor { .. } => s.i32_xor(),
            Op::Shl { .. } => s.i32_shl(),
            Op::Shr { .. } => s.i32_shr_s(),
            Op::UShr { .. } => s.i32_shr_u(),
            _ => unreachable!("not a bitwise op"),
        };
        s.local_set(I);
        if matches!(op, Op::UShr { .. }) {
            // Above 2^31 - 1 the result is a double: the runtime boxes it.
            s.local_get(I).i32_const(0).i32_lt_s().br_if(0);
        }
        s.local_get(I).i64_extend_i32_u().i64_const(int32_bits(0) as i64).i64_or();
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// `dst = a % b` inline for int32s whose remainder is an int32 (not
    /// `x % 0`, not `MIN % -1`, not a negative zero).
    #[allow(clippy::too_many_arguments)]
    fn int_rem(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, a: u16, b: u16) -> Result<(), LinkError> {
        self.load(s, a);
        s.local_set(X);
        self.load(s, b);
        s.local_set(Y);
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // slow
        for v in [X, Y] {
            branch_unless_int32(s, v, 0);
        }
        s.local_get(Y).i32_wrap_i64().i32_eqz().br_if(0);
        s.local_get(Y).i32_wrap_i64().i32_const(-1).i32_eq().br_if(0);
        s.local_get(X).i32_wrap_i64().local_get(Y).i32_wrap_i64().i32_rem_s().local_tee(I);
        // A zero remainder of a negative dividend is -0: a double.
        s.i32_eqz().local_get(X).i32_wrap_i64().i32_const(0).i32_lt_s().i32_and().br_if(0);
        s.local_get(I).i64_extend_i32_u().i64_const(int32_bits(0) as i64).i64_or();
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// A loop's back-edge: the interrupt flag and the heap's collection
    /// counter checked inline; the runtime's `Loop` (which stops the
    /// program or collects) only when one of them calls for it.
    fn loop_back(&mut self, s: &mut InstructionSink, pc: usize, op: Op, target: usize) -> Result<(), LinkError> {
        self.store_at_exit(s);
        s.i32_const(self.imports.context).i32_load(mem32(CTX_INTERRUPT)).i32_load8_u(MemArg { offset: 0, align: 0, memory_index: 0 });
        s.i32_const(self.imports.context).i32_load(mem32(CTX_HEAP_ALLOCATED)).i32_load(mem32(0));
        s.i32_const(self.imports.context).i32_load(mem32(CTX_HEAP_THRESHOLD)).i32_load(mem32(0));
        s.i32_ge_u().i32_or();
        s.if_(BlockType::Empty);
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        s.end();
        self.branch(s, target);
        Ok(())
    }

    /// `dst = src ± 1` inline for an int32 that does not overflow.
    /// A number unboxed stays unboxed; one known to be a number never
    /// needs the runtime.
    fn int_step(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, src: u16, delta: i64) -> Result<(), LinkError> {
        if self.is_unboxed(src) {
            self.load_f64(s, src);
            s.f64_const((delta as f64).into()).f64_add();
            self.put_f64(s, dst);
            self.written_f64(dst);
            return Ok(());
        }
        self.load(s, src);
        s.local_set(X);
        if self.is_number(src) {
            s.block(BlockType::Empty); // done
            s.block(BlockType::Empty); // not an int32, or overflow
            branch_unless_int32(s, X, 0);
            s.local_get(X).i32_wrap_i64().i64_extend_i32_s().i64_const(delta).i64_add();
            self.store_int32_unless_overflow(s, dst);
            s.br(1);
            s.end();
            unbox_number(s, X);
            s.f64_const((delta as f64).into()).f64_add();
            box_number(s);
            self.put(s, dst);
            s.end();
            self.written(dst);
            return Ok(());
        }
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // slow
        branch_unless_int32(s, X, 0);
        s.local_get(X).i32_wrap_i64().i64_extend_i32_s().i64_const(delta).i64_add();
        self.store_int32_unless_overflow(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// `dst = +src` (or `ToNumeric`): a number is itself; anything else
    /// through the runtime.
    fn to_number(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, src: u16) -> Result<(), LinkError> {
        if self.is_unboxed(src) {
            self.load_f64(s, src);
            self.put_f64(s, dst);
            self.written_f64(dst);
            return Ok(());
        }
        self.load(s, src);
        s.local_set(X);
        if self.is_number(src) {
            s.local_get(X);
            self.put(s, dst);
            self.written(dst);
            return Ok(());
        }
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // slow
        branch_unless_number(s, X, 0);
        s.local_get(X);
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// `dst = -src` on f64s (which gives -0 for 0, as JavaScript does) when
    /// `src` is a number, unboxed; anything else through the runtime.
    fn negate(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, src: u16) -> Result<(), LinkError> {
        if self.is_number(src) {
            self.load_f64(s, src);
            s.f64_neg();
            self.put_f64(s, dst);
            self.written_f64(dst);
            return Ok(());
        }
        self.load(s, src);
        s.local_set(X);
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // slow
        branch_unless_number(s, X, 0);
        unbox_number(s, X);
        s.f64_neg();
        self.put_f64(s, dst);
        s.br(1);
        s.end();
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        // Negation always gives a number.
        s.local_get(FP).i64_load(reg(dst)).local_set(U);
        unbox_number(s, U);
        self.put_f64(s, dst);
        s.end();
        self.written_f64(dst);
        Ok(())
    }

    /// A conditional branch on a boolean inline; other values through the
    /// runtime (`ToBoolean`).
    fn bool_branch(&mut self, s: &mut InstructionSink, pc: usize, op: Op, cond: u16, target: u32, when: bool) -> Result<(), LinkError> {
        self.load(s, cond);
        s.local_set(X);
        // Both successors start from memory.
        self.store_at_exit(s);
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // not a boolean
        s.local_get(X).i64_const(bool_bits(when) as i64).i64_eq().if_(BlockType::Empty);
        self.nesting += 3; // done, not a boolean, if
        self.branch(s, target as usize);
        self.nesting -= 3;
        s.end();
        s.local_get(X).i64_const(bool_bits(!when) as i64).i64_eq().br_if(1);
        self.runtime_fallback(s, pc, op)
    }

    /// A fused compare-and-branch: jumps to `target` when `a int_op b` is
    /// `when`. Two int32s or two numbers compare inline (and, for `===`,
    /// identical bits or not both references decide); the runtime's entry
    /// point decides otherwise and takes the branch itself.
    #[allow(clippy::too_many_arguments)]
    /// `x === null` and the like (`strict_equality_with_singleton`): pushes
    /// whether register `r` holds exactly `bits` (or, `equal` false, not).
    fn same_bits(&mut self, s: &mut InstructionSink, r: u16, bits: u64, equal: bool) {
        self.load(s, r);
        s.i64_const(bits as i64);
        if equal {
            s.i64_eq();
        } else {
            s.i64_ne();
        }
    }

    fn compare_branch(&mut self, s: &mut InstructionSink, pc: usize, op: Op, a: u16, b: u16, target: u32, int_op: IntOp, when: bool) -> Result<(), LinkError> {
        if let Some((other, bits)) = self.strict_equality_with_singleton(a, b).filter(|_| int_op == IntOp::Eq) {
            self.same_bits(s, other, bits, when);
            s.local_set(I);
            self.store_at_exit(s);
            s.local_get(I).if_(BlockType::Empty);
            self.nesting += 1;
            self.branch(s, target as usize);
            self.nesting -= 1;
            s.end();
            return Ok(());
        }
        let known = [self.is_number(a), self.is_number(b)];
        if known == [true, true] && (self.is_unboxed(a) || self.is_unboxed(b)) {
            // Two numbers, one unboxed: one f64 comparison.
            self.load_f64(s, a);
            self.load_f64(s, b);
            f64_op(s, int_op);
            s.local_set(I);
            self.store_at_exit(s);
            s.local_get(I);
            if !when {
                s.i32_eqz();
            }
            s.if_(BlockType::Empty);
            self.nesting += 1;
            self.branch(s, target as usize);
            self.nesting -= 1;
            s.end();
            return Ok(());
        }
        self.load(s, a);
        s.local_set(X);
        self.load(s, b);
        s.local_set(Y);
        // Both successors start from memory.
        self.store_at_exit(s);
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // decided: the truth is in I
        s.block(BlockType::Empty); // slow
        s.block(BlockType::Empty); // not both int32
        for v in [X, Y] {
            branch_unless_int32(s, v, 0);
        }
        s.local_get(X).i32_wrap_i64().local_get(Y).i32_wrap_i64();
        match int_op {
            IntOp::Lt => s.i32_lt_s(),
            IntOp::Le => s.i32_le_s(),
            IntOp::Gt => s.i32_gt_s(),
            IntOp::Ge => s.i32_ge_s(),
            IntOp::Eq => s.i32_eq(),
            _ => unreachable!("not a comparison"),
        };
        s.local_set(I).br(2);
        s.end();
        // Both numbers (int32 or double): compare as doubles.
        for (v, known) in [X, Y].into_iter().zip(known) {
            if !known {
                branch_unless_number(s, v, 0);
            }
        }
        for v in [X, Y] {
            unbox_number(s, v);
        }
        f64_op(s, int_op);
        s.local_set(I).br(1);
        s.end(); // slow
        if int_op == IntOp::Eq {
            // Not both numbers: the same bits are the same value; unless
            // both are references (maybe two equal strings) they differ.
            s.i32_const(1).local_set(I);
            s.local_get(X).local_get(Y).i64_eq().br_if(0);
            s.i32_const(0).local_set(I);
            for v in [X, Y] {
                s.local_get(v).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_eq();
            }
            s.i32_and().i32_eqz().br_if(0);
        }
        self.nesting += 2; // done, decided
        self.call_entry(s, pc, op)?;
        self.nesting -= 2;
        s.br(1);
        s.end(); // decided
        s.local_get(I);
        if !when {
            s.i32_eqz();
        }
        s.if_(BlockType::Empty);
        self.nesting += 2; // done, if
        self.branch(s, target as usize);
        self.nesting -= 2;
        s.end();
        s.end(); // done
        Ok(())
    }

    /// A named load through the site's inline cache first (one small
    /// runtime call that only probes the cache), the full op on a miss.
    pub(super) fn cached_get_named(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, obj: u16, fb: u32) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        self.load_on_path(s, obj);
        s.i32_const(self.func as i32).i32_const(fb as i32).call(self.imports.ic_get_named);
        s.local_tee(X).i64_const(IC_MISS_BITS as i64).i64_eq().br_if(0);
        s.local_get(X);
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)
    }

    /// A global variable read through the site's cache first (one small
    /// runtime call), the full op on a miss.
    fn cached_get_global(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, fb: u32) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        s.i32_const(self.func as i32).i32_const(fb as i32).call(self.imports.get_global);
        s.local_tee(X).i64_const(IC_MISS_BITS as i64).i64_eq().br_if(0);
        s.local_get(X);
        self.put(s, dst);
        s.br(1);
        self.runtime_fallback(s, pc, op)?;
        self.written(dst);
        Ok(())
    }

    /// Which of `abi::MATH_INTRINSICS` a call of `argc` arguments described
    /// by constant `desc` may be (its index and instruction).
    fn math_intrinsic(&self, desc: u32, argc: u16) -> Option<(u32, MathOp)> {
        if argc != 1 {
            return None;
        }
        MATH_INTRINSICS.iter().zip(0..).find(|((name, _), _)| self.constant_is(desc, name)).map(|((_, math), k)| (k, *math))
    }

    /// A call that may be Math intrinsic `k`: when the callee is that very
    /// builtin and the argument a number, one f64 instruction; anything
    /// else, the call as usual.
    #[allow(clippy::too_many_arguments)]
    fn math_call(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, f: u16, argc: u16, k: u32, math: MathOp) -> Result<(), LinkError> {
        self.load(s, f);
        s.local_set(X);
        let known = self.is_number(f + 2);
        if known {
            self.load_f64(s, f + 2);
            s.local_set(FA);
        } else {
            self.load(s, f + 2);
            s.local_set(Y);
        }
        // Only the call stores registers: the instruction needs none.
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // the call
        s.local_get(X).i32_const(self.imports.context).i64_load(mem64(CTX_MATH + 8 * k)).i64_ne().br_if(0);
        if known {
            s.local_get(FA);
        } else {
            branch_unless_number(s, Y, 0);
            unbox_number(s, Y);
        }
        match math {
            MathOp::Sqrt => s.f64_sqrt(),
            MathOp::Floor => s.f64_floor(),
            MathOp::Ceil => s.f64_ceil(),
            MathOp::Trunc => s.f64_trunc(),
            MathOp::Abs => s.f64_abs(),
        };
        box_number(s);
        self.put(s, dst);
        s.br(1);
        s.end();
        self.nesting += 1;
        self.call(s, pc, op, dst, f, argc, true)?;
        self.nesting -= 1;
        s.end();
        Ok(())
    }

    /// A named store through the site's inline cache first, the full op
    /// on a miss.
    pub(super) fn cached_set_named(&mut self, s: &mut InstructionSink, pc: usize, op: Op, obj: u16, src: u16, fb: u32) -> Result<(), LinkError> {
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // miss
        self.load_on_path(s, obj);
        self.load_on_path(s, src);
        s.i32_const(self.func as i32).i32_const(fb as i32).call(self.imports.ic_set_named);
        s.i32_eqz().br_if(0);
        s.br(1);
        self.runtime_fallback(s, pc, op)
    }

    /// Closes an op's fast-path `block` (its `br 0`s fall here) and emits
    /// the runtime entry point inside the enclosing `done` block.
    pub(super) fn runtime_fallback(&mut self, s: &mut InstructionSink, pc: usize, op: Op) -> Result<(), LinkError> {
        s.end();
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        s.end();
        Ok(())
    }

    fn store_const(&mut self, s: &mut InstructionSink, dst: u16, bits: u64) {
        s.i64_const(bits as i64);
        self.put(s, dst);
        self.written_singleton(dst, bits);
    }

    /// `dst = n`, boxed and unboxed (whichever its users want).
    fn store_number(&mut self, s: &mut InstructionSink, dst: u16, n: f64) {
        s.i64_const(number_bits(n) as i64);
        self.put(s, dst);
        s.f64_const(n.into());
        self.put_f64(s, dst);
        self.written_both(dst);
    }

    /// Puts the i64 on the stack (a sum of two int32s) into `dst` as an
    /// int32 value, or `br 0` when it does not fit in 32 bits.
    fn store_int32_unless_overflow(&self, s: &mut InstructionSink, dst: u16) {
        s.local_tee(R).local_get(R).i32_wrap_i64().i64_extend_i32_s().i64_ne().br_if(0);
        s.local_get(R).i64_const(0xFFFF_FFFF).i64_and().i64_const(int32_bits(0) as i64).i64_or();
        self.put(s, dst);
    }

    /// The op through its runtime entry point; then the throw check and,
    /// for ops with a branch, the branch when taken.
    pub(super) fn call_entry(&mut self, s: &mut InstructionSink, pc: usize, op: Op) -> Result<(), LinkError> {
        // The op reads (and the GC scans) registers in memory.
        self.store_for_runtime_on_path(s);
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
        if let Some(dst) = flow::destination(&op) {
            self.reload(s, dst);
        }
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
    pub(super) fn throw(&mut self, s: &mut InstructionSink, pc: usize) {
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

//! Bytecode → CLIF for one function, op by op (cranelift-jit-demo's
//! `FunctionTranslator` is the model: one `match` over the input).
//!
//! Each instruction gets a CLIF block; control flow between them is
//! native (jumps, branches, returns, the back-edge check), everything else
//! either compiles to a few instructions (`inline.rs`) or calls the op's
//! entry point (`entries.rs`), whose status picks the next block. Registers
//! live in the frame's slots of `Vm::stack` (the interpreter's layout) and
//! are loaded and stored around every op: nothing stays in a machine
//! register across a call into the runtime, so the GC sees every value
//! and an exception handler reads memory.
//!
//! A throw goes to the handler covering the instruction (`entries::catch`
//! moves the exception into its register) or returns `Value::EXCEPTION`
//! from the function, the exception pending in the runtime.
//!
//! A body starts at the instruction its `entry_pc` parameter names: 0 for
//! a call, a loop header (the target of a `Loop`) for on-stack
//! replacement. Both enter with every register in memory, so any
//! instruction's block is a valid entry; the switch lists only loop
//! headers, the one place the interpreter hands a running frame over.

use super::entries::{self, STATUS_TAKEN};
use super::Addresses;
use crate::slow_paths::find_handler;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64, I8};
use cranelift_codegen::ir::{AbiParam, Block, InstBuilder, MemFlagsData, SigRef, Signature, TrapCode, Value as Clif};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, Switch};
use kiln_compiler::bytecode::ops::OperandKind;
use kiln_compiler::bytecode::{FunctionCode, Op};
use kiln_runtime::Value;
use std::collections::HashMap;

/// The signature of a compiled body: `(vm, regs, frame, entry_pc) ->
/// value bits`.
pub(super) fn body_signature(call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(I64));
    sig.params.push(AbiParam::new(I64));
    sig.params.push(AbiParam::new(I64));
    sig.params.push(AbiParam::new(I32));
    sig.returns.push(AbiParam::new(I64));
    sig
}

/// Translates one bytecode function into the builder's (empty) function.
pub(super) struct Translator<'a, 'b> {
    pub(super) b: FunctionBuilder<'b>,
    pub(super) code: &'a FunctionCode,
    pub(super) addrs: &'a Addresses,
    pub(super) call_conv: CallConv,
    frontend: TargetFrontendConfig,
    pub(super) vm: Clif,
    pub(super) regs: Clif,
    /// The running frame's record in `Vm::frames` (it never moves).
    pub(super) frame: Clif,
    /// The flags of every load and store: aligned, never trapping.
    pub(super) mem: MemFlagsData,
    /// The block of each instruction, plus one past the end (unreachable).
    pub(super) blocks: Vec<Block>,
    /// Returns `Value::EXCEPTION` (no handler covers the throw).
    throw_block: Block,
    /// Per (handler target, exception register): catches, then enters it.
    catch_blocks: HashMap<(u32, u16), Block>,
    /// Entry-point signatures by their count of i32 parameters.
    sigs: HashMap<usize, SigRef>,
}

impl<'a, 'b> Translator<'a, 'b> {
    pub(super) fn new(mut b: FunctionBuilder<'b>, code: &'a FunctionCode, addrs: &'a Addresses, call_conv: CallConv, frontend: TargetFrontendConfig) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let vm = b.block_params(entry)[0];
        let regs = b.block_params(entry)[1];
        let frame = b.block_params(entry)[2];
        let entry_pc = b.block_params(entry)[3];
        let blocks: Vec<Block> = (0..=code.code.len()).map(|_| b.create_block()).collect();
        let mut headers = Switch::new();
        for op in &code.code {
            if let Op::Loop { target } = *op {
                if headers.entries().contains_key(&(target as u128)) {
                    continue;
                }
                headers.set_entry(target as u128, blocks[target as usize]);
            }
        }
        // Any other entry_pc starts the function (only 0 is ever passed).
        headers.emit(&mut b, entry_pc, blocks[0]);
        let throw_block = b.create_block();
        let mem = MemFlagsData::trusted();
        Translator { mem, b, code, addrs, call_conv, frontend, vm, regs, frame, blocks, throw_block, catch_blocks: HashMap::new(), sigs: HashMap::new() }
    }

    /// Translates every instruction and finishes the function.
    pub(super) fn translate(mut self) {
        for pc in 0..self.code.code.len() {
            self.b.switch_to_block(self.blocks[pc]);
            let op = self.code.code[pc];
            self.op(pc, op);
        }
        // Past the last instruction: verified bytecode never gets here.
        let end = self.blocks[self.code.code.len()];
        self.b.switch_to_block(end);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.switch_to_block(self.throw_block);
        let exception = self.b.ins().iconst(I64, Value::EXCEPTION.0 as i64);
        self.b.ins().return_(&[exception]);
        let mut catches: Vec<_> = self.catch_blocks.iter().map(|(&k, &v)| (k, v)).collect();
        catches.sort_by_key(|&((t, r), _)| (t, r));
        for ((target, reg), block) in catches {
            self.b.switch_to_block(block);
            let sig = self.sig(1);
            let callee = self.b.ins().iconst(I64, entries::catch as *const () as usize as i64);
            let reg = self.b.ins().iconst(I32, reg as i64);
            let call = self.b.ins().call_indirect(sig, callee, &[self.vm, self.regs, reg]);
            let caught = self.b.inst_results(call)[0];
            self.b.ins().brif(caught, self.blocks[target as usize], &[], self.throw_block, &[]);
        }
        self.b.seal_all_blocks();
        self.b.finalize(self.frontend);
    }

    /// One instruction, at the start of its block.
    fn op(&mut self, pc: usize, op: Op) {
        if self.inline(pc, op) {
            return;
        }
        match op {
            Op::Return { src } => {
                let v = self.load_reg(src);
                self.b.ins().return_(&[v]);
            }
            Op::Jump { target } => {
                self.b.ins().jump(self.blocks[target as usize], &[]);
            }
            Op::Loop { target } => self.loop_back(pc, op, target),
            _ => {
                let status = self.call_entry(pc, op);
                match branch_target(op) {
                    Some(target) => self.branch_on_status(pc, status, target),
                    None => {
                        let throw = self.throw_dest(pc);
                        self.b.ins().brif(status, throw, &[], self.blocks[pc + 1], &[]);
                    }
                }
            }
        }
    }

    /// After a branching op's entry: next, taken, or threw.
    pub(super) fn branch_on_status(&mut self, pc: usize, status: Clif, target: u32) {
        let nonzero = self.b.create_block();
        self.b.ins().brif(status, nonzero, &[], self.blocks[pc + 1], &[]);
        self.b.switch_to_block(nonzero);
        let taken = self.b.ins().icmp_imm_s(IntCC::Equal, status, STATUS_TAKEN as i64);
        let throw = self.throw_dest(pc);
        self.b.ins().brif(taken, self.blocks[target as usize], &[], throw, &[]);
    }

    /// The loop back-edge: counts it, and calls the runtime's `Loop` (which
    /// stops an interrupted program or collects garbage) only when the
    /// interrupt flag is set or the heap wants a collection.
    fn loop_back(&mut self, pc: usize, op: Op, target: u32) {
        let flags = self.mem;
        let counter = self.b.ins().iconst(I64, self.addrs.backedges as i64);
        let count = self.b.ins().load(I32, flags, counter, 0);
        let count = self.b.ins().iadd_imm_s(count, 1);
        self.b.ins().store(flags, count, counter, 0);
        let interrupt = self.b.ins().iconst(I64, self.addrs.interrupt as i64);
        let stop = self.b.ins().load(I8, flags, interrupt, 0);
        let allocated = self.b.ins().iconst(I64, self.addrs.heap_allocated as i64);
        let allocated = self.b.ins().load(I64, flags, allocated, 0);
        let threshold = self.b.ins().iconst(I64, self.addrs.heap_threshold as i64);
        let threshold = self.b.ins().load(I64, flags, threshold, 0);
        let due = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, allocated, threshold);
        let stop = self.b.ins().uextend(I32, stop);
        let due = self.b.ins().uextend(I32, due);
        let slow_needed = self.b.ins().bor(stop, due);
        let slow = self.b.create_block();
        self.b.ins().brif(slow_needed, slow, &[], self.blocks[target as usize], &[]);
        self.b.switch_to_block(slow);
        let status = self.call_entry(pc, op);
        let taken = self.b.ins().icmp_imm_s(IntCC::Equal, status, STATUS_TAKEN as i64);
        let throw = self.throw_dest(pc);
        self.b.ins().brif(taken, self.blocks[target as usize], &[], throw, &[]);
    }

    /// Calls the entry point of `op` (instruction `pc`); returns its status.
    /// Most entries read the op's operands from the bytecode themselves: a
    /// call site passes only `(vm, regs, pc)`. Calls and `new` pass theirs
    /// (`dst, f, argc, fb`): reading them from the bytecode cost the call
    /// helper two cache misses per call on deltablue.
    pub(super) fn call_entry(&mut self, pc: usize, op: Op) -> Clif {
        let (address, operands) = match op {
            Op::Call { dst, func, argc, fb, .. } => (entries::call as *const () as usize, Some((dst, func, argc, fb))),
            Op::New { dst, func, argc, fb, .. } => (entries::construct as *const () as usize, Some((dst, func, argc, fb))),
            _ => (entries::op_any as *const () as usize, None),
        };
        let callee = self.b.ins().iconst(I64, address as i64);
        let mut args = vec![self.vm, self.regs, self.b.ins().iconst(I32, pc as i64)];
        if let Some((dst, f, argc, fb)) = operands {
            for value in [dst as u32, f as u32, argc as u32, fb] {
                // Zero-extended: CLIF wants an i32 immediate's bits.
                args.push(self.b.ins().iconst(I32, value as i64));
            }
        }
        let sig = self.sig(args.len() - 2);
        let call = self.b.ins().call_indirect(sig, callee, &args);
        self.b.inst_results(call)[0]
    }

    /// The signature of an entry point taking `(vm, regs)` and `count`
    /// i32s (an op's: its pc and operands), returning an i32.
    fn sig(&mut self, count: usize) -> SigRef {
        if let Some(&sig) = self.sigs.get(&count) {
            return sig;
        }
        let mut sig = Signature::new(self.call_conv);
        sig.params.push(AbiParam::new(I64));
        sig.params.push(AbiParam::new(I64));
        for _ in 0..count {
            sig.params.push(AbiParam::new(I32));
        }
        sig.returns.push(AbiParam::new(I32));
        let sig = self.b.import_signature(sig);
        self.sigs.insert(count, sig);
        sig
    }

    /// Where a throw at instruction `pc` goes.
    pub(super) fn throw_dest(&mut self, pc: usize) -> Block {
        match find_handler(self.code, pc) {
            Some((target, reg)) => *self.catch_blocks.entry((target, reg)).or_insert_with(|| self.b.create_block()),
            None => self.throw_block,
        }
    }

    pub(super) fn load_reg(&mut self, r: u16) -> Clif {
        self.b.ins().load(I64, self.mem, self.regs, r as i32 * 8)
    }

    pub(super) fn store_reg(&mut self, r: u16, v: Clif) {
        self.b.ins().store(self.mem, v, self.regs, r as i32 * 8);
    }
}

/// The branch target of an op the runtime decides (conditional jumps,
/// for-in and for-of steps).
fn branch_target(op: Op) -> Option<u32> {
    op.operands().into_iter().find(|(_, kind, _)| *kind == OperandKind::Target).map(|(_, _, v)| v as u32)
}

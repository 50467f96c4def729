//! The runtime entry points baseline code calls: `op_any(vm, regs, pc) ->
//! status` runs instruction `pc` of the running frame through `exec`, the
//! interpreter's own meaning of the op (so every engine means the same
//! thing by every op), reading the op and its operands from the bytecode:
//! a call site passes three arguments whatever the op, which keeps the
//! code to compile per op small. `call` and `construct` enter bytecode
//! callees without the general path (compiled callees directly); they
//! take their operands as arguments, which spares the hottest helpers two
//! cache misses per call.
//!
//! Rules for code that calls them (the same as for AOT wasm code):
//! - the running frame is the top of `Vm::frames` and its registers are at
//!   `regs`; every register is in memory when an entry runs (compiled code
//!   keeps no value in a machine register across the call), so the GC,
//!   which may run inside any of them, sees every value;
//! - an exception is signalled by `STATUS_THREW` with the value pending in
//!   `Runtime::pending_exception`; nothing unwinds through compiled code.

use crate::enter::{call_native_fn, classify_callee, construct_target, enter_call, enter_construct, finish_construct, Args, Callee, Caller, Site};
use crate::exec::{exec_in_top_frame, Flow};
use crate::tiering::TierState;
use crate::vm::{Frame, Vm};
use kiln_runtime::host::JsResult;
use kiln_compiler::bytecode::Op;
use kiln_runtime::Value;
use std::sync::atomic::Ordering;

/// The op finished; go on with the next instruction.
pub(super) const STATUS_NEXT: u32 = 0;
/// The op's branch is taken.
pub(super) const STATUS_TAKEN: u32 = 1;
/// The op threw: the exception is pending.
pub(super) const STATUS_THREW: u32 = 2;

/// Runs `op`, instruction `pc` of the running frame.
#[inline(always)]
fn step(vm: *mut Vm, regs: *mut Value, pc: u32, op: Op) -> u32 {
    // SAFETY: baseline code passes the `*mut Vm` its executor received
    // from a live `&mut Vm`; while the entry runs, compiled code holds no
    // other reference to the VM (it is suspended in this call).
    let vm = unsafe { &mut *vm };
    match exec_in_top_frame(vm, regs, pc as usize, op) {
        // (`Return` is compiled inline and never reaches an entry.)
        Flow::Next | Flow::Return(_) => STATUS_NEXT,
        Flow::Jump(_) => STATUS_TAKEN,
        Flow::Threw => STATUS_THREW,
    }
}


/// Instruction `pc` of the running frame's function, read from its bytecode.
#[inline(always)]
fn op_at(vm: &Vm, pc: u32) -> Op {
    let func = vm.frames[vm.frames.len() - 1].func;
    vm.program.functions[func as usize].code[pc as usize]
}

/// Runs instruction `pc` of the running frame, read from its bytecode:
/// the entry point of every op without one of its own. Compiled code passes
/// only `(vm, regs, pc)`, which keeps each call site small to compile.
pub(super) extern "C" fn op_any(vm: *mut Vm, regs: *mut Value, pc: u32) -> u32 {
    // SAFETY: as in `step`.
    let op = op_at(unsafe { &*vm }, pc);
    step(vm, regs, pc, op)
}

/// Moves the pending exception into register `reg` (the handler's) and
/// returns 1; returns 0, leaving it pending, when the program is being
/// stopped (no handler may run, as in the interpreter).
pub(super) extern "C" fn catch(vm: *mut Vm, regs: *mut Value, reg: u32) -> u32 {
    // SAFETY: as in `step`.
    let vm = unsafe { &mut *vm };
    if vm.interrupt.load(Ordering::Relaxed) {
        return 0;
    }
    let exception = std::mem::replace(&mut vm.rt.pending_exception, Value::UNDEFINED);
    // SAFETY: `reg` is a verified register of the running frame, whose
    // registers start at `regs`.
    unsafe { regs.add(reg as usize).write(exception) };
    1
}

/// `Call { dst, func: f, argc, fb, desc }` (instruction `pc`) without the
/// general path: a bytecode closure's frame is pushed here and run by the
/// executor (its baseline code, or the interpreter), a native function is
/// called on the argument registers in place; anything else (bound
/// functions, classes, non-callables) runs the op through `exec`.
#[allow(clippy::too_many_arguments)]
pub(super) extern "C" fn call(vm_ptr: *mut Vm, regs: *mut Value, pc: u32, dst: u32, f: u32, argc: u32, fb: u32) -> u32 {
    // SAFETY: as in `step`.
    let vm = unsafe { &mut *vm_ptr };
    let fi = vm.frames.len() - 1;
    let (func, base) = (vm.frames[fi].func, vm.frames[fi].base);
    vm.frames[fi].pc = pc;
    let (f16, argc16) = (f as u16, argc as u16);
    // SAFETY: `f` is a verified register of the running frame at `regs`.
    let callee = unsafe { regs.add(f as usize).read() };
    let result = match classify_callee(vm, callee) {
        Callee::Native(native) => call_native_fn(vm, base, f16, argc16, native),
        Callee::Bytecode(target) => {
            vm.feedback.slot_mut(func, fb).record_callee(target.func);
            let program = vm.program.clone();
            match enter_call(vm, &program, Caller { fi, base }, target, None, f16, argc16) {
                Ok(()) => run_pushed(vm, target.func).0,
                Err(thrown) => Err(thrown),
            }
        }
        Callee::Other => {
            let op = op_at(vm, pc);
            return step(vm_ptr, regs, pc, op);
        }
    };
    for i in 0..2 + argc as usize {
        // SAFETY: the call's registers `f..f + 2 + argc` are verified
        // registers of the running frame.
        unsafe { regs.add(f as usize + i).write(Value::UNDEFINED) };
    }
    match result {
        Ok(v) => {
            // SAFETY: `dst` is a verified register of the running frame.
            unsafe { regs.add(dst as usize).write(v) };
            STATUS_NEXT
        }
        Err(_) => STATUS_THREW,
    }
}

/// Runs the frame just pushed for bytecode function `func` and pops it;
/// returns its result and its record. A callee with baseline code is
/// entered straight from here (entries run only under the baseline
/// executor, and the VM cannot move while compiled code runs), anything
/// else through the executor.
fn run_pushed(vm: &mut Vm, func: u32) -> (JsResult<Value>, Frame) {
    vm.safepoint();
    let result = match vm.tiering.state[func as usize] {
        TierState::Compiled(address) => {
            vm.feedback.counters[func as usize].invocations += 1;
            super::run_body(vm, address, 0)
        }
        _ => (vm.executor)(vm, func),
    };
    let frame = vm.frames.pop().expect("the callee's frame");
    vm.stack.truncate(frame.base);
    (result, frame)
}

/// `New { dst, func: f, argc, fb, .. }` (instruction `pc`) of a plain
/// function or a class without field initializers: the receiver is
/// allocated and the constructor's frame pushed here, its body run by
/// `run_pushed`, and its result turned into the new object as [[Construct]]
/// does (`finish_construct`, which also clears the call's registers).
/// Anything else runs the op through `exec`.
pub(super) extern "C" fn construct(vm_ptr: *mut Vm, regs: *mut Value, pc: u32, dst: u32, f: u32, argc: u32, fb: u32) -> u32 {
    // SAFETY: as in `step`.
    let vm = unsafe { &mut *vm_ptr };
    let (f, argc) = (f as u16, argc as u16);
    let fi = vm.frames.len() - 1;
    let (func, base) = (vm.frames[fi].func, vm.frames[fi].base);
    vm.frames[fi].pc = pc;
    // SAFETY: `f` is a verified register of the running frame at `regs`.
    let callee = unsafe { regs.add(f as usize).read() };
    let Some(target) = construct_target(vm, callee) else {
        let op = op_at(vm, pc);
        return step(vm_ptr, regs, pc, op);
    };
    let program = vm.program.clone();
    let caller = Caller { fi, base };
    let site = Some(Site { func, fb });
    let result = match enter_construct(vm, &program, caller, target, callee, callee, Args::Registers { first: f + 2, argc }, None, site) {
        Ok(()) => match run_pushed(vm, target.func) {
            // (`finish_construct` reads only a `New`'s callee and count.)
            (Ok(v), frame) => finish_construct(vm, caller, Op::New { dst: dst as u16, func: f, argc, fb, desc: 0 }, &frame, v),
            (Err(thrown), _) => Err(thrown),
        },
        Err(thrown) => Err(thrown),
    };
    match result {
        Ok(v) => {
            // SAFETY: `dst` is a verified register of the running frame.
            unsafe { regs.add(dst as usize).write(v) };
            STATUS_NEXT
        }
        Err(_) => STATUS_THREW,
    }
}

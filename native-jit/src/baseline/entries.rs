//! The runtime entry points baseline code calls, generated from the op
//! table: `op_<Name>(vm, regs, pc, operands…) -> status` runs instruction
//! `pc` of the running frame through `exec`, the interpreter's own meaning
//! of the op (so every engine means the same thing by every op); the
//! operands arrive as constants compiled into the caller, so each entry is
//! `exec` specialized to one op.
//!
//! Rules for code that calls them (the same as for AOT wasm code):
//! - the running frame is the top of `Vm::frames` and its registers are at
//!   `regs`; every register is in memory when an entry runs (compiled code
//!   keeps no value in a machine register across the call), so the GC,
//!   which may run inside any of them, sees every value;
//! - an exception is signalled by `STATUS_THREW` with the value pending in
//!   `Runtime::pending_exception`; nothing unwinds through compiled code.

use crate::enter::{call_native_fn, classify_callee, enter_call, Callee, Caller};
use crate::exec::{exec_in_top_frame, Flow};
use crate::vm::Vm;
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

macro_rules! define_entries {
    ($($name:ident { $($field:ident : $kind:ident),* } $doc:literal;)*) => {
        /// One entry point per op (see the module doc).
        #[allow(non_snake_case, clippy::unnecessary_cast)]
        mod op {
            use super::*;
            $(
                #[doc = $doc]
                pub(super) extern "C" fn $name(vm: *mut Vm, regs: *mut Value, pc: u32, $($field: i32),*) -> u32 {
                    step(vm, regs, pc, Op::$name { $($field: $field as _),* })
                }
            )*
        }

        /// The entry point of `op`'s kind and how many operands it takes
        /// after `(vm, regs, pc)`: its operands in table order, as i32s
        /// (`Op::operands` lists them in the same order).
        pub(super) fn entry_of(op: &Op) -> (usize, usize) {
            match op {
                $(Op::$name { .. } => (op::$name as *const () as usize, <[&str]>::len(&[$(stringify!($field)),*])),)*
            }
        }
    };
}

kiln_compiler::for_each_op!(define_entries);

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
pub(super) extern "C" fn call(vm_ptr: *mut Vm, regs: *mut Value, pc: u32, dst: u32, f: u32, argc: u32, fb: u32, desc: u32) -> u32 {
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
                Ok(()) => {
                    vm.safepoint();
                    let result = (vm.executor)(vm, target.func);
                    let frame = vm.frames.pop().expect("the callee's frame");
                    vm.stack.truncate(frame.base);
                    result
                }
                Err(thrown) => Err(thrown),
            }
        }
        Callee::Other => return step(vm_ptr, regs, pc, Op::Call { dst: dst as u16, func: f16, argc: argc16, fb, desc }),
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

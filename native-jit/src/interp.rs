//! Tier 0: the bytecode dispatch loop. Each instruction runs through
//! `exec::exec` (inlined here); the loop owns the program counter, enters
//! calls, `new` and `super(...)` of bytecode functions without recursing on
//! the native stack (`enter`), and unwinds exceptions: a throw looks up the function's handler
//! table; if no handler covers the instruction, the frame returns `Err` to
//! its caller.

use crate::enter::{call_native_fn, classify_callee, construct_target, Callee, enter_call, enter_construct, finish_construct, super_target, Args, Caller, Site};
use crate::exec::{exec, Cursor, Flow};
use crate::slow_paths::find_handler;
use crate::vm::Vm;
use kiln_compiler::bytecode::{Op, Program};
use kiln_runtime::host::{JsResult, Thrown};
use kiln_runtime::Value;
use std::sync::atomic::Ordering;

pub(crate) fn execute(vm: &mut Vm, program: &Program, func: u32) -> JsResult<Value> {
    // Calls from bytecode to bytecode closures do not recurse: the callee's
    // frame is pushed and this loop switches to it (`Frame::return_dst`
    // marks such frames); `Return` and unwinding switch back.
    let mut code = &program.functions[func as usize];
    let fi = vm.frames.len() - 1;
    let base = vm.frames[fi].base;
    let mut cur = Cursor { func, regs: vm.stack.frame(base), fi, base, env: vm.frames[fi].env, pc: 0, strict: code.strict };
    vm.feedback.counters[func as usize].invocations += 1;

    // After a call, its callee/this/argument registers are cleared: they
    // are dead, and a stale reference there would keep garbage alive (the
    // GC scans every register).
    macro_rules! clear_call_regs {
        ($f:expr, $argc:expr) => {{
            let start = cur.base + $f as usize;
            for slot in &mut vm.stack[start..start + 2 + $argc as usize] {
                *slot = Value::UNDEFINED;
            }
        }};
    }
    // Makes frame `fi` (the caller of a popped in-loop frame) current again.
    macro_rules! resume_caller {
        () => {{
            let frame = vm.frames.pop().expect("in-loop frame");
            vm.stack.truncate(frame.base);
            let fi = cur.fi - 1;
            let caller = &vm.frames[fi];
            code = &program.functions[caller.func as usize];
            cur = Cursor { func: caller.func, regs: vm.stack.frame(caller.base), fi, base: caller.base, env: caller.env, pc: caller.pc as usize + 1, strict: code.strict };
            frame
        }};
    }
    macro_rules! r {
        ($reg:expr) => {
            // SAFETY: as in `exec`: the live frame's registers, operands
            // verified to be inside the frame.
            *unsafe { &mut *cur.regs.add($reg as usize) }
        };
    }
    macro_rules! throw {
        () => {{
            loop {
                match find_handler(code, cur.pc - 1) {
                    Some((target, exception)) if !vm.interrupt.load(Ordering::Relaxed) => {
                        r!(exception) = std::mem::replace(&mut vm.rt.pending_exception, Value::UNDEFINED);
                        cur.pc = target as usize;
                        break;
                    }
                    // Unwind in-loop frames to their caller's call site.
                    _ if vm.frames[cur.fi].return_dst().is_some() => {
                        resume_caller!();
                    }
                    _ => return Err(Thrown),
                }
            }
            continue;
        }};
    }

    // Makes the frame just pushed by `enter::*` current.
    macro_rules! switch_to_callee {
        ($target:expr) => {{
            let target = $target;
            code = &program.functions[target as usize];
            let fi = cur.fi + 1;
            let base = vm.frames[fi].base;
            cur = Cursor { func: target, regs: vm.stack.frame(base), fi, base, env: vm.frames[fi].env, pc: 0, strict: code.strict };
            vm.feedback.counters[target as usize].invocations += 1;
            vm.safepoint();
            continue;
        }};
    }

    loop {
        // SAFETY: `pc` is in range: it starts at 0, branches go to verified
        // targets, and it only steps past instructions that can fall
        // through, never past the last one (`bytecode::verify`).
        let op = unsafe { *code.code.get_unchecked(cur.pc) };
        cur.pc += 1;
        match op {
            Op::Call { dst, func: f, argc, fb, .. } => {
                vm.frames[cur.fi].pc = (cur.pc - 1) as u32;
                match classify_callee(vm, r!(f)) {
                    Callee::Native(native) => {
                        let result = call_native_fn(vm, cur.base, f, argc, native);
                        clear_call_regs!(f, argc);
                        match result {
                            Ok(v) => r!(dst) = v,
                            Err(Thrown) => throw!(),
                        }
                        continue;
                    }
                    // (A function with baseline code, or due to get some,
                    // is called through the executor: the general path.)
                    Callee::Bytecode(target) if !vm.runs_compiled(target.func) => {
                        vm.feedback.slot_mut(cur.func, fb).record_callee(target.func);
                        if let Err(Thrown) = enter_call(vm, program, Caller { fi: cur.fi, base: cur.base }, target, Some(dst), f, argc) {
                            throw!();
                        }
                        switch_to_callee!(target.func);
                    }
                    Callee::Bytecode(_) | Callee::Other => {}
                }
            }
            Op::New { dst, func: f, argc, fb, .. } => {
                let callee = r!(f);
                if let Some(target) = construct_target(vm, callee).filter(|t| !vm.runs_compiled(t.func)) {
                    vm.frames[cur.fi].pc = (cur.pc - 1) as u32;
                    let caller = Caller { fi: cur.fi, base: cur.base };
                    let site = Some(Site { func: cur.func, fb });
                    if let Err(Thrown) = enter_construct(vm, program, caller, target, callee, callee, Args::Registers { first: f + 2, argc }, Some(dst), site) {
                        throw!();
                    }
                    switch_to_callee!(target.func);
                }
            }
            Op::SuperCall { dst, args: first, argc } => {
                if let Some((parent, target)) = super_target(vm, cur.fi).filter(|(_, t)| !vm.runs_compiled(t.func)) {
                    vm.frames[cur.fi].pc = (cur.pc - 1) as u32;
                    let new_target = vm.frames[cur.fi].new_target;
                    if let Err(Thrown) = enter_construct(vm, program, Caller { fi: cur.fi, base: cur.base }, target, parent, new_target, Args::Registers { first, argc }, Some(dst), None) {
                        throw!();
                    }
                    switch_to_callee!(target.func);
                }
            }
            Op::SuperCallForward { dst } => {
                if let Some((parent, target)) = super_target(vm, cur.fi).filter(|(_, t)| !vm.runs_compiled(t.func)) {
                    vm.frames[cur.fi].pc = (cur.pc - 1) as u32;
                    let new_target = vm.frames[cur.fi].new_target;
                    if let Err(Thrown) = enter_construct(vm, program, Caller { fi: cur.fi, base: cur.base }, target, parent, new_target, Args::Forwarded, Some(dst), None) {
                        throw!();
                    }
                    switch_to_callee!(target.func);
                }
            }
            _ => {}
        }
        let mut flow = exec(vm, &mut cur, op);
        // A hot loop: the rest of this frame runs in baseline code from
        // the loop's header (OSR, `tiering`), then returns or throws here.
        if let (Op::Loop { target }, Flow::Jump(_)) = (op, &flow) {
            if vm.osr_due(cur.func) {
                match crate::tiering::osr(vm, cur.func, target) {
                    Some(Ok(v)) => flow = Flow::Return(v),
                    // Uncaught in the frame: its caller's handlers are next.
                    Some(Err(Thrown)) if vm.frames[cur.fi].return_dst().is_some() => {
                        resume_caller!();
                        throw!();
                    }
                    Some(Err(Thrown)) => return Err(Thrown),
                    None => {}
                }
            }
        }
        match flow {
            Flow::Next => {}
            Flow::Jump(target) => cur.pc = target as usize,
            Flow::Return(v) => match vm.frames[cur.fi].return_dst() {
                Some(dst) => {
                    let frame = resume_caller!();
                    let caller_op = code.code[cur.pc - 1];
                    let v = if frame.new_target.is_undefined() {
                        if let Op::Call { func: f, argc, .. } = caller_op {
                            clear_call_regs!(f, argc);
                        }
                        v
                    } else {
                        match finish_construct(vm, Caller { fi: cur.fi, base: cur.base }, caller_op, &frame, v) {
                            Ok(v) => v,
                            Err(Thrown) => throw!(),
                        }
                    };
                    r!(dst) = v;
                }
                None => return Ok(v),
            },
            Flow::Threw => throw!(),
        }
    }
}

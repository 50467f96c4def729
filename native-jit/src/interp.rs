//! Tier 0: the bytecode dispatch loop. Each instruction runs through
//! `exec::exec` (inlined here); the loop owns the program counter, enters
//! calls from bytecode to bytecode closures without recursing on the native
//! stack, and unwinds exceptions: a throw looks up the function's handler
//! table; if no handler covers the instruction, the frame returns `Err` to
//! its caller.

use crate::exec::{exec, Cursor, Flow};
use crate::slow_paths::find_handler;
use crate::vm::Vm;
use kiln_compiler::bytecode::{Op, Program};
use kiln_runtime::error::type_error;
use kiln_runtime::host::{JsResult, Thrown};
use kiln_runtime::object::Class;
use kiln_runtime::Value;
use std::sync::atomic::Ordering;

pub(crate) fn execute(vm: &mut Vm, program: &Program, func: u32) -> JsResult<Value> {
    // Calls from bytecode to bytecode closures do not recurse: the callee's
    // frame is pushed and this loop switches to it (`Frame::return_dst`
    // marks such frames); `Return` and unwinding switch back.
    let mut code = &program.functions[func as usize];
    let fi = vm.frames.len() - 1;
    let mut cur = Cursor { func, fi, base: vm.frames[fi].base, env: vm.frames[fi].env, pc: 0, strict: code.strict };
    vm.feedback[func as usize].invocations += 1;

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
            cur = Cursor { func: caller.func, fi, base: caller.base, env: caller.env, pc: caller.pc as usize + 1, strict: code.strict };
            frame
        }};
    }
    macro_rules! r {
        ($reg:expr) => {
            vm.stack[cur.base + $reg as usize]
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
                    _ if vm.frames[cur.fi].return_dst.is_some() => {
                        resume_caller!();
                    }
                    _ => return Err(Thrown),
                }
            }
            continue;
        }};
    }

    loop {
        let op = code.code[cur.pc];
        cur.pc += 1;
        if let Op::Call { dst, func: f, argc, .. } = op {
            if let Some(target) = bytecode_callee(vm, r!(f)) {
                vm.frames[cur.fi].pc = (cur.pc - 1) as u32;
                if let Err(Thrown) = enter_call(vm, program, &cur, target, dst, f, argc) {
                    throw!();
                }
                code = &program.functions[target as usize];
                let fi = cur.fi + 1;
                cur = Cursor { func: target, fi, base: vm.frames[fi].base, env: vm.frames[fi].env, pc: 0, strict: code.strict };
                vm.feedback[target as usize].invocations += 1;
                vm.safepoint();
                continue;
            }
        }
        match exec(vm, &mut cur, op) {
            Flow::Next => {}
            Flow::Jump(target) => cur.pc = target as usize,
            Flow::Return(v) => match vm.frames[cur.fi].return_dst {
                Some(_) => {
                    let frame = resume_caller!();
                    if let Op::Call { func: f, argc, .. } = code.code[cur.pc - 1] {
                        clear_call_regs!(f, argc);
                    }
                    let dst = frame.return_dst.unwrap_or(0);
                    r!(dst) = v;
                }
                None => return Ok(v),
            },
            Flow::Threw => throw!(),
        }
    }
}

/// The bytecode function a call enters in the loop (plain functions,
/// methods and arrows; class constructors throw through the slow path).
#[inline]
fn bytecode_callee(vm: &Vm, callee: Value) -> Option<u32> {
    use kiln_runtime::object::FuncFlavor;
    match vm.rt.obj(callee).map(|o| &o.class) {
        Some(Class::Closure { func, flavor, .. }) if matches!(flavor, FuncFlavor::Normal | FuncFlavor::Method | FuncFlavor::Arrow) => Some(*func),
        _ => None,
    }
}

/// Pushes the frame of an in-loop call to bytecode function `target`: its
/// registers after the caller's, the arguments copied in. (Deliberately
/// its own copy of `Vm::push_frame`: calling that from here costs the
/// loop ~4% more instructions on deltablue, and entering `new` in the loop
/// the same way cost ~7%; measured with callgrind.)
fn enter_call(vm: &mut Vm, program: &Program, cur: &Cursor, target: u32, dst: u16, f: u16, argc: u16) -> JsResult<()> {
    use kiln_runtime::object::FuncFlavor;
    let callee = vm.stack[cur.base + f as usize];
    let this = vm.stack[cur.base + f as usize + 1];
    let start = cur.base + f as usize + 2;
    let Some(Class::Closure { env: callee_env, this_val, flavor, .. }) = vm.rt.obj(callee).map(|o| &o.class) else {
        unreachable!("bytecode_callee checked the class")
    };
    let callee_env = *callee_env;
    let this = if *flavor == FuncFlavor::Arrow { *this_val } else { this };
    let target_code = &program.functions[target as usize];
    vm.check_depth()?;
    if vm.interrupt.load(Ordering::Relaxed) {
        return Err(type_error(vm, "Script execution interrupted"));
    }
    let this = if !target_code.strict && target_code.flavor != kiln_compiler::bytecode::FunctionFlavor::Arrow {
        vm.sloppy_this(this)?
    } else {
        this
    };
    let new_base = vm.stack.len();
    vm.stack.resize(new_base + target_code.register_count as usize, Value::UNDEFINED);
    let argc = argc as usize;
    let n = argc.min(target_code.param_count as usize);
    vm.stack.copy_within(start..start + n, new_base);
    let forwarded = if target_code.keeps_arguments { vm.stack[start..start + argc].to_vec() } else { Vec::new() };
    vm.frames.push(crate::vm::Frame {
        func: target,
        base: new_base,
        pc: 0,
        env: callee_env,
        callee,
        this,
        new_target: Value::UNDEFINED,
        forwarded,
        return_dst: Some(dst),
    });
    Ok(())
}

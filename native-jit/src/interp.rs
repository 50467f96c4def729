//! Tier 0: the bytecode dispatch loop. Each instruction runs through
//! `exec::exec` (inlined here); the loop owns the program counter, enters
//! calls from bytecode to bytecode closures without recursing on the native
//! stack, and unwinds exceptions: a throw looks up the function's handler
//! table; if no handler covers the instruction, the frame returns `Err` to
//! its caller.

use crate::exec::{exec, Cursor, Flow};
use crate::slow_paths::find_handler;
use crate::vm::{Args, Vm};
use kiln_compiler::bytecode::{Op, Program};
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
        // Calls and `new` of plain bytecode functions are entered in the loop.
        let entered = match op {
            Op::Call { dst, func: f, argc, .. } => bytecode_callee(vm, r!(f)).map(|target| (target, dst, f, argc, false)),
            Op::New { dst, func: f, argc, .. } => bytecode_constructor(vm, r!(f)).map(|target| (target, dst, f, argc, true)),
            _ => None,
        };
        if let Some((target, dst, f, argc, construct)) = entered {
            vm.frames[cur.fi].pc = (cur.pc - 1) as u32;
            let entry = if construct {
                enter_construct(vm, &cur, target, dst, f, argc)
            } else {
                enter_call(vm, program, &cur, target, dst, f, argc)
            };
            if let Err(Thrown) = entry {
                throw!();
            }
            code = &program.functions[target as usize];
            let fi = cur.fi + 1;
            cur = Cursor { func: target, fi, base: vm.frames[fi].base, env: vm.frames[fi].env, pc: 0, strict: code.strict };
            vm.feedback[target as usize].invocations += 1;
            vm.safepoint();
            continue;
        }
        match exec(vm, &mut cur, op) {
            Flow::Next => {}
            Flow::Jump(target) => cur.pc = target as usize,
            Flow::Return(v) => match vm.frames[cur.fi].return_dst {
                Some(_) => {
                    let frame = resume_caller!();
                    let mut v = v;
                    match code.code[cur.pc - 1] {
                        Op::Call { func: f, argc, .. } => clear_call_regs!(f, argc),
                        Op::New { func: f, argc, .. } => {
                            clear_call_regs!(f, argc);
                            // A constructor's non-object result is replaced by `this`.
                            if !vm.rt.is_object(v) {
                                v = frame.this;
                            }
                        }
                        _ => {}
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

/// The bytecode function a `new` enters in the loop: plain functions and
/// base classes without field initializers (derived classes bind `this`
/// through `super()` and take the slow path).
#[inline]
fn bytecode_constructor(vm: &Vm, callee: Value) -> Option<u32> {
    use kiln_runtime::object::FuncFlavor;
    match vm.rt.obj(callee).map(|o| &o.class) {
        Some(Class::Closure { func, flavor, fields, .. })
            if matches!(flavor, FuncFlavor::Normal | FuncFlavor::BaseClass) && fields.is_undefined() =>
        {
            Some(*func)
        }
        _ => None,
    }
}

/// Pushes the frame of an in-loop call to bytecode function `target`: its
/// registers after the caller's, the arguments copied in.
fn enter_call(vm: &mut Vm, program: &Program, cur: &Cursor, target: u32, dst: u16, f: u16, argc: u16) -> JsResult<()> {
    use kiln_runtime::object::FuncFlavor;
    let callee = vm.stack[cur.base + f as usize];
    let this = vm.stack[cur.base + f as usize + 1];
    let Some(Class::Closure { this_val, flavor, .. }) = vm.rt.obj(callee).map(|o| &o.class) else {
        unreachable!("bytecode_callee checked the class")
    };
    let this = if *flavor == FuncFlavor::Arrow { *this_val } else { this };
    let target_code = &program.functions[target as usize];
    vm.check_entry()?;
    let this = if !target_code.strict && target_code.flavor != kiln_compiler::bytecode::FunctionFlavor::Arrow {
        vm.sloppy_this(this)?
    } else {
        this
    };
    push_frame(vm, cur, target, dst, f, argc, this, Value::UNDEFINED)
}

/// Pushes the frame of an in-loop `new` of bytecode function `target`:
/// `this` is a fresh object whose prototype is the callee's `prototype`.
/// Its `Return` swaps a non-object result for `this` (see the loop).
fn enter_construct(vm: &mut Vm, cur: &Cursor, target: u32, dst: u16, f: u16, argc: u16) -> JsResult<()> {
    let callee = vm.stack[cur.base + f as usize];
    vm.check_entry()?;
    let proto = vm.prototype_for(callee)?;
    let this = vm.rt.alloc_object(Class::Ordinary, proto);
    push_frame(vm, cur, target, dst, f, argc, this, callee)
}

/// Pushes the callee's frame, its arguments taken from the caller's
/// registers after `f` (the callee) and `f + 1` (`this`).
#[allow(clippy::too_many_arguments)]
fn push_frame(vm: &mut Vm, cur: &Cursor, target: u32, dst: u16, f: u16, argc: u16, this: Value, new_target: Value) -> JsResult<()> {
    let callee = vm.stack[cur.base + f as usize];
    let Some(Class::Closure { env, .. }) = vm.rt.obj(callee).map(|o| &o.class) else {
        unreachable!("the callee is a bytecode closure")
    };
    let args = Args::Stack { start: cur.base + f as usize + 2, len: argc as usize };
    vm.push_frame(target, callee, *env, this, new_target, args, Some(dst))
}

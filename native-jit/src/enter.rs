//! Frames the dispatch loop enters without recursing on the native stack:
//! calls, `new` and `super(...)` whose target is a bytecode function. The
//! callee's frame is pushed after the caller's registers with the caller's
//! result register in `Frame::return_dst`; when it returns, the loop
//! switches back and, for a construct frame (`new_target` defined),
//! `finish_construct` turns the returned value into the constructed object
//! as [[Construct]] does. Everything else (natives, bound functions,
//! classes with field initializers) goes through `Vm::call_value` /
//! `Vm::construct_value`.

use crate::vm::{Frame, Vm};
use kiln_compiler::bytecode::{FunctionFlavor, Op, Program};
use kiln_runtime::error::{range_error, reference_error, type_error};
use kiln_runtime::host::JsResult;
use kiln_runtime::object::{Class, FuncFlavor, NativeFn};
use kiln_runtime::shape::PropKey;
use kiln_runtime::Value;
use std::sync::atomic::Ordering;

/// A bytecode closure the loop enters: its function and environment.
#[derive(Clone, Copy)]
pub(crate) struct Target {
    pub func: u32,
    env: Value,
    /// An arrow function's `this` (it ignores the call's).
    arrow_this: Option<Value>,
}

/// The bytecode function a `new` (or `super(...)`) enters in the loop:
/// plain functions and classes. A base class with field initializers runs
/// them before its body, through `Vm::construct_value`.
#[inline]
pub(crate) fn construct_target(vm: &Vm, callee: Value) -> Option<Target> {
    match vm.rt.obj(callee).map(|o| &o.class) {
        Some(&Class::Closure { func, env, flavor: FuncFlavor::Normal | FuncFlavor::BaseClass, extra: fields, .. }) if fields.is_undefined() => {
            Some(Target { func, env, arrow_this: None })
        }
        Some(&Class::Closure { func, env, flavor: FuncFlavor::DerivedClass, .. }) => Some(Target { func, env, arrow_this: None }),
        _ => None,
    }
}

/// The parent constructor a `super(...)` in frame `fi` enters in the loop,
/// when the running derived class has no field initializers to run after it.
pub(crate) fn super_target(vm: &Vm, fi: usize) -> Option<(Value, Target)> {
    let callee = vm.frames[fi].callee;
    let obj = vm.rt.obj(callee)?;
    match &obj.class {
        Class::Closure { extra: fields, .. } if fields.is_undefined() => {}
        _ => return None,
    }
    let parent = obj.proto;
    construct_target(vm, parent).map(|target| (parent, target))
}

/// The frame making the call: its index in `Vm::frames` and first register.
#[derive(Clone, Copy)]
pub(crate) struct Caller {
    pub fi: usize,
    pub base: usize,
}

/// Where the arguments of an entered frame are.
pub(crate) enum Args {
    /// `argc` registers of the caller starting at this one.
    Registers { first: u16, argc: u16 },
    /// The caller's own arguments (`SuperCallForward`).
    Forwarded,
}

/// Pushes the frame of an in-loop call to `target` (callee in register
/// `f`, `this` in `f + 1`, arguments after).
pub(crate) fn enter_call(vm: &mut Vm, program: &Program, caller: Caller, target: Target, return_dst: Option<u16>, f: u16, argc: u16) -> JsResult<()> {
    let callee = vm.stack[caller.base + f as usize];
    let this = match target.arrow_this {
        Some(this) => this,
        None => vm.stack[caller.base + f as usize + 1],
    };
    check_entry(vm)?;
    let code = &program.functions[target.func as usize];
    let this = if !code.strict && target.arrow_this.is_none() { vm.sloppy_this(this)? } else { this };
    push(vm, program, caller, target, callee, this, Value::UNDEFINED, Args::Registers { first: f + 2, argc }, return_dst)
}

/// Pushes the frame of `new callee(...)` (or of `super(...)`, with the
/// running constructor's `new_target`): `this` is a fresh object whose
/// prototype is `new_target.prototype`, or uninitialized in a derived
/// class until its own `super(...)` returns.
#[allow(clippy::too_many_arguments)]
pub(crate) fn enter_construct(
    vm: &mut Vm,
    program: &Program,
    caller: Caller,
    target: Target,
    callee: Value,
    new_target: Value,
    args: Args,
    return_dst: Option<u16>,
    site: Option<Site>,
) -> JsResult<()> {
    check_entry(vm)?;
    let this = if program.functions[target.func as usize].flavor == FunctionFlavor::DerivedClass {
        Value::UNINITIALIZED
    } else {
        let proto = prototype(vm, new_target, site)?;
        vm.rt.alloc_ordinary(proto)
    };
    push(vm, program, caller, target, callee, this, new_target, args, return_dst)
}

/// The feedback slot of a `new` site: it caches where the constructor
/// keeps its `prototype` (shape → slot), like a property load.
#[derive(Clone, Copy)]
pub(crate) struct Site {
    pub func: u32,
    pub fb: u32,
}

/// `new_target.prototype` (an object, else Object.prototype), through the
/// site's inline cache when there is one.
fn prototype(vm: &mut Vm, new_target: Value, site: Option<Site>) -> JsResult<Value> {
    let Some(Site { func, fb }) = site else { return vm.prototype_for(new_target) };
    if let Some(p) = crate::ic::ic_load(vm, func, fb, new_target) {
        if vm.rt.is_object(p) {
            return Ok(p);
        }
    }
    let p = vm.prototype_for(new_target)?;
    crate::ic::ic_record_load(vm, func, fb, new_target, PropKey::Atom(kiln_runtime::atoms::PROTOTYPE));
    Ok(p)
}

#[inline]
fn check_entry(vm: &mut Vm) -> JsResult<()> {
    vm.check_depth()?;
    if vm.interrupt.load(Ordering::Relaxed) {
        return Err(type_error(vm, "Script execution interrupted"));
    }
    Ok(())
}

/// Pushes the callee's frame: its registers after the caller's, the
/// arguments copied in (missing ones undefined, extra ones dropped but kept
/// in `forwarded` when the callee needs them), its result going to the
/// caller's register `return_dst` (in-loop frames; compiled code's frames
/// return their result themselves). (Deliberately apart from `Vm::push_frame`,
/// which serves recursive calls: sharing it cost the loop ~4% more
/// instructions on deltablue, measured with callgrind.) Always inlined: as
/// a call of its own, passing nine arguments cost binary-trees ~4% more
/// instructions.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn push(vm: &mut Vm, program: &Program, caller: Caller, target: Target, callee: Value, this: Value, new_target: Value, args: Args, return_dst: Option<u16>) -> JsResult<()> {
    let code = &program.functions[target.func as usize];
    let (count, params) = (code.register_count as usize, code.param_count as usize);
    let keeps_arguments = code.keeps_arguments || code.is_default_constructor;
    let (base, argc) = match args {
        Args::Registers { first, argc } => {
            let start = caller.base + first as usize;
            (vm.stack.push_frame(count, params, start, argc as usize, keeps_arguments), argc as usize)
        }
        Args::Forwarded => {
            // The caller's kept arguments sit after its registers: live registers.
            let caller_frame = vm.frames[caller.fi];
            let start = caller_frame.base + program.functions[caller_frame.func as usize].register_count as usize;
            let argc = caller_frame.kept_args as usize;
            (vm.stack.push_frame(count, params, start, argc, keeps_arguments), argc)
        }
    };
    let Some(base) = base else {
        return Err(range_error(vm, "Maximum call stack size exceeded"));
    };
    let kept_args = if keeps_arguments { argc as u32 } else { 0 };
    let return_register = return_dst.map_or(Frame::NO_RETURN_DST, u32::from);
    let frame = Frame { env: target.env, callee, this, new_target, func: target.func, pc: 0, base, kept_args, return_register };
    if !vm.frames.push(frame) {
        vm.stack.truncate(base);
        return Err(range_error(vm, "Maximum call stack size exceeded"));
    }
    Ok(())
}

/// The result of a construct frame that just returned `value` to the
/// caller's `New` or `SuperCall` (the current frame again): an object
/// result replaces `this`; a derived class must return an object or
/// undefined and must have called `super(...)`. After `super(...)`, the
/// caller's `this` is bound to the result.
#[inline(never)]
pub(crate) fn finish_construct(vm: &mut Vm, caller: Caller, caller_op: Op, frame: &Frame, value: Value) -> JsResult<Value> {
    let result = if vm.rt.is_object(value) {
        value
    } else if frame.this == Value::UNINITIALIZED || (!value.is_undefined() && is_derived(vm, frame.callee)) {
        if !value.is_undefined() {
            return Err(type_error(vm, "Derived constructors may only return object or undefined"));
        }
        return Err(reference_error(
            vm,
            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
        ));
    } else {
        frame.this
    };
    match caller_op {
        Op::New { func: f, argc, .. } => {
            let start = caller.base + f as usize;
            vm.stack[start..start + 2 + argc as usize].fill(Value::UNDEFINED);
        }
        Op::SuperCall { .. } | Op::SuperCallForward { .. } => {
            if vm.frames[caller.fi].this != Value::UNINITIALIZED {
                return Err(reference_error(vm, "Super constructor may only be called once"));
            }
            vm.frames[caller.fi].this = result;
        }
        _ => unreachable!("a construct frame returns to New or SuperCall"),
    }
    Ok(result)
}

fn is_derived(vm: &Vm, callee: Value) -> bool {
    matches!(vm.rt.obj(callee).map(|o| &o.class), Some(Class::Closure { flavor: FuncFlavor::DerivedClass, .. }))
}

/// The object `new callee(...)` starts from, for compiled code that
/// constructs a plain function or a base class itself (its entry stub runs
/// the body with this `this`): a fresh ordinary object whose prototype is
/// `callee.prototype` (through the `new` site `fb` of the running function's
/// inline cache). None when `callee` is neither, or a class with field
/// initializers (the caller runs the full `New` op).
pub fn construct_receiver(vm: &mut Vm, callee: Value, fb: u32) -> JsResult<Option<Value>> {
    match vm.rt.obj(callee).map(|o| &o.class) {
        Some(Class::Closure { flavor: FuncFlavor::Normal | FuncFlavor::BaseClass, extra: fields, .. }) if fields.is_undefined() => {}
        _ => return Ok(None),
    }
    let func = vm.frames.last().expect("the running frame").func;
    let proto = prototype(vm, callee, Some(Site { func, fb }))?;
    Ok(Some(vm.rt.alloc_ordinary(proto)))
}

/// A call whose callee (register `f` of the frame at `base`) is a native
/// function: runs it on the arguments in the caller's registers, without
/// the general `Call` path. None when the callee is not native. The
/// caller clears the call's registers afterwards.
#[inline]
pub fn call_native(vm: &mut Vm, base: usize, f: u16, argc: u16) -> Option<JsResult<Value>> {
    let callee = vm.stack[base + f as usize];
    let Some(&Class::Native { f: native, .. }) = vm.rt.obj(callee).map(|o| &o.class) else { return None };
    Some(call_native_fn(vm, base, f, argc, native))
}

/// What a call site's callee is, found with one look at its class: the
/// dispatch loop runs natives in place and enters bytecode closures (plain
/// functions, methods and arrows; calling a class constructor throws, in
/// the slow path).
pub(crate) enum Callee {
    Native(NativeFn),
    Bytecode(Target),
    /// Bound functions, classes, non-callables: the full `Call` op.
    Other,
}

#[inline]
pub(crate) fn classify_callee(vm: &Vm, callee: Value) -> Callee {
    match vm.rt.obj(callee).map(|o| &o.class) {
        Some(&Class::Native { f, .. }) => Callee::Native(f),
        Some(&Class::Closure { func, env, extra: this_val, flavor, .. }) => match flavor {
            FuncFlavor::Normal | FuncFlavor::Method => Callee::Bytecode(Target { func, env, arrow_this: None }),
            FuncFlavor::Arrow => Callee::Bytecode(Target { func, env, arrow_this: Some(this_val) }),
            FuncFlavor::BaseClass | FuncFlavor::DerivedClass => Callee::Other,
        },
        _ => Callee::Other,
    }
}

/// `call_native` once the callee is known to be native function `native`.
#[inline]
pub(crate) fn call_native_fn(vm: &mut Vm, base: usize, f: u16, argc: u16, native: NativeFn) -> JsResult<Value> {
    let this = vm.stack[base + f as usize + 1];
    vm.check_depth()?;
    let start = base + f as usize + 2;
    crate::slow_paths::with_stack_args(vm, start, argc as usize, |vm, args| {
        vm.native_depth += 1;
        let result = native(vm, this, args, Value::UNDEFINED);
        vm.native_depth -= 1;
        result
    })
}

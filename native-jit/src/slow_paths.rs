//! The interpreter's out-of-line operations: globals, calls through the
//! runtime, classes and `super`, `for-in` iteration, `arguments` objects and
//! error messages. Kept apart from the dispatch loop so it stays readable.

use crate::exec::type_bits;
use crate::vm::Vm;
use kiln_compiler::bytecode::FunctionCode;
use kiln_runtime::error::{reference_error, type_error};
use kiln_runtime::host::{JsResult, Thrown};
use kiln_runtime::object::{Class, FuncFlavor, IterState};
use kiln_runtime::ops;
use kiln_runtime::property::OwnProp;
use kiln_runtime::shape::{PropFlags, PropKey};
use kiln_runtime::Value;

/// V8's TypeError for `null[k]` / `undefined[k] = v`, raised before the key
/// is converted.
pub(crate) fn nullish_base_error(vm: &mut Vm, base: Value, k: Value, verb: &str, gerund: &str) -> Thrown {
    let text = key_text_for_message(vm, k);
    let what = if base.is_null() { "null" } else { "undefined" };
    let msg = format!("Cannot {} properties of {} ({} '{}')", verb, what, gerund, text);
    type_error(vm, &msg)
}

/// A property key for an error message, without running user code (the
/// base is checked before the key is converted).
pub(crate) fn key_text_for_message(vm: &mut Vm, k: Value) -> String {
    if vm.rt.is_object(k) {
        return String::from("[object Object]");
    }
    let s = ops::primitive_to_string(&mut vm.rt, k);
    let units = vm.rt.heap.string_units(s.as_ref());
    String::from_utf16_lossy(&units)
}

/// An unmapped arguments object: indexed copies of the actual arguments,
/// `length`, and (sloppy code) `callee`.
pub(crate) fn create_arguments(vm: &mut Vm, fi: usize, strict: bool) -> Value {
    let proto = vm.rt.intrinsics.object_proto;
    let obj = vm.rt.alloc_object(Class::Arguments, proto);
    let args = vm.kept_args(fi).to_vec();
    for (i, v) in args.iter().enumerate() {
        vm.rt.define_own(obj, PropKey::Index(i as u32), *v, PropFlags::DATA);
    }
    vm.rt.define_own(obj, PropKey::Atom(kiln_runtime::atoms::LENGTH), Value::int(args.len() as i32), PropFlags::HIDDEN);
    if !strict {
        let callee = vm.frames[fi].callee;
        vm.rt.define_own(obj, PropKey::Atom(kiln_runtime::atoms::CALLEE), callee, PropFlags::HIDDEN);
    }
    obj
}

pub(crate) fn find_handler(code: &FunctionCode, pc: usize) -> Option<(u32, u16)> {
    let pc = pc as u32;
    code.handlers.iter().find(|h| h.start <= pc && pc < h.end).map(|h| (h.target, h.exception))
}

pub(crate) fn record_types(vm: &mut Vm, func: u32, fb: u32, x: Value, y: Value) {
    let bits = type_bits(&vm.rt, x) | type_bits(&vm.rt, y);
    vm.feedback.slot_mut(func, fb).types |= bits;
}

pub(crate) fn const_text(vm: &mut Vm, func: u32, idx: u32) -> String {
    let v = vm.loaded.constants[func as usize][idx as usize];
    if vm.rt.is_string(v) {
        let units = vm.rt.heap.string_units(v.as_ref());
        String::from_utf16_lossy(&units)
    } else {
        ops::number_text(v.as_number())
    }
}

#[inline(always)]
pub(crate) fn env_slot(vm: &Vm, env: Value, depth: u16, slot: u16) -> Value {
    let mut e = env;
    for _ in 0..depth {
        e = vm.rt.heap.env(e.as_ref()).parent;
    }
    vm.rt.heap.env(e.as_ref()).slots()[slot as usize]
}

pub(crate) fn get_global(vm: &mut Vm, key: PropKey) -> JsResult<Value> {
    let global = vm.rt.global;
    match vm.rt.get_own(global, key) {
        OwnProp::Slot(v, flags) if !flags.is_accessor() => Ok(v),
        _ => {
            if ops::has_property(vm, global, key)? {
                ops::get(vm, global, key)
            } else {
                let msg = format!("{} is not defined", vm.rt.key_text(key));
                Err(reference_error(vm, &msg))
            }
        }
    }
}

/// `GetGlobal`'s slow path: the full lookup, then the site caches where
/// the variable lives.
#[inline(never)]
pub(crate) fn get_global_and_cache(vm: &mut Vm, func: u32, name: u32, fb: u32) -> JsResult<Value> {
    let key = vm.loaded.keys[func as usize][name as usize];
    let v = get_global(vm, key)?;
    if let Some(index) = vm.rt.global_index(key) {
        vm.feedback.slot_mut(func, fb).global = crate::feedback::GlobalHit { index, epoch: vm.rt.global_epoch };
    }
    Ok(v)
}

pub(crate) fn set_global(vm: &mut Vm, key: PropKey, v: Value, strict: bool) -> JsResult<()> {
    let global = vm.rt.global;
    if let OwnProp::Slot(_, flags) = vm.rt.get_own(global, key) {
        if flags.writable() && !flags.is_accessor() {
            vm.rt.write_own_slot(global, key, v);
            return Ok(());
        }
    }
    if strict && !ops::has_property(vm, global, key)? {
        let msg = format!("{} is not defined", vm.rt.key_text(key));
        return Err(reference_error(vm, &msg));
    }
    ops::set(vm, global, key, v, strict)
}

pub(crate) fn is_constructor(vm: &Vm, v: Value) -> bool {
    match vm.rt.obj(v).map(|o| &o.class) {
        Some(Class::Closure { flavor, .. }) => {
            use kiln_runtime::object::FuncFlavor::*;
            matches!(flavor, Normal | BaseClass | DerivedClass)
        }
        Some(Class::Native { ctor, .. }) => *ctor,
        Some(Class::Bound { target, .. }) => is_constructor(vm, *target),
        _ => false,
    }
}

/// Runs `f` with the `argc` registers from `vm.stack[start]` as an
/// argument list: copied (the call may grow the stack), on the native stack
/// when there are few.
pub(crate) fn with_stack_args<R>(vm: &mut Vm, start: usize, argc: usize, f: impl FnOnce(&mut Vm, &[Value]) -> R) -> R {
    let mut buffer = [Value::UNDEFINED; 8];
    let heap_args: Vec<Value>;
    let args: &[Value] = if argc <= 8 {
        buffer[..argc].copy_from_slice(&vm.stack[start..start + argc]);
        &buffer[..argc]
    } else {
        heap_args = vm.stack[start..start + argc].to_vec();
        &heap_args
    };
    f(vm, args)
}

/// Calls with arguments that sit in the caller's registers.
pub(crate) fn call_from_stack(vm: &mut Vm, callee: Value, this: Value, start: usize, argc: usize, func: u32, desc: u32) -> JsResult<Value> {
    if !vm.rt.is_callable(callee) {
        let msg = format!("{} is not a function", const_text(vm, func, desc));
        return Err(type_error(vm, &msg));
    }
    // Plain bytecode closures take their arguments straight from the
    // caller's registers (AOT code calls every function through here).
    if let Some(Class::Closure { func, flavor: FuncFlavor::Normal | FuncFlavor::Method | FuncFlavor::Arrow, .. }) = vm.rt.obj(callee).map(|o| &o.class) {
        let func = *func;
        return vm.run_frame_on_stack(callee, func, this, start, argc);
    }
    with_stack_args(vm, start, argc, |vm, args| vm.call_value(callee, this, args))
}

/// The object `super.x` looks up: the home object's prototype.
pub(crate) fn super_base(vm: &Vm, fi: usize) -> Value {
    let callee = vm.frames[fi].callee;
    let home = match vm.rt.obj(callee).map(|o| &o.class) {
        Some(Class::Closure { home, .. }) => *home,
        _ => Value::UNDEFINED,
    };
    vm.rt.obj(home).map(|o| o.proto).unwrap_or(Value::NULL)
}

/// `base[key]` with getters called on `receiver` (super property reads).
pub(crate) fn get_with_receiver(vm: &mut Vm, base: Value, key: PropKey, receiver: Value) -> JsResult<Value> {
    let mut current = base;
    while vm.rt.is_object(current) {
        if let OwnProp::Slot(v, flags) = vm.rt.get_own(current, key) {
            if flags.is_accessor() {
                let getter = match vm.rt.obj(v).map(|o| &o.class) {
                    Some(Class::Accessor { get, .. }) => *get,
                    _ => Value::UNDEFINED,
                };
                if getter.is_undefined() {
                    return Ok(Value::UNDEFINED);
                }
                return kiln_runtime::Host::call(vm, getter, receiver, &[]);
            }
            return ops::get(vm, current, key);
        }
        current = vm.rt.obj(current).map(|o| o.proto).unwrap_or(Value::NULL);
    }
    Ok(Value::UNDEFINED)
}

pub(crate) fn super_call(vm: &mut Vm, fi: usize, args: &[Value]) -> JsResult<Value> {
    let callee = vm.frames[fi].callee;
    let parent = vm.rt.obj(callee).map(|o| o.proto).unwrap_or(Value::NULL);
    if !is_constructor(vm, parent) {
        return Err(type_error(vm, "Super constructor is not a constructor"));
    }
    let new_target = vm.frames[fi].new_target;
    let result = vm.construct_value(parent, args, new_target)?;
    if vm.frames[fi].this != Value::UNINITIALIZED {
        return Err(reference_error(vm, "Super constructor may only be called once"));
    }
    vm.frames[fi].this = result;
    let fields = match vm.rt.obj(callee).map(|o| &o.class) {
        Some(Class::Closure { extra: fields, .. }) => *fields,
        _ => Value::UNDEFINED,
    };
    if !fields.is_undefined() {
        vm.call_value(fields, result, &[])?;
    }
    Ok(result)
}

pub(crate) fn make_class(vm: &mut Vm, func: u32, env: Value, parent: Option<Value>) -> JsResult<Value> {
    let (proto_parent, ctor_parent) = match parent {
        None => (vm.rt.intrinsics.object_proto, vm.rt.intrinsics.function_proto),
        Some(p) if p.is_null() => (Value::NULL, vm.rt.intrinsics.function_proto),
        Some(p) => {
            if !is_constructor(vm, p) {
                let text = ops::to_rust_string(vm, p).unwrap_or_else(|_| "value".into());
                return Err(type_error(vm, &format!("Class extends value {} is not a constructor or null", text)));
            }
            let pp = ops::get(vm, p, PropKey::Atom(kiln_runtime::atoms::PROTOTYPE))?;
            if !pp.is_null() && !vm.rt.is_object(pp) {
                let text = ops::to_rust_string(vm, pp).unwrap_or_else(|_| "value".into());
                return Err(type_error(vm, &format!("Class extends value does not have valid prototype property {}", text)));
            }
            (pp, p)
        }
    };
    let ctor = vm.make_closure(func, env);
    if let Some(o) = vm.rt.obj_mut(ctor) {
        o.proto = ctor_parent;
    }
    let proto = vm.rt.alloc_object(Class::Ordinary, proto_parent);
    vm.rt.define_own(ctor, PropKey::Atom(kiln_runtime::atoms::PROTOTYPE), proto, PropFlags::NONE);
    vm.rt.define_own(proto, PropKey::Atom(kiln_runtime::atoms::CONSTRUCTOR), ctor, PropFlags::HIDDEN);
    if let Some(Class::Closure { home, .. }) = vm.rt.obj_mut(ctor).map(|o| &mut o.class) {
        *home = proto;
    }
    Ok(ctor)
}

/// Collects the enumerable string keys of `o` and its prototype chain
/// (shadowed keys once) for `for-in`.
pub(crate) fn for_in_start(vm: &mut Vm, o: Value) -> JsResult<Value> {
    let mut keys: Vec<Value> = Vec::new();
    if !o.is_nullish() {
        let obj = ops::to_object(vm, o)?;
        let mut seen: Vec<PropKey> = Vec::new();
        let mut current = obj;
        while vm.rt.is_object(current) {
            for key in vm.rt.own_keys(current, false) {
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                if let OwnProp::Slot(_, flags) = vm.rt.get_own(current, key) {
                    if flags.enumerable() {
                        keys.push(vm.rt.key_to_value(key));
                    }
                }
            }
            current = vm.rt.obj(current).map(|x| x.proto).unwrap_or(Value::NULL);
        }
        let proto = vm.rt.intrinsics.iterator_proto;
        return Ok(vm.rt.alloc_object(Class::Iterator(IterState::Keys { keys: keys.into_boxed_slice(), index: 0, target: obj }), proto));
    }
    let proto = vm.rt.intrinsics.iterator_proto;
    Ok(vm.rt.alloc_object(Class::Iterator(IterState::Keys { keys: keys.into_boxed_slice(), index: 0, target: Value::UNDEFINED }), proto))
}

pub(crate) fn for_in_next(vm: &mut Vm, iter: Value) -> JsResult<Option<Value>> {
    loop {
        let (key, target) = match vm.rt.obj_mut(iter).map(|o| &mut o.class) {
            Some(Class::Iterator(IterState::Keys { keys, index, target })) => {
                if *index as usize >= keys.len() {
                    return Ok(None);
                }
                *index += 1;
                (keys[*index as usize - 1], *target)
            }
            _ => return Ok(None),
        };
        // Keys deleted during the loop are skipped.
        let pk = ops::to_property_key(vm, key)?;
        if ops::has_property(vm, target, pk)? {
            return Ok(Some(key));
        }
    }
}


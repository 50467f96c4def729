//! Per-op entry points that generated code calls; generated from the op table.
//!
//! `kiln_op_<Name>(pc, operands…) -> status` runs instruction `pc` of the
//! running frame through `exec` (the interpreter's own op semantics, so
//! every engine means the same thing by every op); the operands arrive as
//! constants compiled into the caller. Status codes are the ABI of
//! `kiln_compiler::wasm::abi`: 0 next, 1 branch taken, -1 threw.

use crate::entry::vm;
use kiln_compiler::bytecode::Op;
use kiln_compiler::wasm::abi::{IC_MISS_BITS, NOT_CONSTRUCTIBLE_BITS, NOT_NATIVE_BITS, STATUS_NEXT, STATUS_TAKEN, STATUS_THREW};
use kiln_native_jit::exec::{exec_in_top_frame, Flow};
use kiln_runtime::Value;
use std::sync::atomic::Ordering;

/// Runs `op`, instruction `pc` of the running frame.
#[inline(always)]
fn step(pc: i32, op: Op) -> i32 {
    let vm = vm();
    let regs = vm.stack.frame(vm.frames.last().expect("the running frame").base);
    match exec_in_top_frame(vm, regs, pc as usize, op) {
        Flow::Next | Flow::Return(_) => STATUS_NEXT,
        Flow::Jump(_) => STATUS_TAKEN,
        Flow::Threw => STATUS_THREW,
    }
}

macro_rules! define_entries {
    ($($name:ident { $($field:ident : $kind:ident),* } $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[export_name = concat!("kiln_op_", stringify!($name))]
            #[allow(non_snake_case)]
            pub extern "C" fn $name(pc: i32, $($field: i32),*) -> i32 {
                step(pc, Op::$name { $($field: $field as _),* })
            }
        )*
    };
}

kiln_compiler::for_each_op!(define_entries);

/// The receiver of `new callee(...)` at `new` site `fb` (`abi::CONSTRUCT_THIS`):
/// a fresh object, `abi::NOT_CONSTRUCTIBLE_BITS` when the callee is not a
/// plain bytecode function, or `Value::EXCEPTION` when reading its
/// `prototype` threw.
#[no_mangle]
pub extern "C" fn kiln_construct_this(callee: i64, fb: i32) -> i64 {
    match kiln_native_jit::construct_receiver(vm(), Value(callee as u64), fb as u32) {
        Ok(Some(this)) => this.0 as i64,
        Ok(None) => NOT_CONSTRUCTIBLE_BITS as i64,
        Err(_) => Value::EXCEPTION.0 as i64,
    }
}

/// A fresh ordinary object whose prototype is `proto`, an object
/// (`abi::NEW_OBJECT`).
#[no_mangle]
pub extern "C" fn kiln_new_object(proto: i64) -> i64 {
    vm().rt.alloc_ordinary(Value(proto as u64)).0 as i64
}

/// The result of `new` of a derived class (`abi::DERIVED_RESULT`), or
/// `Value::EXCEPTION` when it throws.
#[no_mangle]
pub extern "C" fn kiln_derived_result(value: i64, this: i64) -> i64 {
    match vm().derived_result(Value(value as u64), Value(this as u64)) {
        Ok(result) => result.0 as i64,
        Err(_) => Value::EXCEPTION.0 as i64,
    }
}

/// A call from generated code to a native function (`abi::CALL_NATIVE`):
/// the callee in register `f`, `this` after it, `argc` arguments after
/// that. Returns the result, `Value::EXCEPTION` when it threw, or
/// `abi::NOT_NATIVE_BITS` when the callee is not native after all.
#[no_mangle]
pub extern "C" fn kiln_call_native(f: i32, argc: i32) -> i64 {
    let vm = vm();
    let base = vm.frames.last().expect("the calling frame").base;
    match kiln_native_jit::call_native(vm, base, f as u16, argc as u16) {
        Some(Ok(v)) => v.0 as i64,
        Some(Err(_)) => Value::EXCEPTION.0 as i64,
        None => NOT_NATIVE_BITS as i64,
    }
}

/// The length of a string (`abi::STRING_LENGTH`), as an int32 value.
#[no_mangle]
pub extern "C" fn kiln_string_length(string: i64) -> i64 {
    let len = vm().rt.heap.string_len(Value(string as u64).as_ref());
    Value::number(len as f64).0 as i64
}

/// Moves the pending exception into register `reg` of the running frame
/// (the handler's exception register) and returns 1; returns 0, leaving it
/// pending, when the program is being stopped (no handler may run).
#[no_mangle]
pub extern "C" fn kiln_catch(reg: i32) -> i32 {
    let vm = vm();
    if vm.interrupt.load(Ordering::Relaxed) {
        return 0;
    }
    let base = vm.frames.last().map_or(0, |f| f.base);
    vm.stack[base + reg as usize] = core::mem::replace(&mut vm.rt.pending_exception, Value::UNDEFINED);
    1
}

/// Writes out buffered stdout. The host calls it (through the module's
/// `kiln_flush` export) after stopping a program at its `--timeout`, so
/// what the program printed before is not lost.
#[no_mangle]
pub extern "C" fn kiln_flush() {
    crate::output::flush();
}

/// The inline-cache probe of a named load (`abi::IC_GET_NAMED`): the value
/// when the site's cache knows the object's shape, else `IC_MISS_BITS`.
/// Cheaper than the op's entry point: no frame lookup, no dispatch.
#[no_mangle]
pub extern "C" fn kiln_ic_get_named(object: i64, func: i32, fb: i32) -> i64 {
    match kiln_native_jit::cached_named_load(vm(), func as u32, fb as u32, Value(object as u64)) {
        Some(v) => v.0 as i64,
        None => IC_MISS_BITS as i64,
    }
}

/// The cache probe of a global variable read (`abi::GLOBAL_GET`): its
/// value when the site's cache knows its place, else `IC_MISS_BITS`.
#[no_mangle]
pub extern "C" fn kiln_get_global(func: i32, fb: i32) -> i64 {
    match kiln_native_jit::cached_global_load(vm(), func as u32, fb as u32) {
        Some(v) => v.0 as i64,
        None => IC_MISS_BITS as i64,
    }
}

/// The inline-cache probe of a named store (`abi::IC_SET_NAMED`): 1 when
/// the site's cache did the store, 0 when the op's entry point must.
#[no_mangle]
pub extern "C" fn kiln_ic_set_named(object: i64, value: i64, func: i32, fb: i32) -> i32 {
    kiln_native_jit::cached_named_store(vm(), func as u32, fb as u32, Value(object as u64), Value(value as u64)) as i32
}

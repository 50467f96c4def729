//! Calls between generated functions without the runtime in between.
//!
//! Every bytecode function gets two wasm functions: its *body*
//! `(registers, env, this) -> value`, which the runtime's executor also
//! calls once it has pushed a frame, and an *entry stub*
//! `(callee, caller_registers, argc) -> value` that does what the runtime
//! would do on a call, inline: check the depth limit and the interrupt
//! flag, push the frame's registers (arguments copied, the rest undefined)
//! and its frame record, take the safepoint, run the body, pop. A call
//! site checks that the callee is a closure and calls the stub of its
//! function through the table; a stub that cannot enter (a class
//! constructor called without `new`, a default constructor, a function that
//! keeps its arguments, no room, a primitive `this` to box, a pending
//! interrupt) returns `NOT_ENTERED`, and the call site runs the full `Call`
//! (or `New`) op, which handles every case (and reports the errors). A
//! `new` site enters plain functions and classes without field
//! initializers through the same stubs. Layout offsets come from `abi`.

use super::abi::*;
use super::codegen::{reg, FunctionCx, CELL, CHUNKS as CHUNKS_LOCAL, FP, FRAME, K, X, Y};
use super::inline::{cell_address, mem32, mem64, mem8, UNINITIALIZED_BITS};
use super::link::LinkError;
use crate::bytecode::{FunctionCode, FunctionFlavor, Op};
use wasm_encoder::{BlockType, Function, InstructionSink, ValType};

/// What an entry stub returns when it did not run the function (no value
/// ever has these bits: a reserved internal marker).
pub const NOT_ENTERED_BITS: u64 = 0xFFFE_0000_0000_0004;

/// Signatures, as wasm types.
pub(super) const BODY_PARAMS: [ValType; 3] = [ValType::I32, ValType::I64, ValType::I64];
pub(super) const STUB_PARAMS: [ValType; 3] = [ValType::I64, ValType::I32, ValType::I32];

impl FunctionCx<'_> {
    /// A call site: the callee's entry stub when it is a closure, the full
    /// op when it is anything else or the stub could not enter. `on_path`:
    /// the call is one path of the op (whose callee register is loaded),
    /// so it changes no register's state but its own.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, f: u16, argc: u16, on_path: bool) -> Result<(), LinkError> {
        // The callee reads its arguments (and the GC scans them) in memory.
        self.load(s, f);
        s.drop();
        if on_path {
            self.store_for_runtime_on_path(s);
        } else {
            self.store_for_runtime(s);
        }
        // Where the caller is, for stack traces of what the call throws.
        s.local_get(FRAME).i32_const(pc as i32).i32_store(mem32(FRAME_PC));
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // the full op
        self.load(s, f);
        s.local_tee(X);
        s.i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(0);
        cell_address(s, X, CHUNKS_LOCAL);
        s.local_tee(CELL).i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(0);
        // A native function: the runtime runs it on our registers.
        s.local_get(CELL).i32_load(mem32(OBJECT_CLASS)).i32_const(CLASS_NATIVE as i32).i32_eq();
        s.if_(BlockType::Empty);
        s.i32_const(f as i32).i32_const(argc as i32).call(self.imports.call_native).local_tee(X);
        s.i64_const(NOT_NATIVE_BITS as i64).i64_eq().br_if(1);
        self.clear_call_registers(s, f, argc);
        self.throw_if_exception(s, pc, X, 3);
        s.local_get(X);
        self.put(s, dst);
        s.br(2);
        s.end();
        s.local_get(CELL).i32_load(mem32(OBJECT_CLASS)).i32_const(CLASS_CLOSURE as i32).i32_ne().br_if(0);
        s.local_get(X);
        s.local_get(FP).i32_const(8 * f as i32).i32_add();
        s.i32_const(argc as i32);
        s.local_get(CELL).i32_load(mem32(CLOSURE_FUNC)).i32_const(self.imports.stub_base as i32).i32_add();
        s.call_indirect(0, self.imports.stub_type);
        s.local_tee(X).i64_const(NOT_ENTERED_BITS as i64).i64_eq().br_if(0);
        self.clear_call_registers(s, f, argc);
        self.throw_if_exception(s, pc, X, 2);
        s.local_get(X);
        self.put(s, dst);
        s.br(1);
        s.end();
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        s.end();
        self.finish_call(f, argc, dst);
        Ok(())
    }

    /// In `Y`, the receiver of `new` of the plain function or base class in `X` (its cell
    /// in `CELL`), an object whose prototype is the callee's `prototype`:
    /// found by the `new` site's cache inline when it hits and is an
    /// object, else by the runtime (which fills the cache). Keeps `X` and
    /// `CELL`. `outer` blocks are open around it in the op's code, the
    /// innermost but one its "full op" (which a callee the runtime cannot
    /// construct goes to), the innermost an `if`.
    fn receiver(&mut self, s: &mut InstructionSink, pc: usize, fb: u32, outer: u32) {
        s.block(BlockType::Empty); // have: the receiver is in Y
        s.block(BlockType::Empty); // the runtime makes it
        s.block(BlockType::Empty); // found: slot K of CELL
        Self::probe_caches(s, fb, false);
        s.br(1);
        s.end();
        Self::slot_address(s);
        s.i64_load(mem64(0)).local_tee(Y);
        s.i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(0);
        cell_address(s, Y, CHUNKS_LOCAL);
        s.i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(0);
        s.local_get(Y).call(self.imports.new_object).local_set(Y);
        s.br(1);
        s.end();
        s.local_get(X).i32_const(fb as i32).call(self.imports.construct_this).local_tee(Y);
        s.i64_const(NOT_CONSTRUCTIBLE_BITS as i64).i64_eq().br_if(outer - 1);
        self.throw_if_exception(s, pc, Y, outer + 1);
        s.end();
    }

    /// After a call op: its callee, `this` and argument registers were
    /// cleared in memory; its result is in `dst`'s local on every path.
    fn finish_call(&mut self, f: u16, argc: u16, dst: u16) {
        for r in f..f + 2 + argc {
            self.forget(r);
        }
        self.written(dst);
    }
}

impl FunctionCx<'_> {
    /// `new callee(...)`: for a plain `function` or a base class, the
    /// receiver is made first (`receiver`), for a derived class it starts
    /// uninitialized (its `super(...)` makes it); the callee's entry stub
    /// runs the body as a construct, and an object result replaces the
    /// receiver (a derived class's stub returns the final object itself).
    /// Anything else, and a stub that cannot enter, through the full `New` op.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn construct(&mut self, s: &mut InstructionSink, pc: usize, op: Op, dst: u16, f: u16, argc: u16, fb: u32) -> Result<(), LinkError> {
        self.load(s, f);
        s.drop();
        self.store_for_runtime(s);
        s.local_get(FRAME).i32_const(pc as i32).i32_store(mem32(FRAME_PC));
        s.block(BlockType::Empty); // done
        s.block(BlockType::Empty); // the full op
        self.load(s, f);
        s.local_tee(X);
        s.i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(0);
        cell_address(s, X, CHUNKS_LOCAL);
        s.local_tee(CELL).i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(0);
        s.local_get(CELL).i32_load(mem32(OBJECT_CLASS)).i32_const(CLASS_CLOSURE as i32).i32_ne().br_if(0);
        // A plain function or a class (whose field initializer, if any, is
        // in the closure's `extra`: then the full op runs it). A derived
        // class starts without `this` (`super(...)` makes it).
        s.local_get(CELL).i32_load8_u(mem8(CLOSURE_FLAVOR)).local_tee(K).i32_const(FLAVOR_NORMAL as i32).i32_ne();
        s.local_get(K).i32_const(FLAVOR_BASE_CLASS as i32).i32_ne().i32_and();
        s.local_get(K).i32_const(FLAVOR_DERIVED_CLASS as i32).i32_ne().i32_and().br_if(0);
        s.local_get(CELL).i64_load(mem64(CLOSURE_THIS)).i64_const(UNDEFINED_BITS as i64).i64_ne().br_if(0);
        s.local_get(K).i32_const(FLAVOR_DERIVED_CLASS as i32).i32_eq();
        s.if_(BlockType::Empty);
        s.i64_const(UNINITIALIZED_BITS as i64).local_set(Y);
        s.else_();
        self.receiver(s, pc, fb, 3);
        s.end();
        s.local_get(FP).local_get(Y).i64_store(reg(f + 1));
        // The body, as a construct.
        s.local_get(X);
        s.local_get(FP).i32_const(8 * f as i32).i32_add();
        s.i32_const((argc as u32 | CONSTRUCT_FLAG) as i32);
        s.local_get(CELL).i32_load(mem32(CLOSURE_FUNC)).i32_const(self.imports.stub_base as i32).i32_add();
        s.call_indirect(0, self.imports.stub_type);
        s.local_tee(X).i64_const(NOT_ENTERED_BITS as i64).i64_eq().br_if(0);
        self.clear_call_registers(s, f, argc);
        self.throw_if_exception(s, pc, X, 2);
        // An object result replaces the receiver.
        s.block(BlockType::Empty); // not an object
        s.local_get(X).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(0);
        cell_address(s, X, CHUNKS_LOCAL);
        s.i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(0);
        s.local_get(X).local_set(Y);
        s.end();
        s.local_get(Y);
        self.put(s, dst);
        s.br(1);
        s.end();
        self.nesting += 1;
        self.call_entry(s, pc, op)?;
        self.nesting -= 1;
        s.end();
        self.finish_call(f, argc, dst);
        Ok(())
    }

    /// The callee, `this` and the arguments of a finished call are dead: a
    /// stale reference would keep garbage alive.
    fn clear_call_registers(&mut self, s: &mut InstructionSink, f: u16, argc: u16) {
        for r in f..f + 2 + argc {
            s.local_get(FP).i64_const(UNDEFINED_BITS as i64).i64_store(reg(r));
        }
    }

    /// Throws (the pending exception) when local `v` holds the exception
    /// marker; `depth` wasm blocks are open inside the op's code.
    fn throw_if_exception(&mut self, s: &mut InstructionSink, pc: usize, v: u32, depth: u32) {
        s.local_get(v).i64_const(EXCEPTION_BITS as i64).i64_eq();
        s.if_(BlockType::Empty);
        self.nesting += depth + 1;
        self.throw(s, pc);
        self.nesting -= depth + 1;
        s.end();
    }
}

// The stub's locals: parameters, then its own.
const CALLEE: u32 = 0;
const ARGS: u32 = 1;
const ARGC: u32 = 2;
const FRAMES: u32 = 3;
const DEPTH: u32 = 4;
const REGISTERS: u32 = 5;
const BASE: u32 = 6;
const NEW_FP: u32 = 7;
/// The frame record's address; before the record is made, the callee's cell.
const RECORD: u32 = 8;
const CHUNKS: u32 = 9;
const THIS: u32 = 10;
const ENV: u32 = 11;
const RESULT: u32 = 12;
const NEW_TARGET: u32 = 13;

/// The imports a stub calls.
pub(super) struct StubImports {
    /// The context block's address.
    pub context: i32,
    pub safepoint: u32,
    pub derived_result: u32,
}

/// The entry stub of bytecode function `func` (see the module doc), whose
/// body is function `body`.
pub(super) fn entry_stub(func: u32, code: &FunctionCode, body: u32, imports: &StubImports) -> Function {
    // Few locals: engines that give each one a stack slot (V8's Liftoff)
    // pay for them at every level of recursion; the context block's
    // address is a constant.
    let mut f = Function::new([(7, ValType::I32), (4, ValType::I64)]);
    let context = imports.context;
    let s = &mut f.instructions();
    // A class constructor only as a construct (a call throws, in the full op).
    let class = matches!(code.flavor, FunctionFlavor::BaseClass | FunctionFlavor::DerivedClass);
    let derived = code.flavor == FunctionFlavor::DerivedClass;
    let enterable = matches!(
        code.flavor,
        FunctionFlavor::Normal | FunctionFlavor::Method | FunctionFlavor::Arrow | FunctionFlavor::BaseClass | FunctionFlavor::DerivedClass
    )
        && !code.keeps_arguments
        && !code.is_default_constructor;
    if !enterable {
        s.i64_const(NOT_ENTERED_BITS as i64).end();
        return f;
    }
    let (count, params) = (code.register_count as u32, code.param_count as u32);
    // A construct (`CONSTRUCT_FLAG`): `new.target` is the callee.
    s.i64_const(UNDEFINED_BITS as i64).local_set(NEW_TARGET);
    s.local_get(ARGC).i32_const(CONSTRUCT_FLAG as i32).i32_and();
    s.if_(BlockType::Empty);
    s.local_get(CALLEE).local_set(NEW_TARGET);
    s.local_get(ARGC).i32_const(!CONSTRUCT_FLAG as i32).i32_and().local_set(ARGC);
    if class {
        s.else_();
        s.i64_const(NOT_ENTERED_BITS as i64).return_();
    }
    s.end();
    s.block(BlockType::Empty); // cannot enter
    s.i32_const(context).i32_load(mem32(CTX_CHUNK_TABLE)).local_set(CHUNKS);
    // The depth limit (natives running count too), the interrupt flag, room.
    s.i32_const(context).i32_load(mem32(CTX_FRAMES)).local_tee(FRAMES).i32_load(mem32(STACK_LEN)).local_tee(DEPTH);
    s.i32_const(context).i32_load(mem32(CTX_NATIVE_DEPTH)).i32_load(mem32(0)).i32_add();
    s.i32_const(context).i32_load(mem32(CTX_MAX_DEPTH)).i32_ge_u().br_if(0);
    s.i32_const(context).i32_load(mem32(CTX_INTERRUPT)).i32_load8_u(wasm_encoder::MemArg { offset: 0, align: 0, memory_index: 0 }).br_if(0);
    s.local_get(DEPTH).local_get(FRAMES).i32_load(mem32(STACK_CAPACITY)).i32_ge_u().br_if(0);
    s.i32_const(context).i32_load(mem32(CTX_REGISTERS)).local_tee(REGISTERS).i32_load(mem32(STACK_LEN)).local_tee(BASE);
    s.i32_const(count as i32).i32_add().local_get(REGISTERS).i32_load(mem32(STACK_CAPACITY)).i32_gt_u().br_if(0);
    // The closure's environment and the call's `this`.
    cell_address(s, CALLEE, CHUNKS);
    s.local_tee(RECORD).i64_load(mem64(CLOSURE_ENV)).local_set(ENV);
    if code.flavor == FunctionFlavor::Arrow {
        s.local_get(RECORD).i64_load(mem64(CLOSURE_THIS)).local_set(THIS);
    } else {
        s.local_get(ARGS).i64_load(mem64(8)).local_set(THIS);
        if !code.strict {
            sloppy_this(s, context);
        }
    }
    // The registers: parameters from the arguments, the rest undefined.
    s.local_get(REGISTERS).i32_load(mem32(STACK_PTR)).local_get(BASE).i32_const(3).i32_shl().i32_add().local_set(NEW_FP);
    for i in 0..count {
        s.local_get(NEW_FP);
        if i < params {
            s.local_get(ARGS).i64_load(mem64(16 + 8 * i));
            s.i64_const(UNDEFINED_BITS as i64);
            s.local_get(ARGC).i32_const(i as i32).i32_gt_u();
            s.select();
        } else {
            s.i64_const(UNDEFINED_BITS as i64);
        }
        s.i64_store(mem64(8 * i));
    }
    s.local_get(REGISTERS).local_get(BASE).i32_const(count as i32).i32_add().i32_store(mem32(STACK_LEN));
    // The frame record.
    s.local_get(FRAMES).i32_load(mem32(STACK_PTR)).local_get(DEPTH).i32_const(FRAME_SIZE as i32).i32_mul().i32_add().local_set(RECORD);
    for (offset, value) in [(FRAME_ENV, ENV), (FRAME_CALLEE, CALLEE), (FRAME_THIS, THIS)] {
        s.local_get(RECORD).local_get(value).i64_store(mem64(offset));
    }
    s.local_get(RECORD).local_get(NEW_TARGET).i64_store(mem64(FRAME_NEW_TARGET));
    s.local_get(RECORD).i32_const(func as i32).i32_store(mem32(FRAME_FUNC));
    s.local_get(RECORD).i32_const(0).i32_store(mem32(FRAME_PC));
    s.local_get(RECORD).local_get(BASE).i32_store(mem32(FRAME_BASE));
    s.local_get(RECORD).i32_const(0).i32_store(mem32(FRAME_KEPT_ARGS));
    s.local_get(RECORD).i32_const(NO_RETURN_REGISTER as i32).i32_store(mem32(FRAME_RETURN_REGISTER));
    s.local_get(FRAMES).local_get(DEPTH).i32_const(1).i32_add().i32_store(mem32(STACK_LEN));
    // The safepoint of function entry.
    s.i32_const(context).i32_load(mem32(CTX_HEAP_ALLOCATED)).i32_load(mem32(0));
    s.i32_const(context).i32_load(mem32(CTX_HEAP_THRESHOLD)).i32_load(mem32(0));
    s.i32_ge_u().if_(BlockType::Empty).call(imports.safepoint).end();
    // Run, pop, return.
    s.local_get(NEW_FP).local_get(ENV).local_get(THIS).call(body).local_set(RESULT);
    if derived {
        // `super(...)` set the frame's `this` (in its record).
        s.local_get(RECORD).i64_load(mem64(FRAME_THIS)).local_set(THIS);
    }
    s.local_get(FRAMES).local_get(DEPTH).i32_store(mem32(STACK_LEN));
    s.local_get(REGISTERS).local_get(BASE).i32_store(mem32(STACK_LEN));
    if derived {
        derived_result(s, imports.derived_result);
    }
    s.local_get(RESULT).return_();
    s.end();
    s.i64_const(NOT_ENTERED_BITS as i64).end();
    f
}

/// For a derived class's construct: `RESULT` becomes what `new` gives (an
/// object result stays; otherwise the runtime decides, from `THIS`:
/// the initialized `this`, or the exception marker). An exception from
/// the body stays as it is.
fn derived_result(s: &mut InstructionSink, derived_result: u32) {
    s.block(BlockType::Empty); // done
    s.local_get(RESULT).i64_const(EXCEPTION_BITS as i64).i64_eq().br_if(0);
    s.block(BlockType::Empty); // not an object
    s.local_get(RESULT).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(0);
    cell_address(s, RESULT, CHUNKS);
    s.i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_eq().br_if(1);
    s.end();
    s.local_get(RESULT).local_get(THIS).call(derived_result).local_set(RESULT);
    s.end();
}

/// Sloppy-mode `this` (in `THIS`): undefined and null become the global
/// object; an object stays; a primitive would need boxing: cannot enter
/// (`br 0` to the stub's "cannot enter" block, from inside an `if`).
fn sloppy_this(s: &mut InstructionSink, context: i32) {
    s.local_get(THIS).i64_const(UNDEFINED_BITS as i64).i64_eq();
    s.local_get(THIS).i64_const(NULL_BITS as i64).i64_eq();
    s.i32_or();
    s.if_(BlockType::Empty);
    s.i32_const(context).i64_load(mem64(CTX_GLOBAL)).local_set(THIS);
    s.else_();
    s.local_get(THIS).i64_const(TAG_SHIFT as i64).i64_shr_u().i64_const(TAG_REF as i64).i64_ne().br_if(1);
    cell_address(s, THIS, CHUNKS);
    s.i32_load(mem32(CELL_TAG)).i32_const(CELL_OBJECT as i32).i32_ne().br_if(1);
    s.end();
}

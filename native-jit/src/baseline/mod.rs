//! Tier 1, the baseline compiler: bytecode → CLIF with cranelift-frontend,
//! one op → a few instructions, compiled to native code with cranelift-jit
//! (V8's Sparkplug and the AOT wasm backend are the model). Compiled code
//! keeps the interpreter's frames: registers in `Vm::stack`, frame records
//! in `Vm::frames`, so the GC's roots, stack traces and falling back to the
//! interpreter need nothing new.
//!
//! `execute` is the VM's executor when the tier is on: it runs a
//! function's baseline code, compiling it first when `tiering` says it is
//! due, or interprets it. `osr` moves a frame running in the interpreter
//! into its function's baseline code at a loop header. `codegen` translates, `inline` holds the fast
//! paths compiled inline (`objects` those that read the heap), `entries` the runtime entry points compiled code
//! calls for everything else.

mod codegen;
mod entries;
mod inline;
mod objects;
#[cfg(test)]
mod tests;

use crate::tiering::TierState;
use crate::vm::{Frame, Vm};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use kiln_runtime::host::{JsResult, Thrown};
use kiln_runtime::Value;
use std::time::Instant;

/// A compiled body: `(vm, first register of its frame, its frame record,
/// the pc it starts at) -> value bits` (`Value::EXCEPTION` when it threw;
/// the exception is pending). The pc is 0 for a call, a loop header for
/// on-stack replacement (`osr`).
type Body = unsafe extern "C" fn(*mut Vm, *mut Value, *mut Frame, u32) -> u64;

/// The Cranelift state of one VM: the module owning the code, and contexts
/// reused from one compilation to the next.
pub(crate) struct Jit {
    module: JITModule,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    /// The VM the code was compiled for: code embeds addresses inside it
    /// (heap counters); if the VM moved, its code is dropped.
    vm_address: usize,
}

/// Addresses compiled code reads directly (none moves while the VM stays
/// where it was when the code was compiled).
pub(crate) struct Addresses {
    /// This function's back-edge counter (a u32).
    backedges: usize,
    /// `Vm::interrupt` (a byte).
    interrupt: usize,
    /// The heap's allocation count and collection threshold (usizes).
    heap_allocated: usize,
    heap_threshold: usize,
    /// The function's constants (numbers, and strings the loader keeps
    /// alive for the VM's life).
    constants: Vec<Value>,
    /// The heap's chunk table (see `layout`).
    chunk_table: usize,
    /// `Runtime::proto_epoch` (a u64): prototype-chain hits hold while it
    /// is unchanged.
    proto_epoch: usize,
    /// The feedback table, and where this function's sites start in it.
    feedback: usize,
    first_slot: usize,
}

impl Jit {
    fn new(vm_address: usize) -> Result<Jit, String> {
        let mut flags = settings::builder();
        let set = |flags: &mut settings::Builder, name: &str, value: &str| flags.set(name, value).map_err(|e| e.to_string());
        set(&mut flags, "opt_level", "none")?;
        set(&mut flags, "use_colocated_libcalls", "false")?;
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
        let isa = cranelift_native::builder()
            .map_err(|e| e.to_string())?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let module = JITModule::new(JITBuilder::with_isa(isa, cranelift_module::default_libcall_names()));
        let ctx = module.make_context();
        Ok(Jit { module, ctx, fctx: FunctionBuilderContext::new(), vm_address })
    }
}

impl Vm {
    /// Runs bytecode functions with the baseline tier: each is compiled
    /// after `threshold` calls (0: before its first), and interpreted
    /// until then. `trace` prints each compilation on stderr.
    pub fn enable_baseline(&mut self, threshold: u32, trace: bool) {
        self.executor = execute;
        self.tiering.threshold = threshold;
        self.tiering.trace = trace;
    }

    /// Compiles function `func` now, whatever its counters say (tests and
    /// `kiln bench`'s compile-time figure). Returns how long it took.
    pub fn compile_baseline(&mut self, func: u32) -> Result<std::time::Duration, String> {
        let start = Instant::now();
        let address = compile(self, func)?;
        self.tiering.state[func as usize] = TierState::Compiled(address);
        Ok(start.elapsed())
    }
}

/// The executor of the baseline tier (see the module doc).
fn execute(vm: &mut Vm, func: u32) -> JsResult<Value> {
    let Some(address) = code_for(vm, func) else {
        let program = vm.program.clone();
        return crate::interp::execute(vm, &program, func);
    };
    vm.feedback.counters[func as usize].invocations += 1;
    run_body(vm, address, 0)
}

/// On-stack replacement: the frame on top of `vm.frames`, running function
/// `func` in the interpreter, continues in baseline code at `header` (a
/// loop header: the interpreter just took the back-edge to it, so every
/// register is in `Vm::stack` and the frame record holds its environment).
/// The function is compiled first if it has no code yet. Returns what the
/// frame returns (or throws past its own handlers), or None when Cranelift
/// rejects the function: the interpreter goes on.
pub(crate) fn osr(vm: &mut Vm, func: u32, header: u32) -> Option<JsResult<Value>> {
    forget_code_if_moved(vm);
    let backedges = vm.feedback.counters[func as usize].backedges;
    let address = match vm.tiering.state[func as usize] {
        TierState::Compiled(address) => address,
        TierState::Failed => return None,
        TierState::Interpreted => {
            let start = Instant::now();
            let result = compile(vm, func);
            if vm.tiering.trace {
                trace(vm, func, &format!("{backedges} back-edges, for OSR"), start.elapsed(), result.as_ref().err());
            }
            match result {
                Ok(address) => {
                    vm.tiering.state[func as usize] = TierState::Compiled(address);
                    address
                }
                Err(_) => {
                    vm.tiering.state[func as usize] = TierState::Failed;
                    return None;
                }
            }
        }
    };
    if vm.tiering.trace {
        let (line, col) = vm.position(func, header);
        let at = vm.position(func, 0);
        eprintln!("[tier] osr {} ({}:{}:{}) loop at pc {header} ({}:{line}:{col}): {backedges} back-edges", name(vm, func), vm.file_name, at.0, at.1, vm.file_name);
    }
    Some(run_body(vm, address, header))
}

/// Runs baseline code `address` for the frame on top of `vm.frames`,
/// starting at instruction `entry_pc` (0, or a loop header).
pub(super) fn run_body(vm: &mut Vm, address: usize, entry_pc: u32) -> JsResult<Value> {
    let fi = vm.frames.len() - 1;
    let frame: *mut Frame = &mut vm.frames[fi];
    let regs = vm.stack.frame(vm.frames[fi].base);
    // SAFETY: `address` is the finalized code of the frame's function,
    // compiled by this VM's module (still alive: it lives in the VM) with
    // the signature of `Body`; its frame is on top of `vm.frames` with its
    // registers at `regs`, as the code expects; `entry_pc` is 0 or one of
    // the function's loop headers (any other value starts at 0).
    let body = unsafe { std::mem::transmute::<usize, Body>(address) };
    // SAFETY: the code upholds the entry-point rules (`entries`): it uses
    // the VM only through the pointer it is handed, while `vm` is not used.
    let bits = unsafe { body(vm as *mut Vm, regs, frame, entry_pc) };
    if bits == Value::EXCEPTION.0 {
        Err(Thrown)
    } else {
        Ok(Value(bits))
    }
}

/// If the VM moved since its code was compiled (the code embeds addresses
/// inside it), drops every compiled function: they are compiled afresh.
fn forget_code_if_moved(vm: &mut Vm) {
    let here = vm as *const Vm as usize;
    if vm.tiering.jit.as_ref().is_some_and(|jit| jit.vm_address != here) {
        vm.tiering.jit = None;
        vm.tiering.state.iter_mut().for_each(|s| *s = TierState::Interpreted);
    }
}

/// Function `func`'s baseline code, compiled now if it is due; None when it
/// runs in the interpreter.
fn code_for(vm: &mut Vm, func: u32) -> Option<usize> {
    forget_code_if_moved(vm);
    match vm.tiering.state[func as usize] {
        TierState::Compiled(address) => Some(address),
        TierState::Failed => None,
        TierState::Interpreted => {
            let calls = vm.feedback.counters[func as usize].invocations;
            let threshold = vm.tiering.threshold;
            if threshold != 0 && calls < threshold {
                return None;
            }
            let start = Instant::now();
            let result = compile(vm, func);
            if vm.tiering.trace {
                let reason = if threshold == 0 { "threshold 0".to_string() } else { format!("{calls} calls") };
                trace(vm, func, &reason, start.elapsed(), result.as_ref().err());
            }
            let state = match result {
                Ok(address) => TierState::Compiled(address),
                Err(_) => TierState::Failed,
            };
            vm.tiering.state[func as usize] = state;
            match state {
                TierState::Compiled(address) => Some(address),
                _ => None,
            }
        }
    }
}

/// `--trace-tier`: one line per compilation, like node's `--trace-opt`.
fn trace(vm: &Vm, func: u32, reason: &str, took: std::time::Duration, error: Option<&String>) {
    let code = &vm.program.functions[func as usize];
    let name = name(vm, func);
    let (line, col) = vm.position(func, 0);
    match error {
        None => eprintln!("[tier] baseline {name} ({}:{line}:{col}) {reason}: {} ops in {:.3} ms", vm.file_name, code.code.len(), took.as_secs_f64() * 1e3),
        Some(e) => eprintln!("[tier] baseline {name} ({}:{line}:{col}) failed, stays interpreted: {e}", vm.file_name),
    }
}

/// Function `func`'s name as traces print it.
fn name(vm: &Vm, func: u32) -> String {
    let name = vm.program.atoms.text(vm.program.functions[func as usize].name);
    if func == kiln_compiler::bytecode::Program::MAIN {
        "<main>".to_string()
    } else if name.is_empty() {
        "<anonymous>".to_string()
    } else {
        name
    }
}

/// Compiles function `func`; returns the address of its code.
fn compile(vm: &mut Vm, func: u32) -> Result<usize, String> {
    let here = vm as *mut Vm as usize;
    let mut jit = match vm.tiering.jit.take() {
        Some(jit) => jit,
        None => Box::new(Jit::new(here)?),
    };
    let result = translate_and_define(vm, &mut jit, func);
    vm.tiering.jit = Some(jit);
    result
}

fn translate_and_define(vm: &mut Vm, jit: &mut Jit, func: u32) -> Result<usize, String> {
    let program = vm.program.clone();
    let code = &program.functions[func as usize];
    let (allocated, threshold) = vm.rt.heap.gc_counters();
    let addrs = Addresses {
        backedges: &vm.feedback.counters[func as usize].backedges as *const u32 as usize,
        interrupt: std::sync::Arc::as_ptr(&vm.interrupt) as usize,
        heap_allocated: allocated as usize,
        heap_threshold: threshold as usize,
        constants: vm.loaded.constants[func as usize].clone(),
        chunk_table: vm.rt.heap.chunk_table() as usize,
        proto_epoch: &vm.rt.proto_epoch as *const u64 as usize,
        feedback: vm.feedback.table() as usize,
        first_slot: vm.feedback.first_slot(func) as usize,
    };
    let call_conv = jit.module.isa().default_call_conv();
    let frontend = jit.module.isa().frontend_config();
    jit.module.clear_context(&mut jit.ctx);
    jit.ctx.func.signature = codegen::body_signature(call_conv);
    let builder = FunctionBuilder::new(&mut jit.ctx.func, &mut jit.fctx);
    codegen::Translator::new(builder, code, &addrs, call_conv, frontend).translate();
    let id = jit.module.declare_anonymous_function(&jit.ctx.func.signature).map_err(|e| e.to_string())?;
    jit.module.define_function(id, &mut jit.ctx).map_err(|e| format!("{e:?}"))?;
    jit.module.clear_context(&mut jit.ctx);
    jit.module.finalize_definitions().map_err(|e| e.to_string())?;
    Ok(jit.module.get_finalized_function(id) as usize)
}

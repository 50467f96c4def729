//! The exports generated `_start` code calls, and the module's one `Vm`.
//!
//! Contract with the code generator (names and signatures are fixed):
//! - `kiln_alloc(len: i32) -> i32`: memory for the program image, never freed;
//! - `kiln_main(image_ptr: i32, image_len: i32, table_base: i32) -> i32`:
//!   runs the program and ends the process through `proc_exit` (it does not
//!   return). The generated body of bytecode function `f` is table entry
//!   `table_base + f`, of type `(registers, env, this) -> i64`: a NaN-boxed
//!   `Value`, whose bits equal `Value::EXCEPTION` when it threw (the
//!   exception is pending).
//!
//! Every bytecode function runs as generated code: nothing here names the
//! interpreter, so the linker leaves its dispatch loop out of modules.

use crate::memory::OUT_OF_MEMORY_EXIT;
use crate::{output, wasi};
use core::cell::Cell;
use kiln_compiler::bytecode::image;
use kiln_native_jit::{RunError, Vm, VmOptions};
use kiln_runtime::host::{JsResult, Thrown};
use kiln_runtime::Value;
use std::alloc::Layout;

/// Exit code of an internal error (BSD's EX_SOFTWARE).
const INTERNAL_ERROR_EXIT: i32 = 70;

/// Holds a `Cell` in a static.
struct Global<T>(Cell<T>);

// SAFETY: wasm32-unknown-unknown runs one thread.
unsafe impl<T> Sync for Global<T> {}

/// The running `Vm`. `kiln_main` sets it to the leaked VM; while compiled
/// code runs it is the `&mut Vm` the executor received, so the pointer
/// libcalls use is derived from the borrow the VM's caller handed down.
static CURRENT: Global<*mut Vm> = Global(Cell::new(core::ptr::null_mut()));
/// Table index of bytecode function 0's generated code.
static TABLE_BASE: Global<u32> = Global(Cell::new(0));

/// The running VM, for the libcalls generated code makes.
pub(crate) fn vm() -> &'static mut Vm {
    let vm = CURRENT.0.get();
    assert!(!vm.is_null(), "libcall before kiln_main");
    // SAFETY: `vm` is the leaked VM or the executor's live `&mut Vm`
    // (restored when the executor returns); one thread, and a libcall's
    // caller (generated code) holds no other reference to the VM.
    unsafe { &mut *vm }
}

#[no_mangle]
pub extern "C" fn kiln_alloc(len: i32) -> i32 {
    let layout = match Layout::from_size_align((len.max(1)) as usize, 8) {
        Ok(layout) => layout,
        Err(_) => fatal("program image size out of range"),
    };
    // SAFETY: the layout has a non-zero size; a null result ends the
    // program in the global allocator (memory.rs).
    unsafe { std::alloc::alloc(layout) as i32 }
}

#[no_mangle]
pub extern "C" fn kiln_main(image_ptr: i32, image_len: i32, table_base: i32) -> i32 {
    install_panic_hook();
    // SAFETY: generated `_start` copied the image to `image_ptr` (memory
    // from `kiln_alloc`, never freed) and passes its length.
    let bytes = unsafe { core::slice::from_raw_parts(image_ptr as usize as *const u8, image_len as usize) };
    let image = match image::decode(bytes) {
        Ok(image) => image,
        Err(e) => fatal(&format!("cannot load the program: {e}")),
    };
    TABLE_BASE.0.set(table_base as u32);
    let options = VmOptions {
        script: image.script,
        max_call_depth: image.max_call_depth as usize,
        // Compiled code addresses its registers directly: they must not move.
        register_capacity: 1 << 19,
        native_stack_low: Some(crate::stack::stack_low_water),
        ..VmOptions::default()
    };
    let output = Box::new(output::WasiOutput);
    let vm = Vm::with_executor(image.program, &image.source, &image.file_name, output, options, run_compiled);
    let vm: *mut Vm = Box::into_raw(Box::new(vm));
    CURRENT.0.set(vm);
    // SAFETY: as below: `vm` was just leaked and lives forever.
    crate::context::set_tables(unsafe { &*vm });
    // SAFETY: `vm` was just leaked and is never freed; this is the only
    // reference besides `CURRENT` (see `vm()`).
    let result = unsafe { (*vm).run() };
    let code = match result {
        Ok(()) => 0,
        Err(RunError::Uncaught(text)) => {
            if image.script {
                // The test262 runner's protocol line (`kiln run --test262`).
                // SAFETY: as above; `run` has returned.
                let report = unsafe { (*vm).test262_report() };
                output::stdout(format!("{report}\n").as_bytes());
            }
            output::stderr(format!("{text}\n").as_bytes());
            1
        }
        Err(RunError::Interrupted) => {
            output::stderr(b"kiln: program stopped after the --timeout\n");
            124
        }
        Err(RunError::OutOfMemory) => {
            output::stderr(b"kiln: JavaScript heap out of memory (over --max-heap)\n");
            OUT_OF_MEMORY_EXIT
        }
    };
    output::flush();
    wasi::exit(code)
}

/// A panic (a bug in kiln) prints `kiln: internal error: <message>` and
/// where, then exits with code 70: with `panic = "abort"` the default would
/// be a bare `unreachable` trap with no message.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("(non-string panic payload)");
        output::stderr(b"kiln: internal error: ");
        output::stderr(message.as_bytes());
        if let Some(at) = info.location() {
            output::stderr(format!("\n    at {}:{}:{}", at.file(), at.line(), at.column()).as_bytes());
        }
        output::stderr(b"\n");
        wasi::exit(INTERNAL_ERROR_EXIT)
    }));
}

/// The table slot of bytecode function `func`'s generated code.
pub(crate) fn table_slot(func: u32) -> u32 {
    TABLE_BASE.0.get().wrapping_add(func)
}

/// The `Executor` of an AOT module: runs bytecode function `func`, whose
/// frame is on top, by calling its generated body with the frame's
/// registers, environment and `this`.
fn run_compiled(vm: &mut Vm, func: u32) -> JsResult<Value> {
    let slot = table_slot(func) as usize;
    // SAFETY: on wasm32 a function pointer is a table index, and the linker
    // places at slot `table_base + func` exactly the generated body of
    // bytecode function `func`, of wasm type `(i32, i64, i64) -> i64`.
    let body: extern "C" fn(i32, u64, u64) -> u64 = unsafe { core::mem::transmute::<usize, extern "C" fn(i32, u64, u64) -> u64>(slot) };
    let frame = *vm.frames.last().expect("the frame to run");
    let registers = vm.stack.frame(frame.base) as usize as i32;
    let previous = CURRENT.0.replace(vm as *mut Vm);
    let bits = body(registers, frame.env.0, frame.this.0);
    CURRENT.0.set(previous);
    if bits == Value::EXCEPTION.0 {
        Err(Thrown)
    } else {
        Ok(Value(bits))
    }
}

/// Ends the program on an error of kiln itself (not of the JS program).
fn fatal(message: &str) -> ! {
    output::stderr(b"kiln: ");
    output::stderr(message.as_bytes());
    output::stderr(b"\n");
    wasi::exit(INTERNAL_ERROR_EXIT)
}

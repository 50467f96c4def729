//! kiln in the browser: the compiler and the interpreter (tier 0) built for
//! wasm32 and exposed to the page's Web Worker (www/app/worker.js) through
//! wasm-bindgen. The worker times each step itself, so the API is split
//! where the page reports a time: `Compiler::compile` (source → bytecode),
//! `Compiler::buildWasm` (bytecode → one WASI module, linked with
//! runtime.wasm like `kiln build` does), `Compiled::interpreter` (realm and
//! program loaded) and `Interpreter::run`.
//!
//! runtime.wasm is not embedded: trunk's build copies it next to the page
//! (www/Trunk.toml) and the worker hands its bytes to `Compiler::new`.
//! The work itself is in `session`, which has native tests.

pub mod session;

use kiln_compiler::bytecode::image::RunSettings;
use kiln_runtime::host::Output;
use session::{InterpLimits, Problem};
use wasm_bindgen::prelude::*;

/// JavaScript's call-depth limit in AOT modules. Their calls recurse on
/// the browser's own stack, and a worker's is small: measured in Chromium,
/// `function f(n) { return f(n + 1) + 1; }` reaches 1,200 levels only
/// since generated functions declare just the locals they use (Liftoff
/// gives each local an 8-byte slot; it overflowed between 1,100 and 1,190
/// before), so kiln's RangeError comes first. The browser test runs the
/// corpus's deep-recursion programs to keep it so. (`kiln run` allows
/// 9,000, node ~11,000.)
const MAX_CALL_DEPTH_WASM: u32 = 1200;
/// The interpreter's: calls between bytecode functions do not recurse on
/// the native stack, so it keeps `kiln run`'s limit.
const MAX_CALL_DEPTH_INTERP: u32 = RunSettings::DEFAULT_MAX_CALL_DEPTH;
/// The interpreter's heap budget: a program that allocates without end gets
/// an out-of-memory error long before wasm32's 4 GiB (or the tab) runs out.
const MAX_HEAP_BYTES: usize = 1 << 30;

/// How much of Rust's shadow stack (its size is set by build.rs) the
/// interpreter may use below `run`'s frame before a RangeError.
fn interpreter_stack_bytes() -> usize {
    let total: usize = env!("KILN_PLAYGROUND_STACK_BYTES").parse().unwrap_or(1 << 20);
    total / 8 * 7
}

#[wasm_bindgen]
extern "C" {
    /// Where an interpreter run's output goes: a JavaScript object with
    /// `stdout(bytes)` and `stderr(bytes)` methods (UTF-8 bytes, a view
    /// valid only during the call).
    pub type OutputSink;
    #[wasm_bindgen(method)]
    fn stdout(this: &OutputSink, bytes: &[u8]);
    #[wasm_bindgen(method)]
    fn stderr(this: &OutputSink, bytes: &[u8]);
}

impl Output for OutputSink {
    fn stdout(&mut self, bytes: &[u8]) {
        OutputSink::stdout(self, bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        OutputSink::stderr(self, bytes);
    }
}

/// The compiler, holding runtime.wasm for linking modules.
#[wasm_bindgen]
pub struct Compiler {
    runtime_wasm: Vec<u8>,
}

#[wasm_bindgen]
impl Compiler {
    #[wasm_bindgen(constructor)]
    pub fn new(runtime_wasm: Vec<u8>) -> Compiler {
        Compiler { runtime_wasm }
    }

    /// Source → bytecode, or the compile error.
    pub fn compile(&self, source: &str, file_name: &str) -> Result<Compiled, CompileError> {
        session::compile(source, file_name).map(|inner| Compiled { inner }).map_err(|problem| CompileError { problem })
    }

    /// Bytecode → a WASI command module (exports `_start` and `memory`).
    #[wasm_bindgen(js_name = buildWasm)]
    pub fn build_wasm(&self, compiled: &Compiled) -> Result<Vec<u8>, JsError> {
        session::build_wasm(&compiled.inner, &self.runtime_wasm, MAX_CALL_DEPTH_WASM).map_err(|e| JsError::new(&e))
    }
}

/// A compiled program.
#[wasm_bindgen]
pub struct Compiled {
    inner: session::Compiled,
}

#[wasm_bindgen]
impl Compiled {
    /// The interpreter with this program loaded, printing to `sink`.
    pub fn interpreter(&self, sink: OutputSink) -> Interpreter {
        let limits = InterpLimits { max_call_depth: MAX_CALL_DEPTH_INTERP, max_heap_bytes: MAX_HEAP_BYTES, stack_bytes: interpreter_stack_bytes() };
        Interpreter { inner: session::Interpreter::new(&self.inner, Box::new(sink), limits) }
    }
}

/// The interpreter, loaded and ready.
#[wasm_bindgen]
pub struct Interpreter {
    inner: session::Interpreter,
}

#[wasm_bindgen]
impl Interpreter {
    /// Runs the program; returns its exit code (see `session::Interpreter::run`).
    pub fn run(&mut self) -> i32 {
        self.inner.run()
    }
}

/// A compile error: what the page prints and marks in the editor.
#[wasm_bindgen]
pub struct CompileError {
    problem: Problem,
}

#[wasm_bindgen]
impl CompileError {
    /// `SyntaxError: …` or `error: … not supported yet`.
    #[wasm_bindgen(getter)]
    pub fn headline(&self) -> String {
        self.problem.headline.clone()
    }
    #[wasm_bindgen(getter)]
    pub fn line(&self) -> u32 {
        self.problem.line
    }
    #[wasm_bindgen(getter)]
    pub fn col(&self) -> u32 {
        self.problem.col
    }
    #[wasm_bindgen(getter, js_name = endLine)]
    pub fn end_line(&self) -> u32 {
        self.problem.end_line
    }
    #[wasm_bindgen(getter, js_name = endCol)]
    pub fn end_col(&self) -> u32 {
        self.problem.end_col
    }
    /// As `kiln run` prints it: file:line:col, the line, a caret.
    #[wasm_bindgen(getter)]
    pub fn rendered(&self) -> String {
        self.problem.rendered.clone()
    }
}

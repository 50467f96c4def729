//! The boundary between the runtime and the engine running it. Builtins
//! (Array.prototype.map, sort comparators, getters, valueOf during coercion)
//! must call JavaScript functions, but the runtime knows no back end: it
//! calls through `Host`, which the interpreter, the JIT and the wasm glue
//! implement.
//!
//! Exceptions: a throwing operation stores the thrown value in
//! `Runtime::pending_exception` and returns `Err(Thrown)`. Nothing unwinds
//! through generated code; every tier propagates `Err` (or the
//! `Value::EXCEPTION` sentinel) explicitly.

use crate::realm::Runtime;
use crate::value::Value;

/// Marker: an exception is pending in `Runtime::pending_exception`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thrown;

pub type JsResult<T> = Result<T, Thrown>;

pub trait Host {
    fn rt(&mut self) -> &mut Runtime;
    /// Calls `callee` with `this` and `args`. The engine roots `args` for
    /// the duration of the call.
    fn call(&mut self, callee: Value, this: Value, args: &[Value]) -> JsResult<Value>;
    /// `new callee(...args)` with the given `new.target`.
    fn construct(&mut self, callee: Value, args: &[Value], new_target: Value) -> JsResult<Value>;
    /// The `\n    at f (file:line:col)` lines of the current JavaScript
    /// stack, appended to a new error's `stack`.
    fn stack_trace(&mut self) -> alloc::string::String {
        alloc::string::String::new()
    }
    /// The source text of a bytecode function (`Function.prototype.toString`).
    fn function_source(&mut self, _func: Value) -> Option<alloc::string::String> {
        None
    }
}

/// Where console output goes: a buffered stdout natively, WASI `fd_write`
/// in a wasm module, a callback in the playground.
pub trait Output {
    fn stdout(&mut self, bytes: &[u8]);
    fn stderr(&mut self, bytes: &[u8]);
    fn flush(&mut self) {}
}

/// Collects output in memory (tests, the playground).
#[derive(Default, Debug)]
pub struct BufferOutput {
    pub out: alloc::vec::Vec<u8>,
    pub err: alloc::vec::Vec<u8>,
}

impl Output for BufferOutput {
    fn stdout(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        self.err.extend_from_slice(bytes);
    }
}

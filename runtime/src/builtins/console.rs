//! `console.log` / `console.error`: formats arguments like node's
//! `util.inspect` (see `crate::inspect`) and writes a line to the output.

use super::natives::natives;
use crate::host::{Host, JsResult};
use crate::realm::Runtime;
use crate::value::Value;
use alloc::vec::Vec;

pub fn install(rt: &mut Runtime) {
    let console = rt.new_object();
    natives!(rt, console, "console", [
        "log" => 0, log;
        "info" => 0, log;
        "debug" => 0, log;
        "error" => 0, error;
        "warn" => 0, error;
    ]);
    super::define_global(rt, "console", console);
}

/// A value as text for an uncaught-exception report.
pub fn inspect_for_report(cx: &mut dyn Host, v: Value) -> alloc::string::String {
    super::inspect_value::inspect_value(cx.rt(), v)
}

/// Formats console arguments into one line (without the newline).
pub fn format_args(cx: &mut dyn Host, args: &[Value]) -> JsResult<Vec<u8>> {
    let mut heap_args = super::inspect_value::HeapArgs::new(cx, args);
    let text = crate::inspect::format_log_args(&mut heap_args);
    Ok(text.into_bytes())
}

fn log(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut line = format_args(cx, args)?;
    line.push(b'\n');
    cx.rt().output.stdout(&line);
    Ok(Value::UNDEFINED)
}

fn error(cx: &mut dyn Host, _this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut line = format_args(cx, args)?;
    line.push(b'\n');
    cx.rt().output.stderr(&line);
    Ok(Value::UNDEFINED)
}

//! The AOT path of the CLI: `kiln build` (a program → one self-contained
//! WASI module) and `kiln run --engine=wasm` (build in memory, then run in
//! embedded wasmtime; compiled code is cached between runs).

use crate::runtime_wasm::RUNTIME_WASM;
use crate::wasm_host::{default_cache_dir, run_wasm, WasmOutcome, WasmRunOptions};
use kiln_compiler::bytecode::image;
use kiln_compiler::wasm::module::build_module;
use std::process::ExitCode;
use std::time::Duration;

/// Compiles `program` to a module; an error is printed and becomes the exit code.
pub fn build(program: &kiln_compiler::bytecode::Program, source: &str, name: &str, script: bool) -> Result<Vec<u8>, ExitCode> {
    if RUNTIME_WASM.is_empty() {
        eprintln!("kiln: this kiln was built without runtime.wasm: run `rustup target add wasm32-unknown-unknown` and rebuild");
        return Err(ExitCode::from(70));
    }
    let image = image::encode_parts(program, source, name, script);
    build_module(program, image, RUNTIME_WASM).map_err(|e| {
        eprintln!("kiln: internal error: the wasm backend failed: {e}");
        ExitCode::from(70)
    })
}

/// Runs a built module like `kiln run` runs a program: its output, its
/// exit code; `--timeout` and `--max-heap` as limits of the host.
pub fn run(module: &[u8], timeout: Option<f64>, max_heap: Option<usize>) -> ExitCode {
    let options = WasmRunOptions {
        timeout: timeout.map(Duration::from_secs_f64),
        max_memory_bytes: max_heap,
        cache_dir: default_cache_dir(),
    };
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    match run_wasm(module, &options, &mut out, &mut err) {
        Ok(WasmOutcome::Exited(code)) => ExitCode::from(code.clamp(0, 255) as u8),
        Ok(WasmOutcome::TimedOut) => {
            eprintln!("kiln: program stopped after the --timeout");
            ExitCode::from(124)
        }
        Ok(WasmOutcome::OutOfMemory(why)) => {
            eprintln!("kiln: JavaScript heap out of memory (over --max-heap): {why}");
            ExitCode::from(134)
        }
        Ok(WasmOutcome::Trapped(why)) => {
            eprintln!("kiln: internal error: the module trapped: {why}");
            ExitCode::from(70)
        }
        Err(why) => {
            eprintln!("kiln: cannot run the module: {why}");
            ExitCode::from(70)
        }
    }
}

//! The AOT path of the CLI: `kiln build` (a program → one self-contained
//! WASI module) and `kiln run --engine=wasm` (build in memory, then run in
//! embedded wasmtime; compiled code is cached between runs).

use kiln_compiler::bytecode::image::RunSettings;
use crate::runtime_wasm::{RUNTIME_WASM, RUNTIME_WASM_FINGERPRINT};
use crate::wasm_host::{default_cache_dir, run_wasm_built_from, WasmOutcome, WasmRunOptions};
use kiln_compiler::bytecode::{image, Program};
use kiln_compiler::wasm::module::{build_module, ModuleOptions};
use std::process::ExitCode;
use std::time::Duration;

/// Identifies this kiln build (its executable's size and modification
/// time): part of the key of cached modules built from a program, beside
/// runtime.wasm and the image, so a rebuilt code generator never reuses
/// modules an older one made.
fn build_identity() -> Vec<u8> {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    let mut id = b"kiln-wasm-backend".to_vec();
    if let Ok(meta) = meta {
        id.extend_from_slice(&meta.len().to_le_bytes());
        if let Ok(since) = meta.modified().map(|t| t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default()) {
            id.extend_from_slice(&since.as_nanos().to_le_bytes());
        }
    }
    id
}

fn check_runtime() -> Result<(), ExitCode> {
    if RUNTIME_WASM.is_empty() {
        eprintln!("kiln: this kiln was built without runtime.wasm: run `rustup target add wasm32-unknown-unknown` and rebuild");
        return Err(ExitCode::from(70));
    }
    Ok(())
}

/// Compiles `program` to a module; an error is printed and becomes the exit code.
pub fn build(program: &Program, source: &str, name: &str, settings: RunSettings, options: ModuleOptions) -> Result<Vec<u8>, ExitCode> {
    check_runtime()?;
    let image = image::encode_parts(program, source, name, settings);
    // The embedded runtime.wasm is validated by the test suite, not on every build.
    let options = ModuleOptions { runtime_validated: true, ..options };
    build_module(program, image, RUNTIME_WASM, options).map_err(|e| {
        eprintln!("kiln: internal error: the wasm backend failed: {e}");
        ExitCode::from(70)
    })
}

/// `kiln run --engine=wasm`: builds the program's module (unless the code
/// cache already has it compiled) and runs it like `kiln run` runs a
/// program: its output, its exit code; `--timeout` and `--max-heap` as
/// limits of the host.
pub fn run(program: &Program, source: &str, name: &str, settings: RunSettings, timeout: Option<f64>, max_heap: Option<usize>) -> ExitCode {
    if let Err(code) = check_runtime() {
        return code;
    }
    let options = WasmRunOptions {
        timeout: timeout.map(Duration::from_secs_f64),
        max_memory_bytes: max_heap,
        cache_dir: default_cache_dir(),
    };
    let image = image::encode_parts(program, source, name, settings);
    // Names stay in modules run here: they cost nothing at run time and
    // make a trap's backtrace and KILN_WASM_PERFMAP profiles readable.
    let module_options = ModuleOptions { names: true, runtime_validated: true, ..ModuleOptions::default() };
    let build = || build_module(program, image.clone(), RUNTIME_WASM, module_options).map_err(|e| format!("the wasm backend failed: {e}"));
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    match run_wasm_built_from(&[&build_identity(), RUNTIME_WASM_FINGERPRINT.as_bytes(), &image], &build, &options, &mut out, &mut err).map(|r| r.outcome) {
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

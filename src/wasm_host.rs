//! Runs a WASI command module (what `kiln build` emits: exports `_start` and
//! `memory`, imports `fd_write` and `proc_exit`) in embedded wasmtime, with a
//! time limit, a linear-memory limit and an on-disk code cache, so the CLI
//! can run `.wasm` output without node or a separate wasmtime binary.
//!
//! The module runs on a thread of its own whose native stack is larger than
//! [`MAX_WASM_STACK`], so deep wasm recursion ends in a "call stack
//! exhausted" trap rather than a native stack overflow whatever thread calls
//! [`run_wasm`]. The calling thread meanwhile writes the program's output
//! (see `output.rs`), which keeps the caller's writers out of the wasmtime
//! store, whose data must be `'static`.

#[path = "wasm_host/cache.rs"]
mod cache;
#[path = "wasm_host/function_cache.rs"]
mod function_cache;
#[path = "wasm_host/output.rs"]
mod output;
#[path = "wasm_host/wasi.rs"]
mod wasi;

use std::io::Write;
use std::path::PathBuf;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};
use wasmtime::{Config, Engine, Module, OptLevel, Store, Trap};

/// How deep wasm may recurse: generous, because compiled JavaScript recursion
/// is wasm recursion.
pub const MAX_WASM_STACK: usize = 64 << 20;

/// The native stack of the thread that runs the module: wasmtime needs it to
/// be larger than [`MAX_WASM_STACK`] (host calls and trap handling run on it
/// too). Pages are only committed when touched.
const NATIVE_STACK: usize = MAX_WASM_STACK + (32 << 20);

/// Limits and caching for one run.
#[derive(Clone, Debug, Default)]
pub struct WasmRunOptions {
    /// Stop the program after it has run this long, compilation not
    /// counted ([`WasmOutcome::TimedOut`]).
    pub timeout: Option<Duration>,
    /// Refuse to grow linear memory past this many bytes.
    pub max_memory_bytes: Option<usize>,
    /// Where compiled code is cached (`<dir>/wasm/<key>.cwasm`); `None` means
    /// no cache. See [`default_cache_dir`].
    pub cache_dir: Option<PathBuf>,
}

/// How a run ended. Errors of the host itself (an invalid module, a missing
/// import or export) are the `Err` of [`run_wasm`] instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WasmOutcome {
    /// `proc_exit(code)`, or 0 when `_start` returned.
    Exited(i32),
    /// The timeout elapsed first.
    TimedOut,
    /// The module trapped after a memory growth was refused (or its initial
    /// memory was over the limit).
    OutOfMemory(String),
    /// Any other trap, e.g. "wasm trap: call stack exhausted".
    Trapped(String),
}

/// A run's outcome and how the code was obtained, for tests and timing.
#[derive(Clone, Debug)]
pub struct WasmReport {
    pub outcome: WasmOutcome,
    /// The compiled code came from the cache (no Cranelift compilation).
    pub from_cache: bool,
    /// Compiling or deserializing the module (including the cache lookup).
    pub load_time: Duration,
    /// Instantiating and running `_start`.
    pub run_time: Duration,
}

/// Runs `module_bytes` (wasm binary) and writes its fd 1 and fd 2 output to
/// `stdout` and `stderr`, flushed before returning.
pub fn run_wasm(
    module_bytes: &[u8],
    opts: &WasmRunOptions,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<WasmOutcome, String> {
    run_wasm_report(module_bytes, opts, stdout, stderr).map(|r| r.outcome)
}

/// [`run_wasm`], also telling whether the cache was hit and how long the
/// phases took.
pub fn run_wasm_report(
    module_bytes: &[u8],
    opts: &WasmRunOptions,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<WasmReport, String> {
    run_source(ModuleSource::Bytes(module_bytes), opts, stdout, stderr)
}

/// Runs the module that `build` makes from `inputs` (it must be a pure
/// function of them): with a warm cache the module is neither built nor
/// compiled (`kiln run --engine=wasm`).
pub fn run_wasm_built_from(
    inputs: &[&[u8]],
    build: &dyn Fn() -> Result<Vec<u8>, String>,
    opts: &WasmRunOptions,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<WasmReport, String> {
    run_source(ModuleSource::BuiltFrom { inputs, build }, opts, stdout, stderr)
}

/// Where a run's module comes from.
enum ModuleSource<'a> {
    Bytes(&'a [u8]),
    BuiltFrom { inputs: &'a [&'a [u8]], build: &'a dyn Fn() -> Result<Vec<u8>, String> },
}

fn run_source(source: ModuleSource, opts: &WasmRunOptions, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<WasmReport, String> {
    let engine = new_engine(opts.cache_dir.as_deref())?;
    let started = Instant::now();
    let (module, from_cache) = match source {
        ModuleSource::Bytes(bytes) => cache::load_module(&engine, bytes, opts.cache_dir.as_deref())?,
        ModuleSource::BuiltFrom { inputs, build } => cache::load_module_built_from(&engine, inputs, build, opts.cache_dir.as_deref())?,
    };
    let load_time = started.elapsed();

    let pipe = Arc::new(output::Pipe::default());
    std::thread::scope(|scope| {
        let runner = std::thread::Builder::new()
            .name("kiln-wasm".into())
            .stack_size(NATIVE_STACK)
            .spawn_scoped(scope, || {
                let _finish = output::FinishOnDrop(&pipe);
                execute(&engine, &module, opts, pipe.clone())
            })
            .map_err(|e| format!("cannot start the wasm thread: {e}"))?;
        pipe.forward(stdout, stderr);
        let (outcome, run_time) = runner.join().map_err(|_| "the wasm thread panicked".to_string())??;
        Ok(WasmReport { outcome, from_cache, load_time, run_time })
    })
}

/// `$KILN_CACHE_DIR`, else `$XDG_CACHE_HOME/kiln`, else `$HOME/.cache/kiln`.
pub fn default_cache_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = var("KILN_CACHE_DIR") {
        return Some(dir);
    }
    if let Some(dir) = var("XDG_CACHE_HOME").filter(|d| d.is_absolute()) {
        return Some(dir.join("kiln"));
    }
    var("HOME").map(|home| home.join(".cache").join("kiln"))
}

/// One engine per run: the timeout bumps the engine's epoch, which would
/// interrupt every other store sharing it. Creating one is cheap next to
/// compiling (a warm cached run takes about 1 ms in all); the expensive
/// part, compiled code, is what the cache keeps.
fn new_engine(cache_dir: Option<&std::path::Path>) -> Result<Engine, String> {
    let mut config = Config::new();
    if let Some(dir) = cache_dir {
        let store = std::sync::Arc::new(function_cache::FunctionCache::new(dir.to_path_buf()));
        config.enable_incremental_compilation(store).map_err(|e| format!("cannot configure wasmtime: {e}"))?;
    }
    config.epoch_interruption(true);
    config.max_wasm_stack(MAX_WASM_STACK);
    // Unused (no async support) but checked to be at least max_wasm_stack.
    config.async_stack_size(NATIVE_STACK);
    config.cranelift_opt_level(OptLevel::Speed);
    // No wasm-offset maps in the machine code: they only improve trap
    // backtraces (kiln reports JS stacks itself) and they enlarge every
    // cached module that a warm run must read.
    config.generate_address_map(false);
    // For profiling generated code: `perf` reads /tmp/perf-PID.map.
    if std::env::var_os("KILN_WASM_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    Engine::new(&config).map_err(|e| format!("cannot configure wasmtime: {e}"))
}

/// Instantiates the module and calls `_start` on the current (big-stack)
/// thread.
fn execute(
    engine: &Engine,
    module: &Module,
    opts: &WasmRunOptions,
    output: Arc<output::Pipe>,
) -> Result<(WasmOutcome, Duration), String> {
    let started = Instant::now();
    let mut store = Store::new(engine, wasi::HostState::new(output, opts.max_memory_bytes));
    store.limiter(|state| &mut state.limiter);
    let _timer = match opts.timeout {
        Some(timeout) => Some(EpochTimer::start(engine, timeout)?),
        None => None,
    };
    store.set_epoch_deadline(if opts.timeout.is_some() { 1 } else { u64::MAX / 2 });

    let linker = wasi::linker(engine, module).map_err(|e| format!("cannot link the module: {e}"))?;
    let mut instance = None;
    let result = linker.instantiate(&mut store, module).and_then(|i| {
        instance = Some(i);
        store.data_mut().memory = i.get_memory(&mut store, "memory");
        let start = i.get_typed_func::<(), ()>(&mut store, "_start")?;
        start.call(&mut store, ())
    });
    // A program stopped at its timeout keeps what it printed: kiln's
    // modules export `kiln_flush` for their buffered stdout.
    if let (Err(error), Some(instance)) = (&result, instance) {
        if let Some(Trap::Interrupt) = error.downcast_ref::<Trap>() {
            if let Ok(flush) = instance.get_typed_func::<(), ()>(&mut store, "kiln_flush") {
                store.set_epoch_deadline(u64::MAX / 2);
                let _ = flush.call(&mut store, ());
            }
        }
    }
    let refused_growth = store.data_mut().limiter.refused.take();
    let outcome = match result {
        Ok(()) => WasmOutcome::Exited(0),
        Err(error) => classify(error, refused_growth)?,
    };
    Ok((outcome, started.elapsed()))
}

/// Maps a failed instantiation or `_start` call to an outcome; errors that
/// are neither an exit nor a trap are the host's (e.g. a missing export).
fn classify(error: wasmtime::Error, refused_growth: Option<String>) -> Result<WasmOutcome, String> {
    if let Some(wasi::ExitCode(code)) = error.downcast_ref::<wasi::ExitCode>() {
        return Ok(WasmOutcome::Exited(*code));
    }
    if let Some(Trap::Interrupt) = error.downcast_ref::<Trap>() {
        return Ok(WasmOutcome::TimedOut);
    }
    // A refused growth followed by a trap (or an instantiation that failed
    // on the initial memory size) is the program running out of memory.
    if let Some(refused) = refused_growth {
        return Ok(WasmOutcome::OutOfMemory(format!("{refused} ({error})")));
    }
    match error.downcast_ref::<Trap>() {
        Some(trap) => Ok(WasmOutcome::Trapped(format!("wasm trap: {trap}"))),
        None => Err(format!("{error:#}")),
    }
}

/// Bumps the engine's epoch once the timeout elapses, which makes running
/// wasm trap with [`Trap::Interrupt`] at its next function entry or loop
/// back-edge. Dropping the timer wakes and ends its thread early.
struct EpochTimer {
    cancel: Option<mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EpochTimer {
    fn start(engine: &Engine, timeout: Duration) -> Result<EpochTimer, String> {
        let (cancel, cancelled) = mpsc::channel::<()>();
        let engine = engine.clone();
        let thread = std::thread::Builder::new()
            .name("kiln-wasm-timer".into())
            .spawn(move || {
                if let Err(mpsc::RecvTimeoutError::Timeout) = cancelled.recv_timeout(timeout) {
                    engine.increment_epoch();
                }
            })
            .map_err(|e| format!("cannot start the timeout thread: {e}"))?;
        Ok(EpochTimer { cancel: Some(cancel), thread: Some(thread) })
    }
}

impl Drop for EpochTimer {
    fn drop(&mut self) {
        drop(self.cancel.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

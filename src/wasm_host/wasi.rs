//! The WASI preview1 functions a kiln module imports (`fd_write`,
//! `proc_exit`), the store's state (output buffers, the memory limiter) and
//! ENOSYS stubs for any other `wasi_snapshot_preview1` function a module
//! might import later, matching `www/kiln-wasi.js`.

use super::output::Pipe;
use std::sync::Arc;
use wasmtime::{Caller, Engine, Extern, ExternType, Linker, Memory, Module, ResourceLimiter, Val, ValType};

const WASI: &str = "wasi_snapshot_preview1";
const ESUCCESS: i32 = 0;
const EBADF: i32 = 8;
const EFAULT: i32 = 21;
const EIO: i32 = 29;
const ENOSYS: i32 = 52;

/// `proc_exit(code)`: returned as the error that unwinds the wasm stack.
#[derive(Debug)]
pub(super) struct ExitCode(pub i32);

impl std::fmt::Display for ExitCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit with code {}", self.0)
    }
}

impl std::error::Error for ExitCode {}

/// The wasmtime store's data.
pub(super) struct HostState {
    pub output: Arc<Pipe>,
    pub limiter: MemoryLimiter,
    /// The module's exported memory, set after instantiation.
    pub memory: Option<Memory>,
}

impl HostState {
    pub fn new(output: Arc<Pipe>, max_memory_bytes: Option<usize>) -> HostState {
        HostState {
            output,
            limiter: MemoryLimiter { max_bytes: max_memory_bytes, refused: None },
            memory: None,
        }
    }
}

/// Refuses linear-memory growth past the limit; `memory.grow` then returns
/// -1 and the module reports out-of-memory itself (usually by trapping).
pub(super) struct MemoryLimiter {
    max_bytes: Option<usize>,
    /// Describes the first refused growth.
    pub refused: Option<String>,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        if let Some(limit) = self.max_bytes.filter(|&limit| desired > limit) {
            self.refused.get_or_insert_with(|| {
                format!("linear memory limit of {limit} bytes reached (growing from {current} to {desired} bytes)")
            });
            return Ok(false);
        }
        Ok(maximum.is_none_or(|max| desired <= max))
    }

    fn table_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(maximum.is_none_or(|max| desired <= max))
    }
}

/// A linker with `fd_write`, `proc_exit` and ENOSYS stubs for the module's
/// other WASI imports that return an errno. Anything else the module imports
/// makes instantiation fail with a clear message.
pub(super) fn linker(engine: &Engine, module: &Module) -> wasmtime::Result<Linker<HostState>> {
    let mut linker = Linker::new(engine);
    linker.func_wrap(WASI, "fd_write", fd_write)?;
    linker.func_wrap(WASI, "proc_exit", |code: i32| -> wasmtime::Result<()> {
        Err(wasmtime::Error::new(ExitCode(code)))
    })?;
    for import in module.imports() {
        if import.module() != WASI || matches!(import.name(), "fd_write" | "proc_exit") {
            continue;
        }
        if let ExternType::Func(ty) = import.ty() {
            if ty.results().len() == 1 && ty.results().all(|r| matches!(r, ValType::I32)) {
                linker.func_new(WASI, import.name(), ty, |_, _, results| {
                    results[0] = Val::I32(ENOSYS);
                    Ok(())
                })?;
            }
        }
    }
    Ok(linker)
}

/// `fd_write(fd, iovs, iovs_len, nwritten) -> errno` for fds 1 and 2: the
/// iovecs are (pointer, length) pairs of little-endian u32 in the memory.
fn fd_write(mut caller: Caller<'_, HostState>, fd: i32, iovs: i32, iovs_len: i32, nwritten: i32) -> i32 {
    if fd != 1 && fd != 2 {
        return EBADF;
    }
    let memory = caller.data().memory.or_else(|| caller.get_export("memory").and_then(Extern::into_memory));
    let Some(memory) = memory else {
        return EFAULT;
    };
    let (data, state) = memory.data_and_store_mut(&mut caller);
    // Validate every iovec before writing any, so a bad one writes nothing.
    let mut ranges = Vec::with_capacity(iovs_len.clamp(0, 64) as usize);
    for i in 0..iovs_len.max(0) as u32 {
        let at = (iovs as u32 as usize).saturating_add(i as usize * 8);
        let (Some(ptr), Some(len)) = (read_u32(data, at), read_u32(data, at + 4)) else {
            return EFAULT;
        };
        let (start, end) = (ptr as usize, ptr as usize + len as usize);
        if end > data.len() {
            return EFAULT;
        }
        ranges.push(start..end);
    }
    let total: usize = ranges.iter().map(|r| r.len()).sum();
    let Some(out) = data.get_mut(nwritten as u32 as usize..).and_then(|d| d.get_mut(..4)) else {
        return EFAULT;
    };
    out.copy_from_slice(&(total as u32).to_le_bytes());
    if ranges.into_iter().all(|range| state.output.write(fd, &data[range])) {
        ESUCCESS
    } else {
        EIO
    }
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    let bytes = data.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

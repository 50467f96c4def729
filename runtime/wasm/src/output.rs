//! Console output through WASI `fd_write`. stdout is buffered (one write
//! per 64 KiB instead of one per `console.log`); stderr is written at once,
//! after flushing stdout so the two streams keep their order on a terminal.
//!
//! The buffer is a static array, not a `Vec`: the out-of-memory and panic
//! paths flush it while the heap may be exhausted or mid-update, so writing
//! to it must never allocate.

use crate::wasi;
use core::cell::UnsafeCell;
use kiln_runtime::host::Output;

const CAPACITY: usize = 64 * 1024;

struct Buffer {
    bytes: UnsafeCell<[u8; CAPACITY]>,
    len: UnsafeCell<usize>,
}

// SAFETY: wasm32-unknown-unknown runs one thread; nothing else can touch
// the buffer while a function here runs.
unsafe impl Sync for Buffer {}

static STDOUT: Buffer = Buffer { bytes: UnsafeCell::new([0; CAPACITY]), len: UnsafeCell::new(0) };

/// Appends to the stdout buffer, writing it out when full.
pub fn stdout(bytes: &[u8]) {
    // SAFETY: single-threaded (see `Buffer`), and no function here calls
    // back into another while holding these references.
    let (buffer, len) = unsafe { (&mut *STDOUT.bytes.get(), &mut *STDOUT.len.get()) };
    if *len + bytes.len() > CAPACITY {
        wasi::write_all(wasi::STDOUT, &buffer[..*len]);
        *len = 0;
        if bytes.len() > CAPACITY {
            wasi::write_all(wasi::STDOUT, bytes);
            return;
        }
    }
    buffer[*len..*len + bytes.len()].copy_from_slice(bytes);
    *len += bytes.len();
}

/// Writes out what stdout holds.
pub fn flush() {
    // SAFETY: as in `stdout`.
    let (buffer, len) = unsafe { (&*STDOUT.bytes.get(), &mut *STDOUT.len.get()) };
    let pending = *len;
    *len = 0;
    wasi::write_all(wasi::STDOUT, &buffer[..pending]);
}

/// Writes to stderr after what stdout holds.
pub fn stderr(bytes: &[u8]) {
    flush();
    wasi::write_all(wasi::STDERR, bytes);
}

/// The runtime's `Output` inside a wasm module.
pub struct WasiOutput;

impl Output for WasiOutput {
    fn stdout(&mut self, bytes: &[u8]) {
        stdout(bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        stderr(bytes);
    }
    fn flush(&mut self) {
        flush();
    }
}

//! Carries the program's output from the wasm thread to the caller's
//! writers. Writes are batched (many small `fd_write` calls become one write
//! to the real stdout), yet nothing waits more than [`LATENCY`] to appear, so
//! a program that prints and then computes for a while shows its output.
//! stderr is handed over at once, as node writes it (`kiln bench` times the
//! gaps between a program's stderr lines). The order of stdout and stderr
//! writes is kept.

use std::io::Write;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Pending output is handed over as soon as it reaches this size...
const CHUNK_BYTES: usize = 32 << 10;
/// ...or when it is this old.
const LATENCY: Duration = Duration::from_millis(20);
/// The program waits when the writers fall this far behind.
const MAX_PENDING: usize = 1 << 20;

/// Shared by the wasm thread (`write`, `finish`) and the calling thread
/// (`forward`).
#[derive(Default)]
pub(super) struct Pipe {
    state: Mutex<Pending>,
    /// Signalled when a chunk is full or the program finished.
    ready: Condvar,
    /// Signalled when the writers took the pending output.
    drained: Condvar,
}

#[derive(Default)]
struct Pending {
    /// (fd, bytes), consecutive writes to one fd merged.
    chunks: Vec<(i32, Vec<u8>)>,
    bytes: usize,
    /// Something was written to stderr: hand it over without waiting.
    urgent: bool,
    done: bool,
    /// A writer failed: later writes are refused (EIO for the program).
    broken: bool,
}

impl Pipe {
    fn lock(&self) -> MutexGuard<'_, Pending> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Queues `bytes` for `fd`; false when the writer has failed.
    pub fn write(&self, fd: i32, bytes: &[u8]) -> bool {
        let mut pending = self.lock();
        while pending.bytes >= MAX_PENDING && !pending.broken {
            pending = self.drained.wait(pending).unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        if pending.broken {
            return false;
        }
        match pending.chunks.last_mut() {
            Some((last_fd, chunk)) if *last_fd == fd => chunk.extend_from_slice(bytes),
            _ => pending.chunks.push((fd, bytes.to_vec())),
        }
        pending.bytes += bytes.len();
        if fd == 2 {
            pending.urgent = true;
        }
        if pending.bytes >= CHUNK_BYTES || pending.urgent {
            self.ready.notify_one();
        }
        true
    }

    /// The program has ended: `forward` writes what is left and returns.
    pub fn finish(&self) {
        self.lock().done = true;
        self.ready.notify_one();
    }

    /// Writes the program's output as it comes until `finish`, flushing after
    /// each batch. After a write error the rest is discarded.
    pub fn forward(&self, stdout: &mut dyn Write, stderr: &mut dyn Write) {
        let mut failed = false;
        loop {
            let (chunks, done) = self.take_batch();
            for (fd, bytes) in chunks {
                let sink: &mut dyn Write = if fd == 2 { &mut *stderr } else { &mut *stdout };
                if !failed && sink.write_all(&bytes).and_then(|_| sink.flush()).is_err() {
                    failed = true;
                    self.lock().broken = true;
                    self.drained.notify_all();
                }
            }
            if done {
                return;
            }
        }
    }

    /// Waits for a full chunk, stderr output, the end, or [`LATENCY`] with
    /// something pending.
    fn take_batch(&self) -> (Vec<(i32, Vec<u8>)>, bool) {
        let mut pending = self.lock();
        while !pending.done && !pending.urgent && pending.bytes < CHUNK_BYTES {
            let (guard, wait) = self.ready.wait_timeout(pending, LATENCY).unwrap_or_else(|poisoned| poisoned.into_inner());
            pending = guard;
            if wait.timed_out() && !pending.chunks.is_empty() {
                break;
            }
        }
        pending.bytes = 0;
        pending.urgent = false;
        let chunks = std::mem::take(&mut pending.chunks);
        let done = pending.done;
        drop(pending);
        self.drained.notify_all();
        (chunks, done)
    }
}

/// Calls [`Pipe::finish`] when dropped, so the caller stops waiting even if
/// the wasm thread panics.
pub(super) struct FinishOnDrop<'a>(pub &'a Pipe);

impl Drop for FinishOnDrop<'_> {
    fn drop(&mut self) {
        self.0.finish();
    }
}

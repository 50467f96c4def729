//! Allocation failure ends the program with a message and exit code 134
//! (like the CLI's out-of-memory exit) instead of a bare `unreachable`
//! trap: the global allocator is `System` (dlmalloc over `memory.grow`)
//! with a check for null.

use crate::{output, wasi};
use std::alloc::{GlobalAlloc, Layout, System};

struct CheckedAlloc;

#[global_allocator]
static ALLOCATOR: CheckedAlloc = CheckedAlloc;

/// Exit code of an out-of-memory end (node's SIGABRT status).
pub const OUT_OF_MEMORY_EXIT: i32 = 134;

#[cold]
fn out_of_memory() -> ! {
    // Neither call allocates (see `output`).
    output::stderr(b"kiln: out of memory\n");
    wasi::exit(OUT_OF_MEMORY_EXIT)
}

fn checked(ptr: *mut u8) -> *mut u8 {
    if ptr.is_null() {
        out_of_memory();
    }
    ptr
}

// SAFETY: every method forwards to `System` with the caller's arguments
// unchanged, so `System`'s guarantees hold; a null result never returns.
unsafe impl GlobalAlloc for CheckedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        checked(System.alloc(layout))
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        checked(System.alloc_zeroed(layout))
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        checked(System.realloc(ptr, layout, new_size))
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

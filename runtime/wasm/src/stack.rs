//! Rust code in wasm32 keeps its address-taken locals on a shadow stack in
//! linear memory (global `__stack_pointer`). It is 8 MiB here (build.rs),
//! sits at the bottom of memory and grows down toward its low end with no
//! guard page: overflowing it silently overwrites static data. The VM asks
//! `stack_low_water` before deepening recursion and throws a RangeError
//! instead.
//!
//! The wasm engine's own call stack (wasmtime's `max_wasm_stack`, the
//! browser's) is a second limit this cannot see; the VM's call-depth limit
//! covers it.

/// Room kept below the low-water mark for the code that throws the
/// RangeError and unwinds.
const RESERVE: usize = 256 * 1024;

extern "C" {
    /// The low end of the shadow stack, defined by the linker (wasm-ld).
    static __stack_low: u8;
}

/// True when less than `RESERVE` bytes of shadow stack remain.
#[inline]
pub fn stack_low_water() -> bool {
    let marker = 0u8;
    // The address of a local forces it onto the shadow stack: it is the
    // current depth.
    let here = core::hint::black_box(&marker) as *const u8 as usize;
    // Only the symbol's address is used, never its contents.
    let low = core::ptr::addr_of!(__stack_low) as usize;
    here < low + RESERVE
}

//! Heap arrays of `Value`s addressed by a bare pointer, for the structures
//! whose memory layout generated code reads (`Slots`, `Env`; see `layout`):
//! a `Vec` would do the same job, but its field order is not specified, so
//! code compiled to wasm or by the JIT could not find its buffer. Only these
//! few functions touch the raw memory.

use crate::value::Value;
use alloc::alloc::{alloc, dealloc, handle_alloc_error, realloc, Layout};
use core::ptr::NonNull;

fn layout(capacity: usize) -> Layout {
    Layout::array::<Value>(capacity).expect("a value array fits the address space")
}

/// A new array of `capacity` values, the first `init.len()` copied from
/// `init`, the rest `fill`.
pub(crate) fn allocate(capacity: usize, init: &[Value], fill: Value) -> NonNull<Value> {
    assert!(capacity > 0 && init.len() <= capacity);
    // SAFETY: the layout has a non-zero size; every element of the new
    // allocation is written before it is used.
    unsafe {
        let ptr = alloc(layout(capacity)) as *mut Value;
        let Some(ptr) = NonNull::new(ptr) else { handle_alloc_error(layout(capacity)) };
        core::ptr::copy_nonoverlapping(init.as_ptr(), ptr.as_ptr(), init.len());
        for i in init.len()..capacity {
            ptr.as_ptr().add(i).write(fill);
        }
        ptr
    }
}

/// Grows an array from `old` to `new` capacity, keeping its values; the
/// new tail is undefined.
///
/// # Safety
/// `ptr` must come from `allocate` or `grow` with capacity `old`.
pub(crate) unsafe fn grow(ptr: NonNull<Value>, old: usize, new: usize) -> NonNull<Value> {
    assert!(new > old);
    // SAFETY: the caller passes a live allocation of `old` values; the new
    // size is non-zero; the tail is written before use.
    unsafe {
        let grown = realloc(ptr.as_ptr() as *mut u8, layout(old), layout(new).size()) as *mut Value;
        let Some(grown) = NonNull::new(grown) else { handle_alloc_error(layout(new)) };
        for i in old..new {
            grown.as_ptr().add(i).write(Value::UNDEFINED);
        }
        grown
    }
}

/// Frees an array.
///
/// # Safety
/// `ptr` must come from `allocate` or `grow` with capacity `capacity`, and
/// must not be used afterwards.
pub(crate) unsafe fn free(ptr: NonNull<Value>, capacity: usize) {
    // SAFETY: the caller's contract.
    unsafe { dealloc(ptr.as_ptr() as *mut u8, layout(capacity)) }
}

/// The first `len` values of an array.
///
/// # Safety
/// `ptr` must be a live array of at least `len` values, not mutated while
/// the slice lives.
pub(crate) unsafe fn slice<'a>(ptr: NonNull<Value>, len: usize) -> &'a [Value] {
    // SAFETY: the caller's contract.
    unsafe { core::slice::from_raw_parts(ptr.as_ptr(), len) }
}

/// The first `len` values of an array, mutable.
///
/// # Safety
/// As `slice`, and the slice must be the only access while it lives.
pub(crate) unsafe fn slice_mut<'a>(ptr: NonNull<Value>, len: usize) -> &'a mut [Value] {
    // SAFETY: the caller's contract.
    unsafe { core::slice::from_raw_parts_mut(ptr.as_ptr(), len) }
}

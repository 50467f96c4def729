//! A stack of `Copy` values in one allocation reserved up front that never
//! moves: the VM's register stack and its frame records. Because neither
//! ever moves, the interpreter keeps a raw pointer to the running frame's
//! registers, and compiled code pushes and pops frames itself, reading and
//! writing `ptr`/`len`/`capacity` at the fixed offsets of this `repr(C)`
//! struct (see `layout`). Running out of room is the caller's error to
//! report (a `RangeError`, like deep recursion).

use core::ops::{Deref, DerefMut};
use core::ptr::NonNull;

#[repr(C)]
pub struct FixedStack<T: Copy> {
    /// Start of the allocation: `capacity` elements, the first `len` initialized.
    pub(crate) ptr: NonNull<T>,
    pub(crate) len: usize,
    pub(crate) capacity: usize,
}

impl<T: Copy> FixedStack<T> {
    /// Where compiled code finds the fields (see `layout`).
    pub const PTR_OFFSET: usize = core::mem::offset_of!(Self, ptr);
    pub const LEN_OFFSET: usize = core::mem::offset_of!(Self, len);
    pub const CAPACITY_OFFSET: usize = core::mem::offset_of!(Self, capacity);

    /// Room for `capacity` elements, reserved once. (Natively the pages of
    /// a large reservation are only touched as the stack reaches them.)
    pub fn with_capacity(capacity: usize) -> FixedStack<T> {
        let mut storage: Vec<T> = Vec::with_capacity(capacity.max(1));
        let capacity = storage.capacity();
        let ptr = NonNull::new(storage.as_mut_ptr()).expect("Vec pointers are never null");
        core::mem::forget(storage);
        FixedStack { ptr, len: 0, capacity }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Appends `v`; false (and no change) when there is no room.
    #[inline]
    #[must_use]
    pub fn push(&mut self, v: T) -> bool {
        if self.len == self.capacity {
            return false;
        }
        // SAFETY: `len < capacity`: the slot is inside the allocation.
        unsafe { self.ptr.as_ptr().add(self.len).write(v) };
        self.len += 1;
        true
    }

    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the element at the old `len - 1` is initialized.
        Some(unsafe { self.ptr.as_ptr().add(self.len).read() })
    }

    /// Drops the elements from `len` on.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

impl<T: Copy> Deref for FixedStack<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` elements are initialized and inside the allocation.
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Copy> DerefMut for FixedStack<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`; `&mut self` makes this the only live slice.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Copy> Drop for FixedStack<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `capacity` came from a `Vec<T>` that was
        // forgotten; `T: Copy` has no destructor, so the length does not matter.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), 0, self.capacity) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushes_within_capacity_and_never_moves() {
        let mut s: FixedStack<u32> = FixedStack::with_capacity(3);
        let start = s.ptr;
        assert!(s.push(1) && s.push(2) && s.push(3));
        assert!(!s.push(4), "full");
        assert_eq!(&s[..], &[1, 2, 3]);
        assert_eq!(s.pop(), Some(3));
        s.truncate(1);
        assert_eq!(&s[..], &[1]);
        assert_eq!(s.ptr, start);
    }
}

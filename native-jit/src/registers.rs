//! The VM register stack: every JavaScript frame's registers, one frame
//! after another, in one allocation that never moves. Because it never
//! moves, the interpreter (and compiled code) may keep a raw pointer to the
//! running frame's first register for as long as the frame lives, instead
//! of indexing (and bounds-checking) a vector on every operand; running out
//! of room is a `RangeError` like deep recursion. The GC scans
//! `as_slice()`: exactly the registers of live frames.

use core::ops::{Deref, DerefMut};
use core::ptr::NonNull;
use kiln_runtime::Value;

pub struct RegisterStack {
    /// Start of the allocation: `capacity` values, the first `len` initialized.
    ptr: NonNull<Value>,
    len: usize,
    capacity: usize,
}

impl RegisterStack {
    /// Room for `capacity` registers, reserved once. (Natively the pages of
    /// a large reservation are only touched as frames reach them.)
    pub fn with_capacity(capacity: usize) -> RegisterStack {
        let mut storage: Vec<Value> = Vec::with_capacity(capacity.max(1));
        let capacity = storage.capacity();
        let ptr = NonNull::new(storage.as_mut_ptr()).expect("Vec pointers are never null");
        core::mem::forget(storage);
        RegisterStack { ptr, len: 0, capacity }
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

    /// Adds `count` registers holding undefined; false (and no change) when
    /// there is no room.
    #[inline]
    #[must_use]
    pub fn grow(&mut self, count: usize) -> bool {
        if count > self.capacity - self.len {
            return false;
        }
        // SAFETY: `len + count <= capacity`, so every written slot is inside
        // the allocation; slots below `len` are untouched.
        unsafe {
            let start = self.ptr.as_ptr().add(self.len);
            for i in 0..count {
                start.add(i).write(Value::UNDEFINED);
            }
        }
        self.len += count;
        true
    }

    /// Pushes a frame of `count` registers whose first ones are copies of
    /// the `argc` registers at `args` (an earlier frame's), the rest
    /// undefined. Returns the new frame's base, or None when there is no room.
    #[inline]
    pub fn push_frame(&mut self, count: usize, args: usize, argc: usize) -> Option<usize> {
        assert!(args + argc <= self.len, "arguments come from live registers");
        let base = self.len;
        if count > self.capacity - base {
            return None;
        }
        let copied = argc.min(count);
        // SAFETY: the source registers are initialized (below `len`, asserted)
        // and the destination `base..base + count` is inside the allocation
        // (checked) and disjoint from them (it starts at `len`).
        unsafe {
            let frame = self.ptr.as_ptr().add(base);
            core::ptr::copy_nonoverlapping(self.ptr.as_ptr().add(args), frame, copied);
            for i in copied..count {
                frame.add(i).write(Value::UNDEFINED);
            }
        }
        self.len = base + count;
        Some(base)
    }

    /// Appends `v`; false when there is no room.
    #[inline]
    #[must_use]
    pub fn push(&mut self, v: Value) -> bool {
        if !self.grow(1) {
            return false;
        }
        let last = self.len - 1;
        self[last] = v;
        true
    }

    /// Drops the registers from `len` on (frames that returned).
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    /// The address of register `base`: a frame's register file. It stays
    /// valid until the stack is truncated below `base` (the frame returns).
    #[inline]
    pub fn frame(&self, base: usize) -> *mut Value {
        debug_assert!(base <= self.len);
        self.ptr.as_ptr().wrapping_add(base)
    }
}

impl Deref for RegisterStack {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialized and inside the allocation.
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for RegisterStack {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`; `&mut self` makes this the only live slice.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for RegisterStack {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `capacity` came from a `Vec<Value>` that was
        // forgotten; `Value` has no destructor, so the length does not matter.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), 0, self.capacity) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_within_capacity_and_never_moves() {
        let mut s = RegisterStack::with_capacity(8);
        let base = s.frame(0);
        assert!(s.grow(5));
        assert_eq!(&s[..], &[Value::UNDEFINED; 5]);
        s[2] = Value::int(7);
        assert!(!s.grow(4), "no room for 4 more");
        assert_eq!(s.len(), 5);
        assert!(s.push(Value::TRUE));
        s.truncate(3);
        assert_eq!(&s[..], &[Value::UNDEFINED, Value::UNDEFINED, Value::int(7)]);
        assert_eq!(s.frame(0), base);
        // A frame whose first registers copy two of the live ones.
        let frame = s.push_frame(4, 1, 2).expect("room");
        assert_eq!(frame, 3);
        assert_eq!(&s[3..], &[Value::UNDEFINED, Value::int(7), Value::UNDEFINED, Value::UNDEFINED]);
        assert_eq!(s.push_frame(2, 0, 1), None, "no room for 2 more");
        s.truncate(3);
        // SAFETY: register 2 is initialized and inside the allocation.
        assert_eq!(unsafe { *s.frame(2) }, Value::int(7));
    }
}

//! A growable vector of `Value`s with a fixed layout (`repr(C)`: pointer,
//! length, capacity), for array elements: compiled code reads and writes
//! dense elements in place (see `layout`), which a `Vec`, whose field order
//! is unspecified, would not allow. It offers the slice API through
//! `Deref` and the few `Vec` methods the array builtins use.

use crate::raw_values;
use crate::value::Value;
use alloc::vec::Vec;
use core::fmt;
use core::ops::{Deref, DerefMut, Range};
use core::ptr::NonNull;

#[repr(C)]
pub struct ValueVec {
    pub(crate) ptr: Option<NonNull<Value>>,
    pub(crate) len: u32,
    capacity: u32,
}

impl ValueVec {
    pub const fn new() -> ValueVec {
        ValueVec { ptr: None, len: 0, capacity: 0 }
    }

    pub fn with_capacity(capacity: usize) -> ValueVec {
        let mut v = ValueVec::new();
        v.reserve_exact(capacity);
        v
    }

    /// Makes room for `additional` more values beyond the length.
    pub fn reserve_exact(&mut self, additional: usize) {
        let needed = self.len as usize + additional;
        if needed <= self.capacity as usize {
            return;
        }
        assert!(needed <= u32::MAX as usize, "an array holds at most 2^32 - 1 elements");
        self.ptr = Some(match self.ptr {
            None => raw_values::allocate(needed, &[], Value::UNDEFINED),
            // SAFETY: `ptr` holds `capacity` values (allocated here).
            Some(ptr) => unsafe { raw_values::grow(ptr, self.capacity as usize, needed) },
        });
        self.capacity = needed as u32;
    }

    fn reserve(&mut self, additional: usize) {
        let needed = self.len as usize + additional;
        if needed > self.capacity as usize {
            let doubled = (self.capacity as usize * 2).max(4).min(u32::MAX as usize);
            self.reserve_exact(needed.max(doubled) - self.len as usize);
        }
    }

    pub fn push(&mut self, v: Value) {
        self.reserve(1);
        let len = self.len as usize;
        self.len += 1;
        self[len] = v;
    }

    pub fn pop(&mut self) -> Option<Value> {
        let last = self.last().copied()?;
        self.len -= 1;
        Some(last)
    }

    pub fn extend_from_slice(&mut self, values: &[Value]) {
        self.reserve(values.len());
        let start = self.len as usize;
        self.len += values.len() as u32;
        self[start..].copy_from_slice(values);
    }

    /// Shortens to `len` values (no effect when already shorter).
    pub fn truncate(&mut self, len: usize) {
        if len < self.len as usize {
            self.len = len as u32;
        }
    }

    /// Sets the length to `len`, new values being `fill`.
    pub fn resize(&mut self, len: usize, fill: Value) {
        if len <= self.len as usize {
            self.truncate(len);
            return;
        }
        self.reserve(len - self.len as usize);
        let start = self.len as usize;
        self.len = len as u32;
        self[start..].fill(fill);
    }

    /// Removes and returns the value at `index`, shifting the rest down.
    pub fn remove(&mut self, index: usize) -> Value {
        let v = self[index];
        self.copy_within(index + 1.., index);
        self.len -= 1;
        v
    }

    /// Replaces `range` with `values`, returning what it held.
    pub fn splice(&mut self, range: Range<usize>, values: &[Value]) -> Vec<Value> {
        let removed = self[range.clone()].to_vec();
        let tail = self[range.end..].to_vec();
        self.truncate(range.start);
        self.extend_from_slice(values);
        self.extend_from_slice(&tail);
        removed
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.deref().to_vec()
    }
}

impl Default for ValueVec {
    fn default() -> ValueVec {
        ValueVec::new()
    }
}

impl Clone for ValueVec {
    fn clone(&self) -> ValueVec {
        ValueVec::from(self.deref())
    }
}

impl From<&[Value]> for ValueVec {
    fn from(values: &[Value]) -> ValueVec {
        let mut v = ValueVec::with_capacity(values.len());
        v.extend_from_slice(values);
        v
    }
}

impl From<Vec<Value>> for ValueVec {
    fn from(values: Vec<Value>) -> ValueVec {
        ValueVec::from(&values[..])
    }
}

impl Drop for ValueVec {
    fn drop(&mut self) {
        if let Some(ptr) = self.ptr.take() {
            // SAFETY: allocated here with `capacity` values; not used again.
            unsafe { raw_values::free(ptr, self.capacity as usize) }
        }
    }
}

impl Deref for ValueVec {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self.ptr {
            // SAFETY: the first `len` values of the allocation are initialized.
            Some(ptr) => unsafe { raw_values::slice(ptr, self.len as usize) },
            None => &[],
        }
    }
}

impl DerefMut for ValueVec {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self.ptr {
            // SAFETY: as in `deref`; `&mut self` makes this the only access.
            Some(ptr) => unsafe { raw_values::slice_mut(ptr, self.len as usize) },
            None => &mut [],
        }
    }
}

impl fmt::Debug for ValueVec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_like_a_vec() {
        let mut v = ValueVec::new();
        for i in 0..10 {
            v.push(Value::int(i));
        }
        assert_eq!(v.len(), 10);
        assert_eq!(v.pop(), Some(Value::int(9)));
        assert_eq!(v.remove(0), Value::int(0));
        assert_eq!(v[0], Value::int(1));
        let removed = v.splice(1..3, &[Value::TRUE]);
        assert_eq!(removed, [Value::int(2), Value::int(3)]);
        assert_eq!(&v[..3], &[Value::int(1), Value::TRUE, Value::int(4)]);
        v.resize(12, Value::HOLE);
        assert_eq!(v.len(), 12);
        assert_eq!(v[11], Value::HOLE);
        v.truncate(2);
        let copy = v.clone();
        assert_eq!(&copy[..], &[Value::int(1), Value::TRUE]);
        v.splice(0..0, &[Value::NULL]);
        assert_eq!(&v[..], &[Value::NULL, Value::int(1), Value::TRUE]);
    }
}

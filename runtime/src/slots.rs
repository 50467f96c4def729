//! An object's property values in shape order. Most objects have few
//! properties, so the first `INLINE` values live inside the object itself
//! (no separate allocation, one cache line less to touch); when more are
//! added, all of them move to a heap array. The layout is fixed (`repr(C)`,
//! see `layout`): generated code finds slot `k` at `heap[k]` when `heap` is
//! non-null, else at `inline[k]`.

use crate::raw_values;
use crate::value::Value;
use core::fmt;
use core::ops::{Deref, DerefMut};
use core::ptr::NonNull;

/// Values stored inline before spilling.
pub const INLINE: usize = 2;

#[repr(C)]
pub struct Slots {
    pub(crate) inline: [Value; INLINE],
    /// Every value once there are more than `INLINE` (capacity `capacity`).
    pub(crate) heap: Option<NonNull<Value>>,
    len: u32,
    capacity: u32,
}

impl Default for Slots {
    fn default() -> Slots {
        Slots::new()
    }
}

impl Slots {
    /// Where `len` and `capacity` are (see `layout`).
    pub const LEN_OFFSET: usize = core::mem::offset_of!(Slots, len);
    pub const CAPACITY_OFFSET: usize = core::mem::offset_of!(Slots, capacity);

    pub const fn new() -> Slots {
        Slots { inline: [Value::UNDEFINED; INLINE], heap: None, len: 0, capacity: 0 }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        let len = self.len as usize;
        match self.heap {
            None if len < INLINE => self.inline[len] = v,
            Some(_) if len < self.capacity as usize => self.write_heap(len, v),
            _ => return self.push_growing(v),
        }
        self.len += 1;
    }

    /// `push` when the slots are full: spills the inline slots to the heap
    /// or doubles the heap slots (kept out of line: callers inline `push`).
    #[cold]
    #[inline(never)]
    fn push_growing(&mut self, v: Value) {
        let len = self.len as usize;
        match self.heap {
            None => {
                let capacity = INLINE * 4;
                self.heap = Some(raw_values::allocate(capacity, &self.inline[..len], Value::UNDEFINED));
                self.capacity = capacity as u32;
            }
            Some(heap) => {
                let capacity = len * 2;
                // SAFETY: `heap` holds `self.capacity` values (allocated here).
                self.heap = Some(unsafe { raw_values::grow(heap, len, capacity) });
                self.capacity = capacity as u32;
            }
        }
        self.write_heap(len, v);
        self.len += 1;
    }

    fn write_heap(&mut self, index: usize, v: Value) {
        let heap = self.heap.expect("spilled");
        debug_assert!(index < self.capacity as usize);
        // SAFETY: `index` is below the capacity of the live allocation.
        unsafe { heap.as_ptr().add(index).write(v) }
    }

    /// The values are in a heap array (there were more than `INLINE`).
    #[inline]
    pub fn is_spilled(&self) -> bool {
        self.heap.is_some()
    }

    pub fn clear(&mut self) {
        *self = Slots::new();
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        if let Some(heap) = self.heap.take() {
            // SAFETY: allocated here with `self.capacity` values; not used again.
            unsafe { raw_values::free(heap, self.capacity as usize) }
        }
    }
}

impl Deref for Slots {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self.heap {
            None => &self.inline[..self.len as usize],
            // SAFETY: the first `len` values of the allocation are initialized.
            Some(heap) => unsafe { raw_values::slice(heap, self.len as usize) },
        }
    }
}

impl DerefMut for Slots {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self.heap {
            None => &mut self.inline[..self.len as usize],
            // SAFETY: as in `deref`; `&mut self` makes this the only access.
            Some(heap) => unsafe { raw_values::slice_mut(heap, self.len as usize) },
        }
    }
}

impl fmt::Debug for Slots {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spills_past_inline_capacity_keeping_order() {
        let mut s = Slots::new();
        for i in 0..20 {
            s.push(Value::int(i));
            assert_eq!(s.len(), i as usize + 1);
        }
        assert!(s.heap.is_some());
        assert_eq!(s[7], Value::int(7));
        assert_eq!(s[19], Value::int(19));
        s[3] = Value::TRUE;
        assert_eq!(s[3], Value::TRUE);
        s.clear();
        assert!(s.is_empty());
        s.push(Value::NULL);
        assert_eq!(&s[..], &[Value::NULL]);
    }
}

//! An object's property values in shape order. Most objects have few
//! properties, so the first `INLINE` values live inside the object itself
//! (no separate allocation, one cache line less to touch); more spill to a
//! heap vector.

use crate::value::Value;
use alloc::vec::Vec;
use core::ops::{Deref, DerefMut};

/// Values stored inline before spilling.
pub const INLINE: usize = 2;

#[derive(Debug)]
pub enum Slots {
    Inline { len: u8, values: [Value; INLINE] },
    Heap(Vec<Value>),
}

impl Default for Slots {
    fn default() -> Slots {
        Slots::new()
    }
}

impl Slots {
    pub const fn new() -> Slots {
        Slots::Inline { len: 0, values: [Value::UNDEFINED; INLINE] }
    }

    pub fn push(&mut self, v: Value) {
        match self {
            Slots::Inline { len, values } if (*len as usize) < INLINE => {
                values[*len as usize] = v;
                *len += 1;
            }
            Slots::Inline { len, values } => {
                let mut spilled = Vec::with_capacity(INLINE * 4);
                spilled.extend_from_slice(&values[..*len as usize]);
                spilled.push(v);
                *self = Slots::Heap(spilled);
            }
            Slots::Heap(vec) => vec.push(v),
        }
    }

    pub fn clear(&mut self) {
        *self = Slots::new();
    }
}

impl Deref for Slots {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            Slots::Inline { len, values } => &values[..*len as usize],
            Slots::Heap(vec) => vec,
        }
    }
}

impl DerefMut for Slots {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            Slots::Inline { len, values } => &mut values[..*len as usize],
            Slots::Heap(vec) => vec,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spills_past_inline_capacity_keeping_order() {
        let mut s = Slots::new();
        for i in 0..10 {
            s.push(Value::int(i));
            assert_eq!(s.len(), i as usize + 1);
        }
        assert!(matches!(s, Slots::Heap(_)));
        assert_eq!(s[7], Value::int(7));
        s[3] = Value::TRUE;
        assert_eq!(s[3], Value::TRUE);
        s.clear();
        assert!(s.is_empty());
    }
}

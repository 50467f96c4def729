//! The VM register stack: every JavaScript frame's registers, one frame
//! after another, in one allocation that never moves. Because it never
//! moves, the interpreter (and compiled code) may keep a raw pointer to the
//! running frame's first register for as long as the frame lives, instead
//! of indexing (and bounds-checking) a vector on every operand; running out
//! of room is a `RangeError` like deep recursion. The GC scans
//! `as_slice()`: exactly the registers of live frames.

use crate::fixed_stack::FixedStack;
use kiln_runtime::Value;

pub type RegisterStack = FixedStack<Value>;

impl FixedStack<Value> {
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

    /// Pushes a frame of `count` registers whose first `params` are copies
    /// of the first `argc` registers at `args` (an earlier frame's; missing
    /// ones undefined, the rest of the frame undefined), followed, when
    /// `keep_all`, by copies of all `argc` of them (the arguments a function
    /// keeps for `arguments`). Returns the new frame's base, or None when
    /// there is no room.
    #[inline]
    pub fn push_frame(&mut self, count: usize, params: usize, args: usize, argc: usize, keep_all: bool) -> Option<usize> {
        assert!(args + argc <= self.len, "arguments come from live registers");
        let base = self.len;
        let total = if keep_all { count + argc } else { count };
        if total > self.capacity - base {
            return None;
        }
        let copied = argc.min(params).min(count);
        // SAFETY: the source registers are initialized (below `len`, asserted)
        // and the destination `base..base + total` is inside the allocation
        // (checked) and disjoint from them (it starts at `len`).
        unsafe {
            let frame = self.ptr.as_ptr().add(base);
            let source = self.ptr.as_ptr().add(args);
            // Most calls pass a few arguments: copied in place, not
            // through a call of the C library's memcpy.
            match copied {
                0 => {}
                1 => frame.write(source.read()),
                2 => {
                    frame.write(source.read());
                    frame.add(1).write(source.add(1).read());
                }
                3 => {
                    frame.write(source.read());
                    frame.add(1).write(source.add(1).read());
                    frame.add(2).write(source.add(2).read());
                }
                _ => core::ptr::copy_nonoverlapping(source, frame, copied),
            }
            for i in copied..count {
                frame.add(i).write(Value::UNDEFINED);
            }
            if keep_all {
                core::ptr::copy_nonoverlapping(source, frame.add(count), argc);
            }
        }
        self.len = base + total;
        Some(base)
    }

    /// The address of register `base`: a frame's register file. It stays
    /// valid until the stack is truncated below `base` (the frame returns).
    #[inline]
    pub fn frame(&self, base: usize) -> *mut Value {
        debug_assert!(base <= self.len);
        self.ptr.as_ptr().wrapping_add(base)
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
        assert!(s.grow(1));
        s.truncate(3);
        assert_eq!(&s[..], &[Value::UNDEFINED, Value::UNDEFINED, Value::int(7)]);
        assert_eq!(s.frame(0), base);
        // A frame whose first registers copy two of the live ones.
        let frame = s.push_frame(4, 4, 1, 2, false).expect("room");
        assert_eq!(frame, 3);
        assert_eq!(&s[3..], &[Value::UNDEFINED, Value::int(7), Value::UNDEFINED, Value::UNDEFINED]);
        assert_eq!(s.push_frame(2, 2, 0, 1, false), None, "no room for 2 more");
        s.truncate(3);
        // One parameter, two arguments kept after the registers.
        assert_eq!(s.push_frame(2, 1, 1, 2, true), Some(3));
        assert_eq!(&s[3..], &[Value::UNDEFINED, Value::UNDEFINED, Value::UNDEFINED, Value::int(7)]);
        s.truncate(3);
        // Every small count of copied arguments, and a large one.
        for argc in 0..7usize {
            let mut s = RegisterStack::with_capacity(32);
            assert!(s.grow(argc));
            for i in 0..argc {
                s[i] = Value::int(i as i32 + 10);
            }
            let base = s.push_frame(8, 6, 0, argc, false).expect("room");
            let expected: Vec<Value> = (0..8).map(|i| if i < argc.min(6) { Value::int(i as i32 + 10) } else { Value::UNDEFINED }).collect();
            assert_eq!(&s[base..], &expected[..], "{argc} arguments");
        }
        // SAFETY: register 2 is initialized and inside the allocation.
        assert_eq!(unsafe { *s.frame(2) }, Value::int(7));
    }
}

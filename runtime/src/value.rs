//! The 64-bit NaN-boxed `Value` every engine passes around. Doubles are stored
//! as themselves (every NaN canonicalised to one bit pattern); the negative
//! quiet-NaN space above `0xFFF9 << 48` holds tagged payloads: int32, bool,
//! undefined, null, a 32-bit heap reference, and internal markers. The same
//! bits are used by the interpreter, the JIT tiers and emitted wasm code, so
//! the tag constants here are part of the runtime/code-generator contract.

use core::fmt;

/// Tags live in the top 16 bits.
pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT32: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_UNDEFINED: u64 = 0xFFFB;
pub const TAG_NULL: u64 = 0xFFFC;
pub const TAG_REF: u64 = 0xFFFD;
pub const TAG_SPECIAL: u64 = 0xFFFE;
/// The one NaN every double NaN is canonicalised to.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// A heap reference: an index into the heap's cell table (see `heap`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Ref(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

const fn tagged(tag: u64, payload: u32) -> Value {
    Value((tag << TAG_SHIFT) | payload as u64)
}

impl Value {
    pub const UNDEFINED: Value = tagged(TAG_UNDEFINED, 0);
    pub const NULL: Value = tagged(TAG_NULL, 0);
    pub const TRUE: Value = tagged(TAG_BOOL, 1);
    pub const FALSE: Value = tagged(TAG_BOOL, 0);
    /// An array hole (`[1, , 3]`); never visible to JavaScript code.
    pub const HOLE: Value = tagged(TAG_SPECIAL, 1);
    /// A `let`/`const`/class binding before its declaration ran (TDZ).
    pub const UNINITIALIZED: Value = tagged(TAG_SPECIAL, 2);
    /// Returned by runtime functions when an exception is pending.
    pub const EXCEPTION: Value = tagged(TAG_SPECIAL, 3);

    #[inline]
    pub fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    #[inline]
    pub fn number(n: f64) -> Value {
        // Prefer int32 for integral values (but keep -0 a double).
        let i = n as i32;
        if i as f64 == n && (i != 0 || n.to_bits() == 0) {
            return Value::int(i);
        }
        Value::double(n)
    }

    #[inline]
    pub fn double(n: f64) -> Value {
        if n.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(n.to_bits())
        }
    }

    #[inline]
    pub const fn int(i: i32) -> Value {
        tagged(TAG_INT32, i as u32)
    }

    #[inline]
    pub const fn bool(b: bool) -> Value {
        tagged(TAG_BOOL, b as u32)
    }

    #[inline]
    pub const fn from_ref(r: Ref) -> Value {
        tagged(TAG_REF, r.0)
    }

    #[inline]
    pub fn is_double(self) -> bool {
        self.tag() < TAG_INT32
    }
    #[inline]
    pub fn is_int(self) -> bool {
        self.tag() == TAG_INT32
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.tag() <= TAG_INT32
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self == Value::UNDEFINED
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self == Value::UNDEFINED || self == Value::NULL
    }
    #[inline]
    pub fn is_ref(self) -> bool {
        self.tag() == TAG_REF
    }
    #[inline]
    pub fn is_hole(self) -> bool {
        self == Value::HOLE
    }

    #[inline]
    pub fn as_int(self) -> i32 {
        self.0 as u32 as i32
    }
    #[inline]
    pub fn as_double(self) -> f64 {
        f64::from_bits(self.0)
    }
    /// The numeric value of an int32 or double `Value`.
    #[inline]
    pub fn as_number(self) -> f64 {
        if self.is_int() {
            self.as_int() as f64
        } else {
            self.as_double()
        }
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        (self.0 & 1) != 0
    }
    #[inline]
    pub fn as_ref(self) -> Ref {
        Ref(self.0 as u32)
    }
    /// The heap reference, if this value is one.
    #[inline]
    pub fn to_ref(self) -> Option<Ref> {
        if self.is_ref() {
            Some(self.as_ref())
        } else {
            None
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::UNDEFINED
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.tag() {
            TAG_INT32 => write!(f, "int({})", self.as_int()),
            TAG_BOOL => write!(f, "{}", self.as_bool()),
            TAG_UNDEFINED => write!(f, "undefined"),
            TAG_NULL => write!(f, "null"),
            TAG_REF => write!(f, "ref({})", self.as_ref().0),
            TAG_SPECIAL => write!(f, "special({})", self.0 as u32),
            _ => write!(f, "double({:?})", self.as_double()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxing_round_trips() {
        assert_eq!(Value::number(3.0), Value::int(3));
        assert!(Value::number(-0.0).is_double());
        assert_eq!(Value::number(-0.0).as_number().to_bits(), (-0.0f64).to_bits());
        assert_eq!(Value::number(f64::NAN).0, CANONICAL_NAN);
        assert!(Value::double(f64::NEG_INFINITY).is_double());
        assert_eq!(Value::int(-5).as_int(), -5);
        assert!(Value::from_ref(Ref(7)).is_ref());
        assert_eq!(Value::from_ref(Ref(7)).as_ref(), Ref(7));
        assert!(!Value::UNDEFINED.is_number());
        assert!(Value::TRUE.as_bool() && !Value::FALSE.as_bool());
    }
}

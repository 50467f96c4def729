//! Small helpers for native functions: reading arguments that may be absent.

use crate::value::Value;

/// The `i`th argument, or undefined when fewer were passed.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Extension trait form of [`arg`].
pub trait Args {
    fn at(&self, i: usize) -> Value;
}

impl Args for [Value] {
    #[inline]
    fn at(&self, i: usize) -> Value {
        arg(self, i)
    }
}

//! kiln's runtime: values, heap and GC, shapes, objects, strings, builtins and
//! console.log formatting. It knows no back end: the interpreter, the JIT tiers
//! and emitted wasm modules all call into this one crate.
//!
//! Map: `value` (NaN-boxing) → `heap` (cells, GC) → `shape`/`object`/
//! `property` (the object model) → `string` → `realm` (the `Runtime`) →
//! `ops` (abstract operations) → `builtins` (the standard library), with
//! `number` and `inspect` as pure formatting layers.
#![no_std]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod atoms;
pub mod builtins;
pub mod error;
pub mod heap;
pub mod host;
pub mod inspect;
pub mod layout;
pub mod number;
pub mod object;
pub mod ops;
pub mod property;
mod raw_values;
pub mod realm;
pub mod shape;
pub mod slots;
pub mod string;
pub mod testing;
pub mod value;
pub mod value_vec;

pub use host::{Host, JsResult, Output, Thrown};
pub use realm::Runtime;
pub use value::{Ref, Value};

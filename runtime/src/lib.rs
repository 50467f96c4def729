//! kiln's runtime: values, heap and GC, shapes, objects, strings, builtins and
//! console.log formatting. It knows no back end: the interpreter, the JIT tiers
//! and emitted wasm modules all call into this one crate.
#![no_std]
extern crate alloc;

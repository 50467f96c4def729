//! Conformance harness (placeholder).
fn main() {}

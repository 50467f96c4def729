//! The `kiln` command line (placeholder).
fn main() {}

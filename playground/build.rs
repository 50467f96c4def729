//! Link settings of the playground's wasm32 module (host builds never see
//! them): the interpreter keeps address-taken locals on Rust's shadow
//! stack in linear memory, 1 MiB by default; deep JavaScript recursion
//! through natives (callbacks, getters, coercions) needs more.

/// Rust's shadow stack in the wasm32 module (session.rs reads it back to
/// know how deep the interpreter may go).
const STACK_BYTES: usize = 8 << 20;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-env=KILN_PLAYGROUND_STACK_BYTES={STACK_BYTES}");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={STACK_BYTES}");
    }
}

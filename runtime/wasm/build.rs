//! Link settings of runtime.wasm, applied to the wasm32 cdylib only (host
//! builds of the workspace never see them).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // Rust's shadow stack: 8 MiB instead of 1 MiB, with no guard page
        // below it (`stack::stack_low_water` lets the VM stop before its end).
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={}", 8 << 20);
        // Keep wasm-ld's relocations and symbol table in runtime.wasm: they
        // tell kiln's linker which table slots (function pointers) and which
        // static data each function uses, so a module keeps only what its
        // program can reach (compiler/src/wasm/link/relocs.rs). The linked
        // module leaves these sections out.
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
    }
}

//! runtime.wasm, built by build.rs and embedded in the `kiln` binary: the
//! runtime every AOT module is linked with. Empty when kiln was built
//! without the wasm32 target (the wasm backend is then unavailable).

pub const RUNTIME_WASM: &[u8] = include_bytes!(env!("KILN_RUNTIME_WASM"));

/// A fingerprint of `RUNTIME_WASM` computed when kiln was built (cache keys).
pub const RUNTIME_WASM_FINGERPRINT: &str = env!("KILN_RUNTIME_WASM_FINGERPRINT");

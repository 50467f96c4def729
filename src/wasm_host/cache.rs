//! The on-disk code cache: a second run of the same module deserializes the
//! machine code Cranelift produced the first time instead of compiling again
//! (tens of milliseconds for a small module, far more for a large one, versus
//! well under a millisecond).
//!
//! An entry is `<dir>/wasm/<key>.cwasm` where the key is a SHA-256 of the
//! module bytes, the wasmtime version and the engine's compilation settings
//! (`Engine::precompile_compatibility_hash`). Its content is a magic string,
//! a SHA-256 of the payload, then `Module::serialize` output: a truncated or
//! damaged file fails the checksum and is recompiled and overwritten, because
//! deserializing damaged machine code would be undefined behaviour.

use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use wasmtime::{Engine, Module};

/// The wasmtime version pinned in the workspace Cargo.toml (the engine's
/// compatibility hash covers it too; this keeps the key honest if not).
const WASMTIME_VERSION: &str = "48.0.8";

/// Bumped when the entry format changes.
const MAGIC: &[u8; 8] = b"kilnCW1\0";

/// Compiles `bytes`, or loads the cached code for them; the flag says the
/// cache was hit.
pub(super) fn load_module(engine: &Engine, bytes: &[u8], cache_dir: Option<&Path>) -> Result<(Module, bool), String> {
    let Some(dir) = cache_dir else {
        return compile(engine, bytes).map(|m| (m, false));
    };
    let path = entry_path(dir, engine, bytes);
    if let Some(module) = std::fs::read(&path).ok().and_then(|data| deserialize(engine, &data)) {
        return Ok((module, true));
    }
    let module = compile(engine, bytes)?;
    // A cache that cannot be written (read-only home, full disk) only costs
    // the next run a compilation.
    if let Ok(code) = module.serialize() {
        let _ = store(&path, &code);
    }
    Ok((module, false))
}

/// Like `load_module`, for a module that is a pure function of `inputs`
/// (kiln's runtime.wasm and a program image): the key hashes the inputs,
/// so a cache hit skips building the module as well as compiling it.
pub(super) fn load_module_built_from(
    engine: &Engine,
    inputs: &[&[u8]],
    build: &dyn Fn() -> Result<Vec<u8>, String>,
    cache_dir: Option<&Path>,
) -> Result<(Module, bool), String> {
    let Some(dir) = cache_dir else {
        return compile(engine, &build()?).map(|m| (m, false));
    };
    let mut hasher = ShaHasher(Sha256::new());
    hasher.0.update(b"built-from");
    for input in inputs {
        hasher.0.update((input.len() as u64).to_le_bytes());
        hasher.0.update(input);
    }
    let path = entry_path(dir, engine, &hasher.0.finalize());
    if let Some(module) = std::fs::read(&path).ok().and_then(|data| deserialize(engine, &data)) {
        return Ok((module, true));
    }
    let module = compile(engine, &build()?)?;
    if let Ok(code) = module.serialize() {
        let _ = store(&path, &code);
    }
    Ok((module, false))
}

fn compile(engine: &Engine, bytes: &[u8]) -> Result<Module, String> {
    Module::new(engine, bytes).map_err(|e| format!("invalid wasm module: {e:#}"))
}

fn entry_path(dir: &Path, engine: &Engine, bytes: &[u8]) -> PathBuf {
    let mut hasher = ShaHasher(Sha256::new());
    hasher.0.update(MAGIC);
    hasher.0.update(WASMTIME_VERSION.as_bytes());
    engine.precompile_compatibility_hash().hash(&mut hasher);
    hasher.0.update((bytes.len() as u64).to_le_bytes());
    hasher.0.update(bytes);
    let key = hex(&hasher.0.finalize());
    dir.join("wasm").join(format!("{key}.cwasm"))
}

/// Feeds `Hash` output into SHA-256 (the engine's settings are only
/// available through `Hash`).
struct ShaHasher(Sha256);

impl Hasher for ShaHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        unreachable!("only the SHA-256 digest is used")
    }
}

fn deserialize(engine: &Engine, data: &[u8]) -> Option<Module> {
    let rest = data.strip_prefix(MAGIC)?;
    if rest.len() < 32 {
        return None;
    }
    let (digest, code) = rest.split_at(32);
    if Sha256::digest(code).as_slice() != digest {
        return None;
    }
    // SAFETY: `code` is exactly what `Module::serialize` wrote for this file
    // (the checksum above rejects damaged or foreign content), and the file
    // name is keyed by the wasmtime version and the engine's compilation
    // settings; wasmtime also checks both in the header and errors on a
    // mismatch.
    unsafe { Module::deserialize(engine, code) }.ok()
}

/// Writes the entry to a temporary file and renames it into place, so a
/// concurrent reader sees either no entry or a whole one.
fn store(path: &Path, code: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let unique = NEXT.fetch_add(1, Ordering::Relaxed);
    let temp = path.with_extension(format!("tmp{}-{unique}", std::process::id()));
    let mut data = Vec::with_capacity(MAGIC.len() + 32 + code.len());
    data.extend_from_slice(MAGIC);
    data.extend_from_slice(&Sha256::digest(code));
    data.extend_from_slice(code);
    let written = std::fs::write(&temp, &data).and_then(|_| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

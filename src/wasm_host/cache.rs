//! The on-disk code cache: a second run of the same module deserializes the
//! machine code Cranelift produced the first time instead of compiling again
//! (tens of milliseconds for a small module, far more for a large one, versus
//! well under a millisecond).
//!
//! An entry is `<dir>/wasm/<key>.cwasm`, exactly `Module::serialize`
//! output, beside `<key>.check` holding a magic string, the entry's length
//! and its CRC-32. The key is a SHA-256 of the module bytes (or of what
//! built them), the wasmtime version and the engine's compilation settings
//! (`Engine::precompile_compatibility_hash`). A warm run maps the entry
//! (no copy), checks it, and lets wasmtime map it again as code
//! (`Module::deserialize_file`): reading and copying 2 MB of machine code
//! was most of a warm hello world's time. A truncated or damaged entry
//! fails the check and is recompiled and overwritten, because deserializing
//! damaged machine code would be undefined behaviour. (CRC-32 rather than a
//! cryptographic hash: it guards against accidents, not against someone
//! who can write the cache directory.)

use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use wasmtime::{Engine, Module};

/// The wasmtime version pinned in the workspace Cargo.toml (the engine's
/// compatibility hash covers it too; this keeps the key honest if not).
const WASMTIME_VERSION: &str = "48.0.8";

/// Bumped when the entry format changes.
const MAGIC: &[u8; 8] = b"kilnCW2\0";

/// Compiles `bytes`, or loads the cached code for them; the flag says the
/// cache was hit.
pub(super) fn load_module(engine: &Engine, bytes: &[u8], cache_dir: Option<&Path>) -> Result<(Module, bool), String> {
    let Some(dir) = cache_dir else {
        return compile(engine, bytes).map(|m| (m, false));
    };
    load_or_compile(engine, &entry_path(dir, engine, bytes), &|| compile(engine, bytes))
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
    load_or_compile(engine, &entry_path(dir, engine, &hasher.0.finalize()), &|| compile(engine, &build()?))
}

/// The entry at `path` if it is sound, else `compile`'s module, stored
/// there for the next run; the flag says the cache was hit.
fn load_or_compile(engine: &Engine, path: &Path, compile: &dyn Fn() -> Result<Module, String>) -> Result<(Module, bool), String> {
    if let Some(module) = deserialize(engine, path) {
        return Ok((module, true));
    }
    let module = compile()?;
    // A cache that cannot be written (read-only home, full disk) only costs
    // the next run a compilation.
    if let Ok(code) = module.serialize() {
        let _ = store(path, &code);
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

fn check_path(entry: &Path) -> PathBuf {
    entry.with_extension("check")
}

/// The check file's content: the magic, the entry's length, its CRC-32.
fn check_record(code: &[u8]) -> Vec<u8> {
    let mut record = MAGIC.to_vec();
    record.extend_from_slice(&(code.len() as u64).to_le_bytes());
    record.extend_from_slice(&crc32fast::hash(code).to_le_bytes());
    record
}

fn deserialize(engine: &Engine, path: &Path) -> Option<Module> {
    let expected = std::fs::read(check_path(path)).ok()?;
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the map is read-only and dropped before wasmtime maps the
    // file; kiln replaces entries only by rename, never writes them in
    // place, so the mapped bytes do not change under us.
    let mapped = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    if check_record(&mapped) != expected {
        return None;
    }
    drop(mapped);
    // SAFETY: the file is exactly what `Module::serialize` wrote for this
    // key (the check above rejects damaged or foreign content; a concurrent
    // writer renames an identical entry into place), and the key covers the
    // wasmtime version and the engine's compilation settings; wasmtime also
    // checks both in the header and errors on a mismatch.
    unsafe { Module::deserialize_file(engine, path) }.ok()
}

/// Writes the entry, then its check file, each to a temporary file renamed
/// into place: a concurrent reader sees no entry, a whole one, or one whose
/// check does not match yet (and recompiles).
fn store(path: &Path, code: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    write_atomically(path, code)?;
    write_atomically(&check_path(path), &check_record(code))
}

fn write_atomically(path: &Path, data: &[u8]) -> std::io::Result<()> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let unique = NEXT.fetch_add(1, Ordering::Relaxed);
    let temp = path.with_extension(format!("tmp{}-{unique}", std::process::id()));
    let written = std::fs::write(&temp, data).and_then(|_| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

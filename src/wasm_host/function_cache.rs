//! Cranelift's incremental compilation cache on disk: machine code per
//! function, keyed by the function's own contents. Every AOT module carries
//! the same runtime, so a program never run before still reuses the
//! runtime's compiled functions and Cranelift compiles only the program's
//! own code. Entries are `<dir>/wasm-fn/<sha256 of key>`, each written to a
//! temporary file and renamed into place; wasmtime checks what it reads.

use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use wasmtime::CacheStore;

#[derive(Debug)]
pub(super) struct FunctionCache {
    dir: PathBuf,
}

impl FunctionCache {
    pub(super) fn new(dir: PathBuf) -> FunctionCache {
        FunctionCache { dir: dir.join("wasm-fn") }
    }

    fn path(&self, key: &[u8]) -> PathBuf {
        let digest = Sha256::digest(key);
        let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(&name[..2]).join(&name[2..])
    }
}

impl CacheStore for FunctionCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        std::fs::read(self.path(key)).ok().map(Cow::Owned)
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        let path = self.path(key);
        let Some(dir) = path.parent() else { return false };
        if std::fs::create_dir_all(dir).is_err() {
            return false;
        }
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let temp = path.with_extension(format!("tmp{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
        let written = std::fs::write(&temp, &value).and_then(|_| std::fs::rename(&temp, &path));
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        written.is_ok()
    }
}

//! Builds runtime.wasm (the `kiln-wasm-runtime` package for
//! wasm32-unknown-unknown) so the `kiln` binary can embed it: every AOT
//! module is that runtime merged with the program's generated code.
//!
//! The nested cargo uses its own target directory (sharing the outer one
//! would wait forever on the outer build's lock) and an environment cleaned
//! of the outer build's settings. Without the wasm32 target the build still
//! succeeds with an empty runtime and the CLI reports the wasm backend as
//! unavailable. `KILN_SKIP_WASM_RUNTIME=1` does the same on purpose (quick
//! host-only builds).

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TARGET: &str = "wasm32-unknown-unknown";
const PACKAGE: &str = "kiln-wasm-runtime";
const PROFILE: &str = "wasm-runtime";
const ARTIFACT: &str = "kiln_wasm_runtime.wasm";

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    for path in [
        "build.rs",
        "Cargo.toml",
        "Cargo.lock",
        "runtime/src",
        "runtime/Cargo.toml",
        "runtime/wasm",
        "native-jit/src",
        "native-jit/Cargo.toml",
        "compiler/src",
        "compiler/Cargo.toml",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(path).display());
    }
    println!("cargo:rerun-if-env-changed=KILN_SKIP_WASM_RUNTIME");

    let embedded = out_dir.join("runtime.wasm");
    if env::var_os("KILN_SKIP_WASM_RUNTIME").is_some_and(|v| v == "1") {
        unavailable(&embedded, "KILN_SKIP_WASM_RUNTIME=1: built without runtime.wasm; the wasm backend is unavailable");
        return;
    }
    if !wasm_target_installed() {
        unavailable(
            &embedded,
            "the wasm engine needs the wasm32 target: `rustup target add wasm32-unknown-unknown` (built without runtime.wasm)",
        );
        return;
    }

    let target_dir = outer_target_dir(&out_dir).join("kiln-runtime-wasm");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["build", "--package", PACKAGE, "--target", TARGET, "--profile", PROFILE, "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_clear()
        .envs(env::vars_os().filter(|(name, _)| keep_env(name)))
        // The nested cargo's progress goes where the build script's stderr
        // goes; its stdout must not reach cargo as `cargo:` directives.
        .stdout(Stdio::from(std::io::stderr()))
        .stderr(Stdio::inherit());
    let status = command.status().unwrap_or_else(|e| panic!("cannot run cargo for runtime.wasm: {e}"));
    if !status.success() {
        panic!("building runtime.wasm failed ({status}); see the nested cargo output above");
    }
    let built = target_dir.join(TARGET).join(PROFILE).join(ARTIFACT);
    fs::copy(&built, &embedded).unwrap_or_else(|e| panic!("cannot copy {}: {e}", built.display()));
    point_at(&embedded);
}

/// Writes an empty runtime (the CLI treats it as "wasm backend
/// unavailable") and says why.
fn unavailable(embedded: &Path, why: &str) {
    println!("cargo:warning={why}");
    fs::write(embedded, b"").expect("write empty runtime.wasm");
    point_at(embedded);
}

/// Exports the runtime's path and a fingerprint of its bytes: the wasm
/// code cache keys on the fingerprint, so a warm run need not hash the
/// whole runtime.
fn point_at(embedded: &Path) {
    println!("cargo:rustc-env=KILN_RUNTIME_WASM={}", embedded.display());
    let bytes = fs::read(embedded).expect("read runtime.wasm back");
    println!("cargo:rustc-env=KILN_RUNTIME_WASM_FINGERPRINT={:016x}-{}", fnv1a64(&bytes), bytes.len());
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// Is the wasm32 standard library in the toolchain that builds us? Looks
/// in rustc's sysroot, which also works without rustup.
fn wasm_target_installed() -> bool {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(output) = Command::new(rustc).args(["--print", "sysroot"]).output() else {
        return false;
    };
    let sysroot = String::from_utf8_lossy(&output.stdout).trim().to_string();
    Path::new(&sysroot).join("lib/rustlib").join(TARGET).join("lib").is_dir()
}

/// The outer build's target directory: the nearest ancestor of OUT_DIR that
/// cargo tagged with CACHEDIR.TAG (it honours CARGO_TARGET_DIR and
/// `build.target-dir` alike).
fn outer_target_dir(out_dir: &Path) -> PathBuf {
    out_dir
        .ancestors()
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| out_dir.to_path_buf())
}

/// The outer cargo's settings for this build (target dir, profile, flags,
/// wrappers such as clippy's) must not leak into the nested one; where
/// cargo, rustup and the network are configured, and the jobserver that
/// shares the machine's cores, must.
fn keep_env(name: &OsString) -> bool {
    let Some(name) = name.to_str() else { return true };
    if let Some(rest) = name.strip_prefix("CARGO_") {
        return rest == "HOME"
            || rest == "MAKEFLAGS"
            || ["NET_", "HTTP_", "REGISTRIES_", "REGISTRY_", "TERM_"].iter().any(|p| rest.starts_with(p));
    }
    !matches!(
        name,
        "RUSTFLAGS"
            | "RUSTDOCFLAGS"
            | "RUSTDOC"
            | "RUSTC_WRAPPER"
            | "RUSTC_WORKSPACE_WRAPPER"
            | "RUSTC_LINKER"
            | "TARGET"
            | "HOST"
            | "OUT_DIR"
            | "OPT_LEVEL"
            | "DEBUG"
            | "PROFILE"
            | "NUM_JOBS"
            | "__CARGO_FIX_PLZ"
    ) && !name.starts_with("DEP_")
}

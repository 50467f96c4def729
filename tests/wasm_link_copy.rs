//! The linker copies function bodies as bytes, rewriting only the fields
//! linking changes (`compiler/src/wasm/link/raw_bodies.rs`): the runtime's
//! from its relocations, generated code's from one decoding. These tests
//! hold the runtime kiln embeds to what that relies on, and the copies to
//! what decoding and re-encoding every body writes:
//!
//! * every function index in every body of runtime.wasm has a
//!   function-index relocation of its own, and no body names a data segment;
//! * modules of real programs (with and without names) are byte for byte
//!   the modules built by re-encoding every body.

use kiln_compiler::bytecode::image::{encode_parts, RunSettings};
use kiln_compiler::wasm::link::{check_copied_bodies, reencoding_every_body, RuntimeModule};
use kiln_compiler::wasm::module::{build_module, ModuleOptions};
use kiln_compiler::{compile, CompileOptions};
use std::path::{Path, PathBuf};

const RUNTIME_WASM: &[u8] = include_bytes!(env!("KILN_RUNTIME_WASM"));

fn available() -> bool {
    if RUNTIME_WASM.is_empty() {
        eprintln!("note: skipped: kiln was built without runtime.wasm (no wasm32 target)");
        return false;
    }
    true
}

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn relocations_name_every_function_index_of_the_runtime() {
    if !available() {
        return;
    }
    // `parse` validates: `kiln build` trusts the embedded runtime.wasm
    // because of this (`ModuleOptions::runtime_validated`).
    let runtime = RuntimeModule::parse(RUNTIME_WASM).expect("runtime.wasm validates and parses");
    let checked = check_copied_bodies(&runtime).unwrap_or_else(|error| panic!("runtime.wasm's bodies cannot be copied: {error}"));
    assert!(checked > 100, "only {checked} bodies");
}

/// Builds `source` both ways; `None` if it does not compile.
fn both_ways(source: &str, options: ModuleOptions) -> Option<(Vec<u8>, Vec<u8>)> {
    let program = compile(source, CompileOptions::default()).ok()?;
    let image = encode_parts(&program, source, "test.js", RunSettings::default());
    let copied = build_module(&program, image.clone(), RUNTIME_WASM, options).expect("the module builds");
    let reencoded =
        reencoding_every_body(|| build_module(&program, image, RUNTIME_WASM, options)).expect("the module builds");
    Some((copied, reencoded))
}

fn assert_same(path: &Path, options: ModuleOptions) -> bool {
    let source = std::fs::read_to_string(path).expect("readable program");
    let Some((copied, reencoded)) = both_ways(&source, options) else { return false };
    assert!(copied == reencoded, "{}: copied bodies differ from re-encoded ones ({options:?}; {} vs {} bytes)", path.display(), copied.len(), reencoded.len());
    true
}

#[test]
fn copied_bodies_make_the_re_encoded_module_for_the_benchmarks() {
    if !available() {
        return;
    }
    for program in ["hello.js", "richards.js", "deltablue.js", "binary_trees.js", "map_heavy.js"] {
        let path = repo_root().join("benches/programs").join(program);
        for names in [false, true] {
            for all_builtins in [false, true] {
                assert!(assert_same(&path, ModuleOptions { names, all_builtins, ..ModuleOptions::default() }), "{program} compiles");
            }
        }
    }
}

fn corpus(directory: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(directory).expect("the corpus is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            corpus(&path, out);
        } else if path.extension().is_some_and(|extension| extension == "js") {
            out.push(path);
        }
    }
}

#[test]
fn copied_bodies_make_the_re_encoded_module_for_the_corpus() {
    if !available() {
        return;
    }
    let mut programs = Vec::new();
    corpus(&repo_root().join("tests/conformance"), &mut programs);
    programs.sort();
    let built = programs.iter().filter(|path| assert_same(path, ModuleOptions::default())).count();
    assert!(built > programs.len() / 2, "only {built} of {} corpus programs compiled", programs.len());
}

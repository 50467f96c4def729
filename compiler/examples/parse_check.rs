//! Parses every test262 file listed in curated.tsv and reports parser
//! disagreements: negative-parse tests that parse (missed early errors) and
//! positive tests rejected with a SyntaxError (parser bugs). "Unsupported"
//! diagnostics count as neither: they are Level 2+ features.
//!
//! Usage: cargo run --example parse_check [-- /path/to/test262 [-v]]

use kiln_compiler::{parser::parse, AtomTable, DiagnosticKind};
use std::panic::{catch_unwind, AssertUnwindSafe};

enum Outcome {
    Ok,
    Syntax(String),
    Unsupported(String),
    Panic,
}

fn run(source: &str) -> Outcome {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut atoms = AtomTable::new();
        parse(source, &mut atoms)
    }));
    match result {
        Err(_) => Outcome::Panic,
        Ok(Ok(_)) => Outcome::Ok,
        Ok(Err(d)) if d.kind == DiagnosticKind::SyntaxError => Outcome::Syntax(d.message),
        Ok(Err(d)) => Outcome::Unsupported(d.message),
    }
}

/// Negative tests whose early error is a redeclaration (or another
/// scope-analysis error): the resolver reports those, not the parser.
fn is_resolver_error(path: &str) -> bool {
    [
        "redeclaration",
        "duplicate-binding",
        "bound-names-in-stmt",
        "early-catch-function",
        "early-catch-lex",
        "name-param-redecl",
        "redeclare",
    ]
    .iter()
    .any(|p| path.contains(p))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = args.get(1).cloned().unwrap_or_else(|| "/work/shared/test262".to_string());
    let verbose = args.iter().any(|a| a == "-v");
    if args.get(1).map(String::as_str) == Some("--one") {
        // Prints the headline for each line of stdin (one program per line).
        for line in std::io::stdin().lines().map_while(Result::ok) {
            let src = line.replace("\\n", "\n");
            let mut atoms = AtomTable::new();
            match parse(&src, &mut atoms) {
                Ok(_) => println!("ok"),
                Err(d) => println!("{}", d.headline()),
            }
        }
        return;
    }
    if args.get(1).map(String::as_str) == Some("--files") {
        // Parses each file named on stdin; prints the failures.
        for path in std::io::stdin().lines().map_while(Result::ok) {
            let Ok(src) = std::fs::read_to_string(&path) else { continue };
            match run(&src) {
                Outcome::Ok => {}
                Outcome::Panic => println!("{}: PANIC", path),
                Outcome::Syntax(m) => println!("{}: SyntaxError: {}", path, m),
                Outcome::Unsupported(m) => println!("{}: unsupported: {}", path, m),
            }
        }
        return;
    }
    if args.iter().any(|a| a == "--all") {
        scan_all(&root);
        return;
    }
    let tsv = std::fs::read_to_string(format!("{}/curated.tsv", root)).expect("curated.tsv");
    let (mut neg, mut neg_missed, mut pos, mut pos_rejected, mut unsupported, mut panics) = (0, 0, 0, 0, 0, 0);
    let mut resolver = 0;
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        let (path, kind, flags) = (cols[0], cols[2], cols[3]);
        let Ok(source) = std::fs::read_to_string(format!("{}/{}", root, path)) else { continue };
        let only_strict = flags.contains("onlyStrict");
        let sloppy_ok = !only_strict;
        let strict_ok = !flags.contains("noStrict") && !flags.contains("raw");
        let mut modes = Vec::new();
        if sloppy_ok {
            modes.push(source.clone());
        }
        if strict_ok {
            modes.push(format!("\"use strict\";\n{}", source));
        }
        let outcomes: Vec<Outcome> = modes.iter().map(|s| run(s)).collect();
        if outcomes.iter().any(|o| matches!(o, Outcome::Panic)) {
            panics += 1;
            println!("PANIC {}", path);
            continue;
        }
        if kind == "negative-parse:SyntaxError" && is_resolver_error(path) {
            resolver += 1;
            if let Some(Outcome::Ok) = outcomes.first() {
                println!("RESOLVER {}", path);
            }
        } else if kind == "negative-parse:SyntaxError" {
            neg += 1;
            // The error must show in the first mode test262 runs.
            if let Some(Outcome::Ok) = outcomes.first() {
                neg_missed += 1;
                println!("MISSED {} [{}]", path, flags);
            }
        } else {
            pos += 1;
            for o in &outcomes {
                match o {
                    Outcome::Syntax(m) => {
                        pos_rejected += 1;
                        println!("REJECTED {} [{}]: {}", path, flags, m);
                        break;
                    }
                    Outcome::Unsupported(m) => {
                        unsupported += 1;
                        if verbose {
                            println!("UNSUPPORTED {}: {}", path, m);
                        }
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    println!("{} negative tests are redeclaration errors, left to the resolver", resolver);
    println!(
        "negative-parse: {} tests, {} missed; positive/runtime: {} tests, {} rejected with SyntaxError, {} unsupported; {} panics",
        neg, neg_missed, pos, pos_rejected, unsupported, panics
    );
}

fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") && !path.to_string_lossy().contains("_FIXTURE") {
            out.push(path);
        }
    }
}

/// `--all`: every file under test/language, classified from its front
/// matter; reports panics, missed parse errors and rejected positives.
fn scan_all(root: &str) {
    let mut files = Vec::new();
    walk(&std::path::Path::new(root).join("test/language"), &mut files);
    files.sort();
    let (mut total, mut missed, mut rejected, mut panics) = (0, 0, 0, 0);
    for path in files {
        let Ok(source) = std::fs::read_to_string(&path) else { continue };
        if source.contains("flags: [module]")
            || source.contains("module]") && source.contains("flags:") && source.contains("module")
        {
            continue;
        }
        total += 1;
        let negative = source.contains("phase: parse") && source.contains("type: SyntaxError");
        let only_strict = source.contains("onlyStrict");
        let text = if only_strict { format!("\"use strict\";\n{}", source) } else { source.clone() };
        let name = path.display();
        match run(&text) {
            Outcome::Panic => {
                panics += 1;
                println!("PANIC {}", name);
            }
            Outcome::Ok if negative && !is_resolver_error(&name.to_string()) => {
                missed += 1;
                println!("MISSED {}", name);
            }
            Outcome::Syntax(m) if !negative && !source.contains("phase: runtime") => {
                rejected += 1;
                println!("REJECTED {}: {}", name, m);
            }
            _ => {}
        }
    }
    println!("all: {} files, {} missed, {} rejected, {} panics", total, missed, rejected, panics);
}

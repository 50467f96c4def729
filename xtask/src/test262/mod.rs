//! `xtask test262`: runs the curated test262 slice in ../shared/test262
//! against a kiln engine (or node, to validate the runner itself), and
//! checks the results against tests/test262/expected-failures-<engine>.txt.
//!
//! The pieces: `meta` (what each test expects, how its script is built),
//! `exec` (one process a test, in parallel, with a timeout), `verdict`
//! (pass/fail/skip by the protocol), `report` (summary and the list check).

mod exec;
mod meta;
mod report;
mod verdict;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use meta::{Harness, TestMeta};

/// The command line of `xtask test262`, parsed.
#[derive(Debug, Clone)]
pub struct Options {
    pub engine: String,
    pub kiln: Option<PathBuf>,
    pub node: bool,
    pub tier: String,
    pub list: Option<PathBuf>,
    pub filters: Vec<String>,
    pub jobs: usize,
    pub timeout: Duration,
    pub bless: bool,
    /// Keep every Nth test of the selection (1: all). A fixed, spread-out
    /// sample for engines too slow to run a whole tier in CI.
    pub sample: usize,
    pub full_harness: bool,
    pub verbose: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            engine: "interp".into(),
            kiln: None,
            node: false,
            tier: "all".into(),
            list: None,
            filters: Vec::new(),
            jobs: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2),
            timeout: Duration::from_secs(10),
            bless: false,
            sample: 1,
            full_harness: false,
            verbose: false,
        }
    }
}

/// The workspace root: the parent of this crate's manifest directory.
pub fn repo_root() -> PathBuf {
    let from_env = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let compiled = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for dir in from_env.into_iter().chain([compiled]) {
        if let Some(parent) = dir.parent() {
            if parent.join("xtask").is_dir() {
                return parent.to_path_buf();
            }
        }
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    cwd.ancestors().find(|d| d.join("xtask/Cargo.toml").is_file()).map(Path::to_path_buf).unwrap_or(cwd)
}

fn test262_dir(root: &Path) -> PathBuf {
    std::env::var_os("TEST262_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("../shared/test262"))
}

/// `--kiln`, else `$KILN`, else the newest `kiln` binary in the usual target dirs.
fn find_kiln(root: &Path, explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit.map(Path::to_path_buf).or_else(|| std::env::var_os("KILN").map(PathBuf::from)) {
        return if p.is_file() { Ok(p) } else { Err(format!("kiln binary {} does not exist", p.display())) };
    }
    let mut dirs = vec![root.join("target")];
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
        dirs.push(PathBuf::from(t));
    }
    let exe = format!("kiln{}", std::env::consts::EXE_SUFFIX);
    let candidates = dirs.iter().flat_map(|d| ["release", "debug"].map(|p| d.join(p).join(&exe)));
    let mtime = |p: &PathBuf| fs::metadata(p).and_then(|m| m.modified()).unwrap_or(SystemTime::UNIX_EPOCH);
    candidates
        .filter(|p| p.is_file())
        .max_by_key(mtime)
        .ok_or_else(|| "no kiln binary found: build it (`cargo build --release`) or pass --kiln PATH".to_string())
}

/// The tests to run, in list order, with their metadata.
fn select(t262: &Path, opts: &Options) -> Result<Vec<TestMeta>, String> {
    let tsv_path = t262.join("curated.tsv");
    let tsv = fs::read_to_string(&tsv_path).map_err(|e| format!("{}: {e}", tsv_path.display()))?;
    let curated = meta::parse_tsv(&tsv)?;
    let list_path = match (&opts.list, opts.tier.as_str()) {
        (Some(l), _) => l.clone(),
        (None, "all") => t262.join("curated.txt"),
        (None, t @ ("T1" | "T2" | "T3" | "T4")) => t262.join(format!("curated-{t}.txt")),
        (None, other) => return Err(format!("unknown tier `{other}` (T1, T2, T3, T4 or all)")),
    };
    let list = fs::read_to_string(&list_path).map_err(|e| format!("{}: {e}", list_path.display()))?;
    let mut tests = Vec::new();
    for entry in meta::read_list(&list) {
        let path = normalize(t262, &entry);
        if !opts.filters.is_empty() && !opts.filters.iter().any(|f| path.contains(f.as_str())) {
            continue;
        }
        let meta = match curated.get(&path) {
            Some(m) => m.clone(),
            None => {
                let src = fs::read(t262.join(&path)).map_err(|e| format!("{path}: {e}"))?;
                meta::parse_frontmatter(&path, &String::from_utf8_lossy(&src))?
            }
        };
        tests.push(meta);
    }
    if opts.sample > 1 {
        tests = tests.into_iter().step_by(opts.sample).collect();
    }
    Ok(tests)
}

/// Accepts `test/a/b.js`, `a/b.js` (under test/) or an absolute path.
fn normalize(t262: &Path, entry: &str) -> String {
    let p = Path::new(entry);
    if let Ok(rel) = p.strip_prefix(t262) {
        return rel.to_string_lossy().into_owned();
    }
    if !entry.starts_with("test/") && !t262.join(entry).is_file() && t262.join("test").join(entry).is_file() {
        return format!("test/{entry}");
    }
    entry.to_string()
}

/// Runs the command; `Ok(true)` when the results match the expected list.
pub fn run(opts: &Options) -> Result<bool, String> {
    let root = repo_root();
    let t262 = test262_dir(&root);
    let t262 = t262.canonicalize().map_err(|e| format!("test262 directory {}: {e} (set TEST262_DIR)", t262.display()))?;
    let tests = select(&t262, opts)?;
    if tests.is_empty() {
        return Err("no test matches the selection".into());
    }
    let mut harness = Harness::new(&t262, opts.full_harness);
    for name in ["assert.js", "sta.js"].iter().copied().chain(tests.iter().flat_map(|t| t.includes.iter().map(String::as_str))) {
        harness.load(name)?;
    }
    let (engine_name, argv) = if opts.node {
        ("node".to_string(), vec!["node".to_string(), t262.join("host.js").to_string_lossy().into_owned()])
    } else {
        let kiln = find_kiln(&root, opts.kiln.as_deref())?;
        let argv = vec![kiln.to_string_lossy().into_owned(), "run".into(), format!("--engine={}", opts.engine), "--test262".into()];
        (opts.engine.clone(), argv)
    };
    let engine = exec::Engine { argv, timeout: opts.timeout };
    eprintln!(
        "test262: {} tests from {}, engine `{} <file>`, harness {}, {} jobs, timeout {} s",
        tests.len(),
        t262.display(),
        engine.argv.join(" "),
        harness.describe(),
        opts.jobs,
        opts.timeout.as_secs_f64()
    );
    let scratch = std::env::temp_dir().join(format!("kiln-test262-{}", std::process::id()));
    fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let start = Instant::now();
    let outcomes = exec::run_all(&t262, &tests, &harness, &engine, opts.jobs, &scratch);
    let _ = fs::remove_dir_all(&scratch);
    print!("{}", report::summary(&tests, &outcomes, opts.verbose));

    let list_path = root.join("tests/test262").join(format!("expected-failures-{engine_name}.txt"));
    let old: BTreeSet<String> = fs::read_to_string(&list_path).map(|s| meta::read_list(&s).into_iter().collect()).unwrap_or_default();
    let list_name = list_path.strip_prefix(&root).unwrap_or(&list_path).display().to_string();
    let comparison = report::compare(&tests, &outcomes, &old);
    print!("{}", report::describe(&comparison, old.len(), &list_name, opts.verbose));
    let mut ok = comparison.ok();
    if opts.bless {
        let new = report::blessed(&tests, &outcomes, &old);
        if let Some(dir) = list_path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&list_path, report::render_list(&engine_name, &new)).map_err(|e| format!("{}: {e}", list_path.display()))?;
        println!("blessed: {list_name} now lists {} tests", new.len());
        ok = true;
    }
    println!("\n{} tests in {:.1} s", tests.len(), start.elapsed().as_secs_f64());
    println!("{}", report::final_line(&outcomes));
    Ok(ok)
}

//! What the runner knows about each test before running it: its kind
//! (positive or which error in which phase), its flags and includes, read
//! from `curated.tsv` or, for a test outside it, from the test's own
//! `/*--- ---*/` front matter; and how its script is put together.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// When a negative test must fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Parse,
    Runtime,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Parse => "parse",
            Phase::Runtime => "runtime",
        }
    }
}

/// What the test expects of the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Runs to completion without an uncaught exception.
    Positive,
    /// Must fail in `Phase` with an error whose constructor is named `String`.
    Negative(Phase, String),
}

impl Kind {
    /// Parses `positive`, `negative-parse:SyntaxError`, `negative-runtime:TypeError`.
    /// test262's `resolution` phase is module-only; it is read as `parse`.
    pub fn parse(s: &str) -> Result<Kind, String> {
        let s = s.trim();
        if s == "positive" {
            return Ok(Kind::Positive);
        }
        let rest = s.strip_prefix("negative-").ok_or_else(|| format!("unknown test kind `{s}`"))?;
        let (phase, ty) = rest.split_once(':').ok_or_else(|| format!("negative kind without an error type: `{s}`"))?;
        Ok(Kind::Negative(parse_phase(phase)?, ty.to_string()))
    }

    pub fn is_positive(&self) -> bool {
        matches!(self, Kind::Positive)
    }
}

fn parse_phase(s: &str) -> Result<Phase, String> {
    match s.trim() {
        "parse" | "early" | "resolution" => Ok(Phase::Parse),
        "runtime" => Ok(Phase::Runtime),
        other => Err(format!("unknown negative phase `{other}`")),
    }
}

/// One test of the selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestMeta {
    /// Relative to the test262 root, e.g. `test/language/asi/S7.9.2_A1_T1.js`.
    pub path: String,
    pub kind: Kind,
    pub flags: Vec<String>,
    pub includes: Vec<String>,
}

impl TestMeta {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

/// Parses `curated.tsv`: a header row naming the columns (at least `path`,
/// `kind`, `flags`, `includes`), then one row a test; lists are comma-separated.
pub fn parse_tsv(text: &str) -> Result<HashMap<String, TestMeta>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("curated.tsv is empty")?.split('\t').collect();
    let col = |name: &str| header.iter().position(|h| h.trim() == name).ok_or(format!("curated.tsv has no `{name}` column"));
    let (c_path, c_kind, c_flags, c_incs) = (col("path")?, col("kind")?, col("flags")?, col("includes")?);
    let mut map = HashMap::new();
    for (i, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |c: usize| cells.get(c).copied().unwrap_or("");
        let kind = Kind::parse(cell(c_kind)).map_err(|e| format!("curated.tsv line {}: {e}", i + 2))?;
        let meta = TestMeta { path: cell(c_path).to_string(), kind, flags: split_list(cell(c_flags)), includes: split_list(cell(c_incs)) };
        map.insert(meta.path.clone(), meta);
    }
    Ok(map)
}

/// Reads the YAML front matter of a test file: the subset test262 uses for
/// `flags: [..]`, `includes: [..]` (inline or as a `- item` list) and
/// `negative: { phase, type }`.
pub fn parse_frontmatter(path: &str, src: &str) -> Result<TestMeta, String> {
    let start = src.find("/*---").ok_or_else(|| format!("{path}: no /*--- front matter"))?;
    let end = src[start..].find("---*/").ok_or_else(|| format!("{path}: unterminated front matter"))? + start;
    let body = &src[start + 5..end];
    let (mut flags, mut includes) = (Vec::new(), Vec::new());
    let (mut phase, mut ty) = (None, None);
    // The key whose block (`- item` lines or indented `k: v` lines) we are in.
    let mut block = "";
    for line in body.lines() {
        let trimmed = line.trim();
        let indented = line.starts_with(' ') || line.starts_with('\t');
        if !indented && !trimmed.is_empty() {
            let (key, value) = trimmed.split_once(':').unwrap_or((trimmed, ""));
            block = key.trim();
            let value = value.trim();
            if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                match block {
                    "flags" => flags = split_list(inner),
                    "includes" => includes = split_list(inner),
                    _ => {}
                }
            }
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            match block {
                "flags" => flags.push(item.trim().to_string()),
                "includes" => includes.push(item.trim().to_string()),
                _ => {}
            }
        } else if block == "negative" {
            if let Some(v) = trimmed.strip_prefix("phase:") {
                phase = Some(parse_phase(v)?);
            } else if let Some(v) = trimmed.strip_prefix("type:") {
                ty = Some(v.trim().to_string());
            }
        }
    }
    let kind = match (phase, ty) {
        (None, None) => Kind::Positive,
        (Some(p), Some(t)) => Kind::Negative(p, t),
        _ => return Err(format!("{path}: `negative:` needs both phase and type")),
    };
    Ok(TestMeta { path: path.to_string(), kind, flags, includes })
}

/// Reads a list file: one test path a line, `#` starts a comment.
pub fn read_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Where the harness files come from: `harness-subset/` first (falling back
/// to `harness/` for a file it lacks), or `harness/` only.
pub struct Harness {
    dirs: Vec<PathBuf>,
    cache: HashMap<String, Vec<u8>>,
}

impl Harness {
    pub fn new(root: &Path, full: bool) -> Harness {
        let mut dirs = Vec::new();
        if !full {
            dirs.push(root.join("harness-subset"));
        }
        dirs.push(root.join("harness"));
        Harness { dirs, cache: HashMap::new() }
    }

    /// Loads `name` once; later calls of `get` find it in the cache.
    pub fn load(&mut self, name: &str) -> Result<(), String> {
        if self.cache.contains_key(name) {
            return Ok(());
        }
        for dir in &self.dirs {
            if let Ok(bytes) = fs::read(dir.join(name)) {
                self.cache.insert(name.to_string(), bytes);
                return Ok(());
            }
        }
        Err(format!("harness file `{name}` not found in {:?}", self.dirs))
    }

    pub fn get(&self, name: &str) -> &[u8] {
        self.cache.get(name).map(Vec::as_slice).unwrap_or(b"")
    }

    /// Which directory a harness file is read from, for the run's header.
    pub fn describe(&self) -> String {
        self.dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(" then ")
    }
}

/// The sentinel a positive test must print, appended after the test.
pub const SENTINEL_CALL: &[u8] = b"\n;console.log(\"Test262:Done\");\n";

/// Builds the script the engine runs, following run262.sh: `"use strict";`
/// for `onlyStrict` tests, then `assert.js`, `sta.js` and the includes each
/// followed by a newline, then the test's bytes unchanged, then the sentinel
/// for a positive test. A `raw` test runs alone; a positive raw test still
/// gets the sentinel (stricter than run262.sh: exiting 0 is not enough).
pub fn build_script(meta: &TestMeta, harness: &Harness, src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() + 16 * 1024);
    if !meta.has_flag("raw") {
        if meta.has_flag("onlyStrict") {
            out.extend_from_slice(b"\"use strict\";\n");
        }
        for name in ["assert.js", "sta.js"].into_iter().chain(meta.includes.iter().map(String::as_str)) {
            out.extend_from_slice(harness.get(name));
            out.push(b'\n');
        }
    }
    out.extend_from_slice(src);
    if meta.kind.is_positive() {
        out.extend_from_slice(SENTINEL_CALL);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(Kind::parse("positive"), Ok(Kind::Positive));
        assert_eq!(Kind::parse("negative-parse:SyntaxError"), Ok(Kind::Negative(Phase::Parse, "SyntaxError".into())));
        assert_eq!(Kind::parse("negative-runtime:Test262Error"), Ok(Kind::Negative(Phase::Runtime, "Test262Error".into())));
        assert!(Kind::parse("negative-parse").is_err());
        assert!(Kind::parse("negative-later:X").is_err());
        assert!(Kind::parse("weird").is_err());
    }

    #[test]
    fn tsv_by_header() {
        let text = "path\ttier\tkind\tflags\tincludes\tfeatures\tsoft\tbytes\n\
                    test/a.js\tT1-core\tpositive\t\t\t\t\t10\n\
                    test/b.js\tT4\tnegative-parse:SyntaxError\tnoStrict,raw\tpropertyHelper.js,compareArray.js\t\t\t20\n";
        let map = parse_tsv(text).unwrap();
        assert_eq!(map.len(), 2);
        let a = &map["test/a.js"];
        assert_eq!(a.kind, Kind::Positive);
        assert!(a.flags.is_empty() && a.includes.is_empty());
        let b = &map["test/b.js"];
        assert_eq!(b.kind, Kind::Negative(Phase::Parse, "SyntaxError".into()));
        assert_eq!(b.flags, ["noStrict", "raw"]);
        assert_eq!(b.includes, ["propertyHelper.js", "compareArray.js"]);
        assert!(parse_tsv("path\tflags\n").is_err(), "missing columns are an error");
    }

    #[test]
    fn frontmatter_inline_and_block_lists() {
        let src = "// c\n/*---\nesid: x\ndescription: >\n    a: b\nflags: [onlyStrict, raw]\nincludes:\n  - compareArray.js\n  - propertyHelper.js\nnegative:\n  phase: parse\n  type: SyntaxError\nfeatures: [let]\n---*/\n$DONOTEVALUATE();\n";
        let m = parse_frontmatter("t.js", src).unwrap();
        assert_eq!(m.flags, ["onlyStrict", "raw"]);
        assert_eq!(m.includes, ["compareArray.js", "propertyHelper.js"]);
        assert_eq!(m.kind, Kind::Negative(Phase::Parse, "SyntaxError".into()));
        let p = parse_frontmatter("p.js", "/*---\ninfo: |\n    negative: no\nincludes: [a.js]\n---*/").unwrap();
        assert_eq!(p.kind, Kind::Positive);
        assert_eq!(p.includes, ["a.js"]);
        assert!(parse_frontmatter("n.js", "no front matter").is_err());
    }

    #[test]
    fn list_comments_and_blanks() {
        assert_eq!(read_list("# header\ntest/a.js\n\n  test/b.js  # why\n"), ["test/a.js", "test/b.js"]);
    }

    fn harness_with(files: &[(&str, &str)]) -> Harness {
        let mut h = Harness { dirs: Vec::new(), cache: HashMap::new() };
        for (k, v) in files {
            h.cache.insert(k.to_string(), v.as_bytes().to_vec());
        }
        h
    }

    #[test]
    fn script_layout() {
        let h = harness_with(&[("assert.js", "A"), ("sta.js", "S"), ("inc.js", "I")]);
        let mut m = TestMeta { path: "t.js".into(), kind: Kind::Positive, flags: vec![], includes: vec!["inc.js".into()] };
        let src = b"x\r\ny\xe2\x80\xa8";
        let s = build_script(&m, &h, src);
        assert_eq!(s, [b"A\nS\nI\n".as_slice(), src, SENTINEL_CALL].concat());
        m.flags = vec!["onlyStrict".into()];
        assert!(build_script(&m, &h, src).starts_with(b"\"use strict\";\nA\n"));
        m.flags = vec!["raw".into()];
        assert_eq!(build_script(&m, &h, src), [src.as_slice(), SENTINEL_CALL].concat());
        m.kind = Kind::Negative(Phase::Parse, "SyntaxError".into());
        assert_eq!(build_script(&m, &h, src), src);
    }
}

//! What a run tells its reader: pass/fail/skip counts for positive and
//! negative tests apart, the most common failure causes (to tell an engine
//! developer what to fix next), and the comparison with the committed
//! expected-failures list that decides the exit status in CI.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use super::exec::Outcome;
use super::meta::TestMeta;
use super::verdict::{reason_group, Verdict};

/// How many rows each "top" table shows.
const TOP: usize = 12;
/// How many unexpected results are listed by name without `--verbose`.
const LISTED: usize = 40;

#[derive(Default, Clone, Copy)]
struct Counts {
    passed: usize,
    failed: usize,
    skipped: usize,
}

impl Counts {
    fn add(&mut self, v: &Verdict) {
        match v {
            Verdict::Pass => self.passed += 1,
            Verdict::Fail { .. } => self.failed += 1,
            Verdict::Skip { .. } => self.skipped += 1,
        }
    }
    fn line(&self) -> String {
        format!("{} passed, {} failed, {} skipped", self.passed, self.failed, self.skipped)
    }
}

/// `test/language/expressions/addition/x.js` → `language/expressions`.
pub fn area(path: &str) -> String {
    let rel = path.strip_prefix("test/").unwrap_or(path);
    let mut parts = rel.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(_)) => format!("{a}/{b}"),
        (Some(a), _, _) => a.to_string(),
        _ => rel.to_string(),
    }
}

fn top<K: Ord + Clone>(counts: HashMap<K, usize>) -> Vec<(K, usize)> {
    let mut v: Vec<(K, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

fn table<K: Ord + Clone + std::fmt::Display>(out: &mut String, title: &str, counts: HashMap<K, usize>) {
    if counts.is_empty() {
        return;
    }
    let rows = top(counts);
    let _ = writeln!(out, "\n{title}:");
    for (k, n) in rows.iter().take(TOP) {
        let _ = writeln!(out, "  {n:>6}  {k}");
    }
    if rows.len() > TOP {
        let rest: usize = rows[TOP..].iter().map(|r| r.1).sum();
        let _ = writeln!(out, "  {rest:>6}  ({} more groups)", rows.len() - TOP);
    }
}

/// The summary: counts by kind, then failure and skip causes.
pub fn summary(tests: &[TestMeta], outcomes: &[Outcome], verbose: bool) -> String {
    let mut out = String::new();
    let (mut pos, mut neg) = (Counts::default(), Counts::default());
    let mut by_category: HashMap<&'static str, usize> = HashMap::new();
    let mut by_area: HashMap<String, usize> = HashMap::new();
    let mut by_reason: HashMap<String, usize> = HashMap::new();
    let mut by_unsupported: HashMap<String, usize> = HashMap::new();
    for (t, o) in tests.iter().zip(outcomes) {
        if t.kind.is_positive() { &mut pos } else { &mut neg }.add(&o.verdict);
        match &o.verdict {
            Verdict::Pass => {}
            Verdict::Fail { category, reason } => {
                *by_category.entry(category.label()).or_default() += 1;
                *by_area.entry(area(&t.path)).or_default() += 1;
                *by_reason.entry(reason_group(reason)).or_default() += 1;
                if verbose {
                    let _ = writeln!(out, "FAIL {} [{}]: {reason}", t.path, kind_label(t));
                    for line in o.output.lines().take(6) {
                        let _ = writeln!(out, "    | {line}");
                    }
                }
            }
            Verdict::Skip { what } => {
                *by_unsupported.entry(reason_group(what)).or_default() += 1;
                if verbose {
                    let _ = writeln!(out, "SKIP {}: unsupported: {what}", t.path);
                }
            }
        }
    }
    let _ = writeln!(out, "\npositive tests: {}", pos.line());
    let _ = writeln!(out, "negative tests: {}", neg.line());
    table(&mut out, "failures by cause", by_category);
    table(&mut out, "failures by area", by_area);
    table(&mut out, "failures by message", by_reason);
    table(&mut out, "skipped as unsupported", by_unsupported);
    if let Some((t, o)) = tests.iter().zip(outcomes).max_by_key(|(_, o)| o.elapsed) {
        let _ = writeln!(out, "\nslowest test: {} ({:.2} s)", t.path, o.elapsed.as_secs_f64());
    }
    out
}

fn kind_label(t: &TestMeta) -> String {
    match &t.kind {
        super::meta::Kind::Positive => "positive".into(),
        super::meta::Kind::Negative(p, ty) => format!("negative {}:{ty}", p.as_str()),
    }
}

/// The final line every run ends with.
pub fn final_line(outcomes: &[Outcome]) -> String {
    let mut c = Counts::default();
    for o in outcomes {
        c.add(&o.verdict);
    }
    c.line()
}

/// The run against the expected-failures list.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Tests that did not pass and are not listed, with `true` for a skip.
    pub new_failures: Vec<(String, bool)>,
    /// Listed tests that passed.
    pub now_pass: Vec<String>,
    /// Listed tests of the selection that still do not pass.
    pub still_failing: usize,
}

impl Comparison {
    pub fn ok(&self) -> bool {
        self.new_failures.is_empty() && self.now_pass.is_empty()
    }
}

/// Compares results with `expected`, the tests listed as not passing.
pub fn compare(tests: &[TestMeta], outcomes: &[Outcome], expected: &BTreeSet<String>) -> Comparison {
    let mut c = Comparison::default();
    for (t, o) in tests.iter().zip(outcomes) {
        match (o.verdict.is_pass(), expected.contains(&t.path)) {
            (true, true) => c.now_pass.push(t.path.clone()),
            (false, false) => c.new_failures.push((t.path.clone(), matches!(o.verdict, Verdict::Skip { .. }))),
            (false, true) => c.still_failing += 1,
            (true, false) => {}
        }
    }
    c
}

/// Describes the comparison for the log; the lists are cut short unless `verbose`.
pub fn describe(c: &Comparison, listed: usize, list_name: &str, verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nexpected failures ({list_name}): {listed} listed, {} of them in this run still not passing; {} new failures; {} now pass",
        c.still_failing,
        c.new_failures.len(),
        c.now_pass.len()
    );
    for p in &c.now_pass {
        let _ = writeln!(out, "  now passes, remove from expected failures: {p}");
    }
    let shown = if verbose { c.new_failures.len() } else { LISTED.min(c.new_failures.len()) };
    for (p, skip) in &c.new_failures[..shown] {
        let _ = writeln!(out, "  {}: {p}", if *skip { "new skip (unsupported)" } else { "new failure" });
    }
    if shown < c.new_failures.len() {
        let _ = writeln!(out, "  … and {} more new failures (use --verbose, or --bless to accept)", c.new_failures.len() - shown);
    }
    out
}

/// The new list after `--bless`: entries for tests outside the run are
/// kept; for tests in the run, exactly those that did not pass.
pub fn blessed(tests: &[TestMeta], outcomes: &[Outcome], old: &BTreeSet<String>) -> BTreeSet<String> {
    let in_run: BTreeSet<&str> = tests.iter().map(|t| t.path.as_str()).collect();
    let mut new: BTreeSet<String> = old.iter().filter(|p| !in_run.contains(p.as_str())).cloned().collect();
    for (t, o) in tests.iter().zip(outcomes) {
        if !o.verdict.is_pass() {
            new.insert(t.path.clone());
        }
    }
    new
}

/// The text of an expected-failures file.
pub fn render_list(engine: &str, paths: &BTreeSet<String>) -> String {
    let mut out = format!(
        "# test262 tests that do not pass with `--engine {engine}` (failed or unsupported).\n\
         # One path a line, sorted. Regenerate with:\n\
         #   cargo run -q -p xtask -- test262 --engine {engine} --tier all --bless\n"
    );
    for p in paths {
        out.push_str(p);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::meta::Kind;
    use super::super::verdict::Category;
    use super::*;
    use std::time::Duration;

    fn t(path: &str) -> TestMeta {
        TestMeta { path: path.into(), kind: Kind::Positive, flags: vec![], includes: vec![] }
    }
    fn o(v: Verdict) -> Outcome {
        Outcome { verdict: v, output: String::new(), elapsed: Duration::ZERO }
    }
    fn fail() -> Verdict {
        Verdict::Fail { category: Category::Timeout, reason: "timeout".into() }
    }

    #[test]
    fn areas() {
        assert_eq!(area("test/language/expressions/addition/x.js"), "language/expressions");
        assert_eq!(area("test/built-ins/Array/x.js"), "built-ins/Array");
        assert_eq!(area("test/x.js"), "x.js");
    }

    #[test]
    fn comparison_and_bless() {
        let tests = [t("a"), t("b"), t("c"), t("d")];
        let outcomes = [o(Verdict::Pass), o(fail()), o(Verdict::Skip { what: "x".into() }), o(fail())];
        let expected: BTreeSet<String> = ["a", "b", "z"].iter().map(|s| s.to_string()).collect();
        let c = compare(&tests, &outcomes, &expected);
        assert_eq!(c.now_pass, ["a"]);
        assert_eq!(c.new_failures, [("c".into(), true), ("d".into(), false)], "an unlisted skip is a new non-pass too");
        assert_eq!(c.still_failing, 1);
        assert!(!c.ok());
        let new = blessed(&tests, &outcomes, &expected);
        assert_eq!(new.into_iter().collect::<Vec<_>>(), ["b", "c", "d", "z"], "z is outside the run and kept");
        assert_eq!(final_line(&outcomes), "1 passed, 2 failed, 1 skipped");
    }

    #[test]
    fn rendered_list_reads_back() {
        let paths: BTreeSet<String> = ["test/b.js", "test/a.js"].iter().map(|s| s.to_string()).collect();
        let text = render_list("interp", &paths);
        assert_eq!(super::super::meta::read_list(&text), ["test/a.js", "test/b.js"]);
    }
}

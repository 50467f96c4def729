//! Turns what the engine did (exit status and output) into pass, fail or
//! skip, following the honesty rules of ../shared/test262/README.md; and
//! names each failure so the report can group failures that share a cause.

use super::meta::Kind;

/// How the engine process ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// It exited with this status.
    Code(i32),
    /// It was ended by a signal (a crash or an abort) or without a status.
    Killed(String),
    /// It ran past the timeout and was killed.
    Timeout,
    /// It wrote more output than the runner keeps, and was killed.
    OutputLimit,
    /// It could not be started.
    SpawnError(String),
}

/// What the engine did with one test.
#[derive(Clone, Debug)]
pub struct Run {
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

/// Why a test failed, coarse enough to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// The engine panicked, was killed by a signal, or could not start.
    Crash,
    Timeout,
    /// A positive test threw an uncaught exception.
    UnexpectedError,
    /// A positive test exited 0 without printing `Test262:Done`.
    NoSentinel,
    /// A negative test completed normally.
    NoError,
    /// A negative test failed with another error or in another phase.
    WrongError,
    /// Non-zero exit without a `Test262:Error:` line (protocol violation).
    Unreported,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::Crash => "crash (panic, signal, spawn error)",
            Category::Timeout => "timeout",
            Category::UnexpectedError => "positive test threw",
            Category::NoSentinel => "exit 0 without Test262:Done",
            Category::NoError => "negative test did not throw",
            Category::WrongError => "negative test: wrong error or phase",
            Category::Unreported => "non-zero exit, no Test262:Error line",
        }
    }
}

/// The verdict on one test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    /// `reason` is one line, e.g. `runtime:TypeError: x is not a function`.
    Fail { category: Category, reason: String },
    /// The engine reported `Test262:Unsupported: <what>`.
    Skip { what: String },
}

impl Verdict {
    pub fn is_pass(&self) -> bool {
        matches!(self, Verdict::Pass)
    }
}

fn all_lines(run: &Run) -> impl Iterator<Item = &str> {
    run.stdout.lines().chain(run.stderr.lines()).map(str::trim)
}

/// The first `Test262:Error:` line, without the prefix.
fn error_line(run: &Run) -> Option<&str> {
    all_lines(run).find_map(|l| l.strip_prefix("Test262:Error:"))
}

/// The first panic message of a Rust engine, if it panicked.
fn panic_line(run: &Run) -> Option<&str> {
    let mut lines = all_lines(run);
    let at = lines.position(|l| l.contains("panicked at"))?;
    // Since Rust 1.73 the message is on the line after "panicked at file:line:col:".
    let mut rest = all_lines(run).skip(at);
    let first = rest.next()?;
    Some(rest.next().filter(|_| first.ends_with(':')).unwrap_or(first))
}

fn fail(category: Category, reason: impl Into<String>) -> Verdict {
    let mut reason: String = reason.into();
    if reason.len() > 160 {
        let cut = (0..=160).rev().find(|&i| reason.is_char_boundary(i)).unwrap_or(0);
        reason.truncate(cut);
        reason.push('…');
    }
    Verdict::Fail { category, reason }
}

/// Decides one test. `Unsupported` skips only on a non-zero exit; a
/// negative test must name exactly the expected error in the expected phase
/// and must not have run code marked "should not be evaluated".
pub fn judge(kind: &Kind, run: &Run) -> Verdict {
    let code = match &run.exit {
        Exit::Code(c) => *c,
        Exit::Timeout => return fail(Category::Timeout, "timeout"),
        Exit::OutputLimit => return fail(Category::Crash, "output limit exceeded"),
        Exit::SpawnError(e) => return fail(Category::Crash, format!("cannot start engine: {e}")),
        Exit::Killed(how) => {
            let why = panic_line(run).map(|p| format!("panic: {p}")).unwrap_or_else(|| how.clone());
            return fail(Category::Crash, why);
        }
    };
    if code != 0 {
        if let Some(what) = all_lines(run).find_map(|l| l.strip_prefix("Test262:Unsupported")) {
            let what = what.trim_start_matches(':').trim();
            return Verdict::Skip { what: if what.is_empty() { "(unspecified)".into() } else { what.to_string() } };
        }
    }
    match kind {
        Kind::Positive => {
            if code == 0 {
                if run.stdout.lines().any(|l| l.trim() == "Test262:Done") {
                    return Verdict::Pass;
                }
                return fail(Category::NoSentinel, "exit 0 without Test262:Done");
            }
            match (error_line(run), panic_line(run)) {
                (_, Some(p)) => fail(Category::Crash, format!("panic: {p}")),
                (Some(e), None) => fail(Category::UnexpectedError, e),
                (None, None) => fail(Category::Unreported, format!("exit {code}: {}", first_output_line(run))),
            }
        }
        Kind::Negative(phase, ty) => {
            if code == 0 {
                return fail(Category::NoError, format!("expected {}:{ty}, exited 0", phase.as_str()));
            }
            if let Some(p) = panic_line(run) {
                return fail(Category::Crash, format!("panic: {p}"));
            }
            let want = format!("{}:{ty}", phase.as_str());
            let Some(got) = error_line(run) else {
                return fail(Category::Unreported, format!("expected {want}; exit {code}: {}", first_output_line(run)));
            };
            let named = got.strip_prefix(want.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(':'));
            let evaluated = all_lines(run).any(|l| l.contains("should not be evaluated"));
            if named && !evaluated {
                Verdict::Pass
            } else {
                fail(Category::WrongError, format!("expected {want}, got {got}"))
            }
        }
    }
}

fn first_output_line(run: &Run) -> &str {
    all_lines(run).find(|l| !l.is_empty()).unwrap_or("(no output)")
}

/// A failure reason with the parts that vary between tests (numbers,
/// quoted names) blurred, so that e.g. `'x' is not defined` and
/// `'y' is not defined` group together.
pub fn reason_group(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len());
    let mut chars = reason.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' if !out.ends_with(|p: char| p.is_alphanumeric() || p == '_' || p == '$') => {
                while chars.peek().is_some_and(|c| c.is_ascii_digit() || *c == '.') {
                    chars.next();
                }
                out.push('N');
            }
            '\'' | '"' | '`' | '«' => {
                let close = if c == '«' { '»' } else { c };
                // Skip to the closing quote; an unclosed quote keeps the rest.
                let rest: String = chars.clone().collect();
                match rest.find(close) {
                    Some(end) => {
                        let skip = rest[..end].chars().count() + 1;
                        chars.nth(skip - 1);
                        out.push(c);
                        out.push('…');
                        out.push(close);
                    }
                    None => out.push(c),
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::meta::Phase;
    use super::*;

    fn run(code: i32, stdout: &str, stderr: &str) -> Run {
        Run { exit: Exit::Code(code), stdout: stdout.into(), stderr: stderr.into() }
    }
    fn neg(phase: Phase, ty: &str) -> Kind {
        Kind::Negative(phase, ty.into())
    }
    fn category(v: Verdict) -> Category {
        match v {
            Verdict::Fail { category, .. } => category,
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn positive_needs_exit_zero_and_sentinel() {
        assert!(judge(&Kind::Positive, &run(0, "hello\nTest262:Done\n", "")).is_pass());
        assert_eq!(category(judge(&Kind::Positive, &run(0, "", ""))), Category::NoSentinel);
        // The sentinel on stderr or inside another line does not count.
        assert_eq!(category(judge(&Kind::Positive, &run(0, "x Test262:Done", "Test262:Done"))), Category::NoSentinel);
        assert_eq!(category(judge(&Kind::Positive, &run(1, "Test262:Done\n", ""))), Category::Unreported);
        let threw = judge(&Kind::Positive, &run(1, "", "Test262:Error:runtime:Test262Error: boom\n"));
        assert_eq!(threw, Verdict::Fail { category: Category::UnexpectedError, reason: "runtime:Test262Error: boom".into() });
    }

    #[test]
    fn unsupported_is_skipped_never_passed() {
        let v = judge(&Kind::Positive, &run(2, "Test262:Unsupported: generators\n", ""));
        assert_eq!(v, Verdict::Skip { what: "generators".into() });
        let v = judge(&neg(Phase::Parse, "SyntaxError"), &run(1, "", "Test262:Unsupported: with\nTest262:Error:parse:SyntaxError: x\n"));
        assert_eq!(v, Verdict::Skip { what: "with".into() });
        // With exit 0 the report is ignored: the usual rules decide.
        assert!(judge(&Kind::Positive, &run(0, "Test262:Unsupported: x\nTest262:Done\n", "")).is_pass());
    }

    #[test]
    fn negative_needs_the_named_error_in_its_phase() {
        let k = neg(Phase::Parse, "SyntaxError");
        assert!(judge(&k, &run(1, "", "Test262:Error:parse:SyntaxError: bad token\n")).is_pass());
        assert!(judge(&k, &run(1, "Test262:Error:parse:SyntaxError\n", "")).is_pass());
        assert_eq!(category(judge(&k, &run(0, "", ""))), Category::NoError);
        assert_eq!(category(judge(&k, &run(1, "", "Test262:Error:runtime:SyntaxError: x"))), Category::WrongError);
        assert_eq!(category(judge(&k, &run(1, "", "Test262:Error:parse:SyntaxErrorX: x"))), Category::WrongError);
        assert_eq!(category(judge(&k, &run(1, "", "SyntaxError: x"))), Category::Unreported);
        let dne = "Test262:Error:runtime:Test262Error: Test262: This statement should not be evaluated.";
        assert_eq!(category(judge(&neg(Phase::Runtime, "Test262Error"), &run(1, "", dne))), Category::WrongError);
    }

    #[test]
    fn crashes_and_timeouts_fail() {
        let panic = Run { exit: Exit::Code(101), stdout: String::new(), stderr: "thread 'main' panicked at src/x.rs:1:2:\nindex out of bounds\n".into() };
        assert_eq!(judge(&Kind::Positive, &panic), Verdict::Fail { category: Category::Crash, reason: "panic: index out of bounds".into() });
        assert_eq!(category(judge(&neg(Phase::Parse, "SyntaxError"), &panic)), Category::Crash);
        let t = Run { exit: Exit::Timeout, stdout: "Test262:Done\n".into(), stderr: String::new() };
        assert_eq!(category(judge(&Kind::Positive, &t)), Category::Timeout);
        let k = Run { exit: Exit::Killed("signal 11".into()), stdout: String::new(), stderr: String::new() };
        assert_eq!(judge(&Kind::Positive, &k), Verdict::Fail { category: Category::Crash, reason: "signal 11".into() });
    }

    #[test]
    fn reasons_group_across_names_and_numbers() {
        assert_eq!(reason_group("runtime:ReferenceError: 'x' is not defined"), reason_group("runtime:ReferenceError: 'yy' is not defined"));
        assert_eq!(reason_group("at 12:3.5"), "at N:N");
        assert_eq!(reason_group("Expected SameValue(«1», «\"a\"») to be true"), "Expected SameValue(«…», «…») to be true");
        assert_eq!(reason_group("it's"), "it's");
        assert_eq!(reason_group("runtime:Test262Error: a1 2"), "runtime:Test262Error: a1 N");
    }
}

//! Project automation for kiln, run as `cargo run -p xtask -- <task>`; it
//! exists so that chores like running test262 are one command, written in
//! Rust with std only, instead of shell scripts that drift.

mod test262;

use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage: cargo run -q -p xtask -- <task> [options]

tasks:
  test262   run the curated test262 slice (../shared/test262) against kiln

test262 options:
  --engine E          kiln engine to test: `kiln run --engine=E --test262 FILE` (default interp)
  --kiln PATH         the kiln binary (default $KILN, else the newest target/{release,debug}/kiln)
  --node              run node with test262's host.js instead of kiln (validates the runner)
  --tier T            T1, T2, T3, T4 or all (default all)
  --list FILE         run the tests listed in FILE instead of a tier
  --filter SUBSTR     only tests whose path contains SUBSTR (repeatable: any may match)
  -j, --jobs N        parallel engine processes (default: number of cores)
  --timeout SECS      per-test timeout, then the test fails (default 10)
  --bless             rewrite tests/test262/expected-failures-<engine>.txt from this run
  --sample N          run every Nth test of the selection (a fixed sample)
  --harness H         subset (harness-subset/, falling back to harness/) or full (default subset)
  -v, --verbose       print every failing and skipped test with its output
env: TEST262_DIR overrides the test262 directory, KILN the kiln binary.";

/// Parses the arguments that follow `test262`.
fn parse_test262_args(args: &[String]) -> Result<test262::Options, String> {
    let mut o = test262::Options::default();
    let mut i = 0;
    while i < args.len() {
        // Accept both `--flag value` and `--flag=value`.
        let (flag, inline) = match args[i].split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (args[i].clone(), None),
        };
        i += 1;
        let mut value = |name: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            let v = args.get(i).cloned().ok_or_else(|| format!("{name} needs a value"))?;
            i += 1;
            Ok(v)
        };
        match flag.as_str() {
            "--engine" => o.engine = value("--engine")?,
            "--kiln" => o.kiln = Some(value("--kiln")?.into()),
            "--node" => o.node = true,
            "--tier" => {
                let t = value("--tier")?;
                o.tier = if t.eq_ignore_ascii_case("all") { "all".into() } else { t.to_ascii_uppercase() };
            }
            "--list" => o.list = Some(value("--list")?.into()),
            "--filter" => o.filters.push(value("--filter")?),
            "-j" | "--jobs" => {
                let v = value("--jobs")?;
                o.jobs = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| format!("--jobs: `{v}` is not a positive number"))?;
            }
            "--timeout" => {
                let v = value("--timeout")?;
                let secs: f64 = v.parse().ok().filter(|s: &f64| *s > 0.0).ok_or_else(|| format!("--timeout: `{v}` is not a positive number"))?;
                o.timeout = Duration::from_secs_f64(secs);
            }
            "--bless" => o.bless = true,
            "--sample" => {
                let v = value("--sample")?;
                o.sample = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| format!("--sample: `{v}` is not a positive number"))?;
            }
            "--harness" => {
                o.full_harness = match value("--harness")?.as_str() {
                    "subset" => false,
                    "full" => true,
                    other => return Err(format!("--harness: `{other}` is neither subset nor full")),
                }
            }
            "-v" | "--verbose" => o.verbose = true,
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("test262") => {
            let opts = match parse_test262_args(&args[1..]) {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("xtask test262: {e}\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            };
            match test262::run(&opts) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("xtask test262: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<test262::Options, String> {
        parse_test262_args(&s.split_whitespace().map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn defaults() {
        let o = parse("").unwrap();
        assert_eq!((o.engine.as_str(), o.tier.as_str(), o.bless, o.node), ("interp", "all", false, false));
        assert_eq!(o.timeout, Duration::from_secs(10));
    }

    #[test]
    fn both_value_forms_and_repeats() {
        let o = parse("--engine=jit --tier t2 --filter a --filter=b -j 3 --timeout 2.5 --harness full -v --bless").unwrap();
        assert_eq!(o.engine, "jit");
        assert_eq!(o.tier, "T2");
        assert_eq!(o.filters, ["a", "b"]);
        assert_eq!(o.jobs, 3);
        assert_eq!(o.timeout, Duration::from_millis(2500));
        assert!(o.full_harness && o.verbose && o.bless);
    }

    #[test]
    fn bad_arguments() {
        assert!(parse("--jobs 0").is_err());
        assert!(parse("--timeout").is_err());
        assert!(parse("--harness partial").is_err());
        assert!(parse("--frobnicate").is_err());
    }
}

//! End-to-end tests of `kiln bench`: on a tiny program that ticks on
//! stderr, it prints a table with a row per runner, writes a report and a
//! well-formed SVG with one warm-up curve per runner, and checks kiln's
//! output against node's. Nothing here looks at a timing figure.

use std::path::{Path, PathBuf};
use std::process::Command;

const KILN: &str = env!("CARGO_BIN_EXE_kiln");

const PROGRAM: &str = "var total = 0;\n\
for (var i = 0; i < 5; i++) {\n\
  for (var j = 0; j < 20000; j++) total += j % 7;\n\
  console.error('tick ' + i);\n\
}\n\
console.log('total ' + total);\n";

/// A fresh directory holding `tiny.js`, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("kiln-bench-cli-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("tiny.js"), PROGRAM).unwrap();
        Dir(dir)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Runs `kiln bench ARGS --out DIR/out DIR/tiny.js`; returns the exit code and stdout.
fn bench(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(KILN)
        .arg("bench")
        .args(args)
        .arg("--out")
        .arg(dir.join("out"))
        .arg(dir.join("tiny.js"))
        .output()
        .expect("run kiln bench");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.code().is_some(), "kiln bench died: {}", String::from_utf8_lossy(&out.stderr));
    (out.status.code(), stdout)
}

/// The runner column of the table's data rows.
fn table_runners(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|--") && !l.starts_with("| program"))
        .map(|l| l.split('|').nth(2).unwrap().trim().to_string())
        .collect()
}

/// Checks the SVG's shape: one document, one polyline per runner, each
/// with its label as a title and several points.
fn check_svg(path: &Path, runners: &[String]) {
    let svg = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<svg").count(), 1);
    assert_eq!(svg.matches("<polyline").count(), runners.len(), "{svg}");
    assert_eq!(svg.matches("<polyline").count(), svg.matches("</polyline>").count());
    for runner in runners {
        assert!(svg.contains(&format!("<title>{runner}</title>")), "no curve for {runner}");
    }
    for points in svg.split("points=\"").skip(1) {
        let points = points.split('"').next().unwrap();
        // Five ticks: five points of two finite coordinates each.
        let coords: Vec<f64> = points.split([' ', ',']).map(|c| c.parse().unwrap()).collect();
        assert_eq!(coords.len(), 10, "{points}");
        assert!(coords.iter().all(|c| c.is_finite()));
    }
}

#[test]
fn every_engine_and_node_get_a_row_and_a_curve() {
    let dir = Dir::new("all");
    let (code, stdout) = bench(&dir.0, &["--runs", "1"]);
    assert_eq!(code, Some(0), "{stdout}");
    let runners = table_runners(&stdout);
    let mut expected: Vec<String> = ["interp", "wasm", "baseline", "jit"].iter().map(|e| format!("kiln {e}")).collect();
    if node_available() {
        expected.extend(["node".to_string(), "node --jitless".to_string()]);
        // Every kiln engine printed node's output.
        assert_eq!(stdout.matches("| same").count(), 4, "{stdout}");
    }
    assert_eq!(runners, expected, "{stdout}");
    check_svg(&dir.0.join("out/tiny.svg"), &runners);
    let report = std::fs::read_to_string(dir.0.join("out/report.md")).unwrap();
    assert!(report.contains("![tiny warm-up curves](tiny.svg)"), "{report}");
}

#[test]
fn chosen_engines_without_node() {
    let dir = Dir::new("some");
    let json = dir.0.join("results.json");
    let (code, stdout) = bench(&dir.0, &["--runs", "2", "--engines", "interp,jit", "--no-node", "--json", json.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stdout}");
    let runners = table_runners(&stdout);
    assert_eq!(runners, ["kiln interp", "kiln jit"], "{stdout}");
    assert_eq!(stdout.matches("| unchecked").count(), 2, "{stdout}");
    check_svg(&dir.0.join("out/tiny.svg"), &runners);
    let json = std::fs::read_to_string(json).unwrap();
    assert!(json.contains("\"label\": \"kiln jit\"") && json.contains("\"stdout_head\": \"total 299985\\n\""), "{json}");
    assert_eq!(json.matches("\"runs_ms\": [").count(), 2);
}

#[test]
fn a_failing_run_fails_the_command_but_still_reports() {
    // Without node there is nothing to compare with, but an exit code
    // other than 0 is a failure: shown in the table, exit status 1.
    let dir = Dir::new("missing");
    let out = Command::new(KILN).args(["bench", "--runs", "1", "--engines", "interp", "--no-node", "--out"]).arg(dir.0.join("out")).arg(dir.0.join("absent.js")).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("| exit 2"), "{stdout}");
    assert!(stdout.contains("absent [kiln interp]: failed (exit Some(2)"), "{stdout}");
    assert!(dir.0.join("out/absent.svg").exists());
}

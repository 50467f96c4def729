#!/usr/bin/env node
// kiln benchmark harness — on demand only, never part of the test suite.
//
//   node benches/run.js [options] [NAME_FILTER...]
//
// The corpus runner: it writes each selected program at its size (or its
// --quick size) into a temp dir and hands them all to `kiln bench`, which
// runs every kiln engine (`kiln run --engine=<e>`), `node` and
// `node --jitless` BENCH_RUNS times each, measures median wall time and
// peak RSS, checks kiln's stdout and exit code against node's, draws the
// warm-up curves (benches/results/<program>.svg) and shows a progress bar.
// This script adds the sizes, the variants and the targets, prints a
// Markdown table and writes benches/results/latest.md, which links the
// curves.
//
// Options:
//   --quick          small problem sizes and 1 run each (smoke test)
//   --runs N         runs per engine (default: env BENCH_RUNS or 3)
//   --engines a,b    kiln engines (default: env KILN_ENGINES, else all of them)
//   --no-node        skip node and node --jitless (kiln only, no ratios)
//   --out FILE       where to write the Markdown report
//   --list           list the programs and exit
//   NAME_FILTER      run only programs whose name contains one of these
//
// Environment: KILN (path to the kiln binary, default target/release/kiln),
// BENCH_RUNS, KILN_ENGINES, BENCH_TIMEOUT (seconds per kiln run, default 900).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const BENCH_DIR = __dirname;
const ROOT = path.resolve(BENCH_DIR, '..');
const PROG_DIR = path.join(BENCH_DIR, 'programs');

// Each program file declares its size parameters as top-level
// `var NAME = <integer>;` lines; `params` overrides them (the harness writes
// a rewritten copy into a temp dir), `quick` is used with --quick.
// kind: startup | memory | compute. Targets are checked against the
// interpreter (`kiln run`'s default engine), else the first engine timed.
const PROGRAMS = [
  { name: 'hello', file: 'hello.js', kind: 'startup',
    targets: { wallMs: 5, rssMiB: 8 } },
  { name: 'binary_trees_d16', file: 'binary_trees.js', kind: 'memory',
    params: { DEPTH: 16 }, quick: { DEPTH: 10 }, targets: { rssMiB: 64 } },
  { name: 'binary_trees', file: 'binary_trees.js', kind: 'compute',
    params: { DEPTH: 18 }, quick: { DEPTH: 10 }, targets: { jitlessRatio: 2 } },
  { name: 'richards', file: 'richards.js', kind: 'compute',
    quick: { ITERATIONS: 2 }, targets: { jitlessRatio: 2 } },
  { name: 'deltablue', file: 'deltablue.js', kind: 'compute',
    quick: { ITERATIONS: 2 }, targets: { jitlessRatio: 2 } },
  { name: 'nbody', file: 'nbody.js', kind: 'compute',
    quick: { STEPS: 10000 }, targets: { jitlessRatio: 2 } },
  { name: 'fannkuch', file: 'fannkuch.js', kind: 'compute',
    quick: { N: 7, REPEAT: 1 }, targets: { jitlessRatio: 2 } },
  { name: 'spectral_norm', file: 'spectral_norm.js', kind: 'compute',
    quick: { N: 100 }, targets: { jitlessRatio: 2 } },
  { name: 'navier_stokes', file: 'navier_stokes.js', kind: 'compute',
    quick: { GRID: 24, FRAMES: 10 }, targets: { jitlessRatio: 2 } },
  { name: 'raytrace', file: 'raytrace.js', kind: 'compute',
    quick: { WIDTH: 40, HEIGHT: 30, FRAMES: 3 }, targets: { jitlessRatio: 2 } },
  { name: 'string_build', file: 'string_build.js', kind: 'compute',
    quick: { ROUNDS: 1, WORDS: 2000 }, targets: { jitlessRatio: 2 } },
  { name: 'map_heavy', file: 'map_heavy.js', kind: 'compute',
    quick: { ROUNDS: 1, N: 5000 }, targets: { jitlessRatio: 2 } },
];

function usage(msg) {
  if (msg) console.error('run.js: ' + msg);
  console.error('usage: node benches/run.js [--quick] [--runs N] [--engines a,b] [--no-node] [--out FILE] [--list] [NAME...]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    quick: false,
    runs: process.env.BENCH_RUNS ? parseInt(process.env.BENCH_RUNS, 10) : null,
    engines: process.env.KILN_ENGINES ? process.env.KILN_ENGINES.split(/[\s,]+/).filter(Boolean) : null,
    node: true,
    out: path.join(BENCH_DIR, 'results', 'latest.md'),
    list: false,
    filters: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) usage(a + ' needs a value'); return argv[++i]; };
    if (a === '--quick') opts.quick = true;
    else if (a === '--runs') opts.runs = parseInt(val(), 10);
    else if (a.startsWith('--runs=')) opts.runs = parseInt(a.slice(7), 10);
    else if (a === '--engines') opts.engines = val().split(/[\s,]+/).filter(Boolean);
    else if (a.startsWith('--engines=')) opts.engines = a.slice(10).split(/[\s,]+/).filter(Boolean);
    else if (a === '--no-node') opts.node = false;
    else if (a === '--out') opts.out = path.resolve(val());
    else if (a === '--list') opts.list = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage('unknown option ' + a);
    else opts.filters.push(a);
  }
  if (opts.runs === null) opts.runs = opts.quick ? 1 : 3;
  if (!(opts.runs >= 1)) usage('--runs must be >= 1');
  if (opts.engines && opts.engines.length === 0) usage('no kiln engines');
  return opts;
}

// ---- peak RSS measurement -------------------------------------------------

// `kiln bench` measures peak RSS with GNU time (`/usr/bin/time -f %M`):
// install it when absent and we can.
function ensureGnuTime() {
  const gnuTime = '/usr/bin/time';
  if (fs.existsSync(gnuTime)) return;
  if (process.getuid && process.getuid() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.error('run.js: /usr/bin/time missing; installing the "time" package');
    spawnSync('apt-get', ['install', '-y', 'time'], { stdio: 'ignore' });
  }
  if (!fs.existsSync(gnuTime)) console.error('run.js: no /usr/bin/time: peak RSS shown as n/a');
}

// ---- program preparation --------------------------------------------------

function prepare(prog, quick, tmp) {
  const src = path.join(PROG_DIR, prog.file);
  const params = Object.assign({}, prog.params || {}, quick ? prog.quick || {} : {});
  const names = Object.keys(params);
  if (names.length === 0) return src;
  let text = fs.readFileSync(src, 'utf8');
  for (const name of names) {
    const re = new RegExp('^var ' + name + ' = [^;]*;', 'm');
    if (!re.test(text)) throw new Error(prog.file + ': no top-level `var ' + name + ' = …;` line');
    text = text.replace(re, 'var ' + name + ' = ' + params[name] + ';');
  }
  // Named after the program, not the file: `kiln bench` names each curve
  // after its file, and variants of one file need distinct names.
  const out = path.join(tmp, prog.name + '.js');
  fs.writeFileSync(out, text);
  return out;
}

function describeParams(prog, quick) {
  const params = Object.assign({}, prog.params || {}, quick ? prog.quick || {} : {});
  return Object.keys(params).map((k) => k + '=' + params[k]).join(' ');
}

// ---- formatting -----------------------------------------------------------

function fmtMs(ms) {
  if (ms === null || ms === undefined) return 'n/a';
  if (ms < 100) return ms.toFixed(1) + ' ms';
  return (ms / 1000).toFixed(2) + ' s';
}
function fmtMiB(kib) {
  return kib === null || kib === undefined ? 'n/a' : (kib / 1024).toFixed(1) + ' MiB';
}
function fmtRatio(a, b) {
  return a === null || b === null || !b ? 'n/a' : (a / b).toFixed(2) + '×';
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

// ---- main -----------------------------------------------------------------

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) {
    for (const p of PROGRAMS) console.log(p.name.padEnd(18) + p.kind.padEnd(9) + p.file + '  ' + describeParams(p, false));
    return;
  }
  const kiln = process.env.KILN ? path.resolve(process.env.KILN) : path.join(ROOT, 'target', 'release', 'kiln');
  if (!fs.existsSync(kiln)) {
    console.error('run.js: ' + kiln + ' not found; run `cargo build --release` first (or set KILN)');
    process.exit(2);
  }
  const timeoutSec = parseFloat(process.env.BENCH_TIMEOUT || '900');
  const selected = PROGRAMS.filter((p) => opts.filters.length === 0 || opts.filters.some((f) => p.name.includes(f)));
  if (selected.length === 0) usage('no program matches ' + opts.filters.join(' '));

  ensureGnuTime();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-'));
  // Rewritten programs keep one path from run to run: the wasm engine's
  // code cache is keyed by the module, which names its source file, so a
  // fresh path would make every first wasm run compile.
  const programsDir = path.join(os.tmpdir(), 'kiln-bench-programs' + (opts.quick ? '-quick' : ''));
  fs.mkdirSync(programsDir, { recursive: true });
  const outDir = path.dirname(opts.out);
  const jsonFile = path.join(tmp, 'results.json');
  let bench;
  try {
    const files = selected.map((prog) => prepare(prog, opts.quick, programsDir));
    // `kiln bench` does the measuring (runs, medians, peak RSS, output
    // check, warm-up curves, progress bar); this script adds the corpus:
    // sizes, variants and targets.
    const args = ['bench', '--runs', String(opts.runs), '--out', outDir, '--json', jsonFile,
      '--timeout', String(timeoutSec), '--node', process.execPath];
    if (opts.engines) args.push('--engines', opts.engines.join(','));
    if (!opts.node) args.push('--no-node');
    const r = spawnSync(kiln, args.concat(files), { stdio: ['ignore', 'ignore', 'inherit'] });
    if (!fs.existsSync(jsonFile)) {
      console.error('run.js: `kiln bench` failed (exit ' + r.status + ')');
      process.exit(2);
    }
    bench = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const header = ['program', 'engine', 'median wall', 'peak RSS', 'vs node', 'vs jitless', 'vs interp', 'output', 'target'];
  const rows = [];
  const failures = [];
  const charts = [];
  selected.forEach((prog, i) => {
    const res = bench.programs[i];
    const by = {};
    for (const m of res.runners) by[m.label] = m;
    const node = by['node'];
    const jitless = by['node --jitless'];
    const interp = by['kiln interp'];
    const params = describeParams(prog, opts.quick);
    const targeted = interp || res.runners.find((m) => m.kiln);
    charts.push(`- [${prog.name}](${path.basename(res.svg)})`);
    res.runners.forEach((m, j) => {
      let target = '';
      if (m.kiln && (m.output === 'DIFF' || /^(exit|killed)/.test(m.output))) failures.push({ prog, m, node });
      if (m === targeted) {
        const t = prog.targets || {};
        const checks = [];
        if (t.wallMs !== undefined) checks.push((m.median_ms <= t.wallMs ? 'ok' : 'MISS') + ' ≤' + t.wallMs + 'ms');
        if (t.rssMiB !== undefined && m.rss_kib !== null) {
          const ok = prog.kind === 'memory' ? m.rss_kib < t.rssMiB * 1024 : m.rss_kib <= t.rssMiB * 1024;
          checks.push((ok ? 'ok' : 'MISS') + (prog.kind === 'memory' ? ' <' : ' ≤') + t.rssMiB + 'MiB');
        }
        if (t.jitlessRatio !== undefined && jitless) {
          checks.push((m.median_ms <= t.jitlessRatio * jitless.median_ms ? 'ok' : 'MISS') + ' ≤' + t.jitlessRatio + '× jitless');
        }
        target = checks.join(', ');
      }
      let output = m.output;
      if (m.output === 'DIFF' && node && m.code !== node.code) output += ' (exit ' + m.code + ')';
      rows.push([
        j === 0 ? prog.name + (params ? ' (' + params + ')' : '') : '',
        m.label,
        fmtMs(m.median_ms),
        fmtMiB(m.rss_kib),
        m.kiln && node ? fmtRatio(m.median_ms, node.median_ms) : '',
        m.kiln && jitless ? fmtRatio(m.median_ms, jitless.median_ms) : '',
        m.kiln && interp ? fmtRatio(m.median_ms, interp.median_ms) : '',
        output,
        target,
      ]);
    });
  });
  const tbl = table(header, rows);
  console.log(tbl);
  console.log(`\n(wall times exclude ${bench.overhead_ms.toFixed(1)} ms of spawn overhead, measured on \`true\`)`);
  for (const f of failures) {
    console.log(`\n${f.prog.name} [${f.m.label}]: ${f.node ? 'output differs from node' : 'failed'} (kiln exit ${f.m.code}, node exit ${f.node ? f.node.code : '?'})`);
    console.log('  kiln stdout: ' + JSON.stringify(f.m.stdout_head));
    if (f.node) console.log('  node stdout: ' + JSON.stringify(f.node.stdout_head));
    if (f.m.stderr_head) console.log('  kiln stderr: ' + JSON.stringify(f.m.stderr_head));
  }

  const md = [
    '# kiln benchmark results',
    '',
    `- date: ${new Date().toISOString()}`,
    `- machine: ${os.cpus().length} × ${os.cpus()[0] ? os.cpus()[0].model : '?'}, ${os.platform()} ${os.release()}`,
    `- node: ${process.version}; kiln: ${kiln}`,
    `- runs per engine: ${opts.runs} (median wall time, minus ${bench.overhead_ms.toFixed(1)} ms of spawn overhead measured on \`true\`; median peak RSS ${bench.rss ? 'by GNU time' : 'not measured'})${opts.quick ? '; QUICK mode (small sizes)' : ''}`,
    `- command: node benches/run.js ${process.argv.slice(2).join(' ')}`.trimEnd(),
    '',
    tbl,
    '',
    '## Warm-up curves',
    '',
    'Time per iteration, the median over the runs (each program writes a `tick` line to stderr per iteration of its outer loop; the first point counts from the spawn, startup included):',
    '',
    ...charts,
    '',
    ...selected.map((prog, i) => `![${prog.name}](${path.basename(bench.programs[i].svg)})\n`),
  ].join('\n');
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, md);
  console.log('\nwrote ' + path.relative(process.cwd(), opts.out) + ' and the curves beside it');
  if (failures.length) process.exitCode = 1;
}

main();

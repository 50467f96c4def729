#!/usr/bin/env node
// kiln benchmark harness — on demand only, never part of the test suite.
//
//   node benches/run.js [options] [NAME_FILTER...]
//
// For each selected program it runs every kiln engine in KILN_ENGINES
// (`kiln run --engine=<e>`), `node` and `node --jitless`, BENCH_RUNS times
// each, and reports the median wall time, the peak RSS, the ratios
// kiln/node and kiln/node-jitless, and whether kiln's stdout (and exit code)
// equals node's. Prints a Markdown table and writes benches/results/latest.md.
//
// Options:
//   --quick          small problem sizes and 1 run each (smoke test)
//   --runs N         runs per engine (default: env BENCH_RUNS or 3)
//   --engines a,b    kiln engines (default: env KILN_ENGINES or "interp")
//   --no-node        skip node and node --jitless (kiln only, no ratios)
//   --out FILE       where to write the Markdown report
//   --list           list the programs and exit
//   NAME_FILTER      run only programs whose name contains one of these
//
// Environment: KILN (path to the kiln binary, default target/release/kiln),
// BENCH_RUNS, KILN_ENGINES, BENCH_TIMEOUT (seconds per run, default 900).
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
// kind: startup | memory | compute. Targets are checked against kiln's
// first engine.
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
    engines: (process.env.KILN_ENGINES || 'interp').split(/[\s,]+/).filter(Boolean),
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
  if (opts.engines.length === 0) usage('no kiln engines');
  return opts;
}

// ---- peak RSS measurement -------------------------------------------------

// Prefer GNU time (`/usr/bin/time -f %M`); install it when absent and we
// can; otherwise fall back to python's getrusage(RUSAGE_CHILDREN).
function findRssMethod() {
  const gnuTime = '/usr/bin/time';
  const ok = () => {
    const r = spawnSync(gnuTime, ['-f', '%M', 'true'], { encoding: 'utf8' });
    return r.status === 0 && /^\d+\s*$/m.test(r.stderr);
  };
  if (fs.existsSync(gnuTime) && ok()) return { kind: 'gnu-time' };
  if (process.getuid && process.getuid() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.error('run.js: /usr/bin/time missing; installing the "time" package');
    spawnSync('apt-get', ['install', '-y', 'time'], { stdio: 'ignore' });
    if (fs.existsSync(gnuTime) && ok()) return { kind: 'gnu-time' };
  }
  for (const py of ['python3', 'python']) {
    if (spawnSync('sh', ['-c', 'command -v ' + py]).status === 0) return { kind: 'python', py };
  }
  console.error('run.js: no way to measure peak RSS (no /usr/bin/time, no python); RSS shown as n/a');
  return { kind: 'none' };
}

const PY_RSS = [
  'import resource, subprocess, sys',
  'p = subprocess.run(sys.argv[2:])',
  'open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))',
  'sys.exit(p.returncode if p.returncode >= 0 else 128 - p.returncode)',
].join('\n');

// Runs argv once; returns { ms, rssKiB, stdout, status }.
function runOnce(argv, rssMethod, tmp, timeoutSec) {
  const rssFile = path.join(tmp, 'rss.txt');
  try { fs.unlinkSync(rssFile); } catch (e) { /* absent */ }
  let cmd = argv;
  if (rssMethod.kind === 'gnu-time') cmd = ['/usr/bin/time', '-f', '%M', '-o', rssFile, ...argv];
  else if (rssMethod.kind === 'python') cmd = [rssMethod.py, '-c', PY_RSS, rssFile, ...argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutSec * 1000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssKiB = null;
  try {
    const m = /(\d+)\s*$/.exec(fs.readFileSync(rssFile, 'utf8').trim());
    if (m) rssKiB = parseInt(m[1], 10);
  } catch (e) { /* none */ }
  let status = r.status;
  if (r.error && r.error.code === 'ETIMEDOUT') status = 'timeout';
  else if (r.signal) status = r.signal;
  // GNU time reports "Command exited with non-zero status N" inside the -o
  // file (first line); the last line is still %M, handled above.
  return { ms, rssKiB, stdout: r.stdout || '', stderr: r.stderr || '', status };
}

function median(xs) {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
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
  // Keep the original basename so stack traces and messages look the same.
  const dir = path.join(tmp, prog.name);
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, prog.file);
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

  const rssMethod = findRssMethod();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-'));
  // The cost of spawning through the measuring wrapper (node spawnSync +
  // /usr/bin/time), measured on `true` and subtracted from every wall time:
  // it matters for the startup figure (hello), not for the long programs.
  const trueBin = ['/bin/true', '/usr/bin/true'].find((p) => fs.existsSync(p));
  let overheadMs = 0;
  if (trueBin) {
    const xs = [];
    for (let i = 0; i < 15; i++) xs.push(runOnce([trueBin], rssMethod, tmp, 10).ms);
    overheadMs = median(xs);
  }
  const runners = opts.engines.map((e) => ({ label: 'kiln ' + e, kiln: true, engine: e, argv: (f) => [kiln, 'run', '--engine=' + e, f] }));
  if (opts.node) {
    runners.push({ label: 'node', argv: (f) => [process.execPath, f] });
    runners.push({ label: 'node --jitless', argv: (f) => [process.execPath, '--jitless', f] });
  }

  const results = [];
  try {
    for (const prog of selected) {
      const file = prepare(prog, opts.quick, tmp);
      const res = { prog, params: describeParams(prog, opts.quick), by: {} };
      for (const r of runners) {
        const runs = [];
        for (let i = 0; i < opts.runs; i++) {
          const one = runOnce(r.argv(file), rssMethod, tmp, timeoutSec);
          one.ms = Math.max(0, one.ms - overheadMs);
          runs.push(one);
          process.stderr.write(`  ${prog.name} [${r.label}] run ${i + 1}/${opts.runs}: ${fmtMs(one.ms)}, ${fmtMiB(one.rssKiB)}` +
            (one.status === 0 ? '' : ` (exit ${one.status})`) + '\n');
        }
        res.by[r.label] = {
          runs,
          ms: median(runs.map((x) => x.ms)),
          rssKiB: median(runs.map((x) => x.rssKiB)),
          stdout: runs[0].stdout,
          status: runs[0].status,
          stderr: runs[0].stderr,
        };
      }
      results.push(res);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // Report.
  const header = ['program', 'engine', 'median wall', 'peak RSS', 'vs node', 'vs jitless', 'output', 'target'];
  const rows = [];
  const failures = [];
  for (const res of results) {
    const node = res.by['node'];
    const jitless = res.by['node --jitless'];
    for (const r of runners) {
      const m = res.by[r.label];
      let output = '';
      let target = '';
      if (r.kiln) {
        if (!node) output = m.status === 0 ? 'exit 0 (unchecked)' : 'exit ' + m.status;
        else if (m.stdout === node.stdout && m.status === node.status) output = 'same';
        else {
          output = m.status !== node.status ? 'DIFF (exit ' + m.status + ')' : 'DIFF';
          failures.push({ res, label: r.label, m, node });
        }
        const t = res.prog.targets || {};
        const checks = [];
        if (t.wallMs !== undefined) checks.push((m.ms <= t.wallMs ? 'ok' : 'MISS') + ' ≤' + t.wallMs + 'ms');
        if (t.rssMiB !== undefined && m.rssKiB !== null) {
          const ok = res.prog.kind === 'memory' ? m.rssKiB < t.rssMiB * 1024 : m.rssKiB <= t.rssMiB * 1024;
          checks.push((ok ? 'ok' : 'MISS') + (res.prog.kind === 'memory' ? ' <' : ' ≤') + t.rssMiB + 'MiB');
        }
        if (t.jitlessRatio !== undefined && jitless) {
          checks.push((m.ms <= t.jitlessRatio * jitless.ms ? 'ok' : 'MISS') + ' ≤' + t.jitlessRatio + '× jitless');
        }
        target = checks.join(', ');
      }
      rows.push([
        r.label === runners[0].label ? res.prog.name + (res.params ? ' (' + res.params + ')' : '') : '',
        r.label,
        fmtMs(m.ms),
        fmtMiB(m.rssKiB),
        r.kiln && node ? fmtRatio(m.ms, node.ms) : '',
        r.kiln && jitless ? fmtRatio(m.ms, jitless.ms) : '',
        output,
        target,
      ]);
    }
  }
  const tbl = table(header, rows);
  console.log(tbl);
  console.log(`\n(wall times exclude ${overheadMs.toFixed(1)} ms of spawn overhead, measured on \`true\`)`);
  for (const f of failures) {
    console.log(`\n${f.res.prog.name} [${f.label}]: output differs from node (kiln exit ${f.m.status}, node exit ${f.node.status})`);
    console.log('  kiln stdout: ' + JSON.stringify(f.m.stdout.slice(0, 300)));
    console.log('  node stdout: ' + JSON.stringify(f.node.stdout.slice(0, 300)));
    if (f.m.stderr) console.log('  kiln stderr: ' + JSON.stringify(f.m.stderr.slice(0, 500)));
  }

  const md = [
    '# kiln benchmark results',
    '',
    `- date: ${new Date().toISOString()}`,
    `- machine: ${os.cpus().length} × ${os.cpus()[0] ? os.cpus()[0].model : '?'}, ${os.platform()} ${os.release()}`,
    `- node: ${process.version}; kiln: ${kiln}`,
    `- runs per engine: ${opts.runs} (median wall time, minus ${overheadMs.toFixed(1)} ms of spawn overhead measured on \`true\`; median peak RSS via ${rssMethod.kind})${opts.quick ? '; QUICK mode (small sizes)' : ''}`,
    `- command: node benches/run.js ${process.argv.slice(2).join(' ')}`.trimEnd(),
    '',
    tbl,
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, md);
  console.log('\nwrote ' + path.relative(process.cwd(), opts.out));
  if (failures.length) process.exitCode = 1;
}

main();

// The compare view: for the current program, each path in turn (never
// two at once: they would share the machine's cores) gets a startup run —
// the program as written, timed — and a throughput run — the program
// wrapped by driver.js and repeated, each iteration timed — until the
// iteration count or the path's time budget is reached. The table and
// the warm-up chart fill in as results arrive.

import { drawChart } from './chart.js';
import { throughputProgram } from './driver.js';
import { escapeHtml } from './highlight.js';

const COLORS = ['#c2410c', '#2563eb', '#7c3aed', '#047857', '#b45309', '#0e7490'];

function fixed(ms) {
  return ms === null || ms === undefined ? '—' : ms.toFixed(ms < 10 ? 2 : 1);
}

function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export class CompareView {
  constructor({ table, chart, runner, serverRunner }) {
    this.table = table;
    this.chart = chart;
    this.runner = runner;
    this.serverRunner = serverRunner;
    this.rows = [];
    this.cancelled = false;
    this.drawPending = false;
  }

  /** The last comparison, for tests and the page: [{ id, label, timings, exitCode, ticks, error }]. */
  get results() {
    return this.rows.map(({ id, label, timings, exitCode, ticks, error }) => ({ id, label, timings, exitCode, ticks, error }));
  }

  /**
   * Compares `paths` on `source`. Resolves with { compileError } when the
   * program does not compile, { stopped: true } after stop(), else {}.
   */
  async compare(source, paths, { iterations, budgetMs, onStatus = () => {} }) {
    this.cancelled = false;
    this.rows = paths.map((path, i) => ({ ...path, color: COLORS[i % COLORS.length], timings: null, exitCode: null, ticks: [], error: null }));
    this.render();
    const driver = throughputProgram(source, iterations);
    for (const row of this.rows) {
      if (this.cancelled) break;
      onStatus(`${row.label}: startup…`);
      const startup = await this.runOn(row, source, { throughput: false, budgetMs });
      if (startup.compileError) return { compileError: startup.compileError };
      if (this.cancelled) break;
      if (startup.crash) row.error = startup.crash;
      else if (startup.stopped || startup.timedOut) row.error = `no end within ${budgetMs / 1000} s`;
      row.timings = startup.timings || null;
      row.exitCode = startup.exitCode ?? null;
      this.render();
      if (row.error || row.exitCode !== 0) {
        row.error = row.error || `exit code ${row.exitCode}`;
        this.render();
        continue;
      }
      onStatus(`${row.label}: ${iterations} iterations…`);
      const onTick = (ms) => {
        row.ticks.push(ms);
        this.scheduleDraw();
      };
      const result = await this.runOn(row, driver, { throughput: true, budgetMs, onTick });
      if (this.cancelled) break;
      row.batched = Boolean(result.batched);
      if (result.crash) row.error = result.crash;
      else if (!result.stopped && !result.timedOut && result.exitCode !== 0) row.error = `exit code ${result.exitCode} in the throughput run`;
      this.render();
    }
    this.render();
    return this.cancelled ? { stopped: true } : {};
  }

  /** One run on `row`'s path, stopped when it reaches the time budget. */
  async runOn(row, source, { throughput, budgetMs, onTick }) {
    if (row.where === 'server') {
      return this.serverRunner.run(row.engine, source, { throughput, budgetMs, onTick });
    }
    // The budget starts once the worker is loaded (after a Stop it is new).
    await this.runner.ready.catch(() => {});
    const timer = setTimeout(() => this.runner.stop(), budgetMs);
    try {
      return await this.runner.run(row.id, source, { throughput, onTick });
    } finally {
      clearTimeout(timer);
    }
  }

  stop() {
    this.cancelled = true;
    this.runner.stop();
    this.serverRunner.stop();
  }

  scheduleDraw() {
    if (this.drawPending) return;
    this.drawPending = true;
    requestAnimationFrame(() => {
      this.drawPending = false;
      this.render();
    });
  }

  render() {
    drawChart(this.chart, this.rows.map(({ id, label, color, ticks }) => ({ id, label, color, points: ticks })));
    const body = this.table.tBodies[0];
    body.replaceChildren();
    for (const row of this.rows) {
      const tr = document.createElement('tr');
      tr.dataset.path = row.id;
      const t = row.timings || {};
      const steady = median(row.ticks.slice(Math.floor(row.ticks.length / 2)));
      const cells = [
        `<td><span class="swatch" style="background:${row.color}"></span>${escapeHtml(row.label)}</td>`,
        `<td>${fixed(t.compile)}</td>`,
        `<td>${fixed(t.instantiate)}</td>`,
        `<td>${fixed(t.firstOutput)}</td>`,
        `<td>${fixed(t.total)}</td>`,
      ];
      if (row.error) {
        cells.push(`<td class="failed" colspan="3">${escapeHtml(row.error)}</td>`);
      } else {
        // Iteration times the host saw in batches are averages (see LEGEND).
        const about = row.batched ? '≈ ' : '';
        cells.push(`<td>${row.ticks.length}</td>`, `<td>${about}${fixed(row.ticks[0])}</td>`, `<td>${about}${fixed(steady)}</td>`);
      }
      tr.innerHTML = cells.join('');
      body.append(tr);
    }
  }
}

export const LEGEND = 'compile: source → bytecode, and for AOT → one wasm module linked with the runtime, in the browser. ' +
  'instantiate: WebAssembly compile + instantiate (AOT) or realm setup and program load (interpreter). ' +
  'first output: until the first printed text reaches the page (an AOT module buffers stdout until it exits or writes to stderr). ' +
  'total: the whole first run. Server paths are `kiln run` child processes timed by kiln serve from spawn to exit ' +
  '(their compile and instantiate happen inside the process). ' +
  'Iterations: the program once, then bench() (or main(), or the whole program) again, each timed when its end marker reaches the host; ' +
  'steady: median of the last half. ≈: kiln run --engine=wasm hands output over in 20 ms batches, so iterations ' +
  'that ended within one batch are spread over its 20 ms: estimates, not measurements.';

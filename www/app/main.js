// The playground page: the editor, the examples menu, the program kept in
// the URL, Run / Stop / Compare on the chosen path, the output pane and
// the compare view. Programs run in runner.js's Web Worker or on the
// server; nothing heavy happens on this thread.

import { Editor } from './editor.js';
import { EXAMPLES, loadExample } from './examples.js';
import { readLocation, writeLocation } from './share.js';
import { BROWSER_PATHS, Runner, ServerRunner, serverPaths } from './runner.js';
import { CompareView, LEGEND } from './compare.js';

const $ = (id) => document.getElementById(id);
const ui = {
  examples: $('examples'), path: $('path'), run: $('run'), stop: $('stop'), compare: $('compare'),
  share: $('share'), status: $('status'), output: $('output'), tabOutput: $('tab-output'),
  tabCompare: $('tab-compare'), outputPanel: $('output-panel'), comparePanel: $('compare-panel'),
  iterations: $('iterations'), budget: $('budget'),
};

const runner = new Runner();
const serverRunner = new ServerRunner();
const compareView = new CompareView({ table: $('compare-table'), chart: $('chart'), runner, serverRunner });
$('compare-legend').textContent = LEGEND;
let paths = [...BROWSER_PATHS];
let busy = null; // 'run' | 'compare' | null
let exampleShown = null; // the example id while its text is unchanged

const editor = new Editor($('editor-pane'), {
  onChange: () => {
    exampleShown = null;
    ui.examples.value = '';
    scheduleUrlUpdate();
  },
  onRun: () => run(),
});

function setStatus(text, { error = false } = {}) {
  ui.status.textContent = text;
  ui.status.title = text;
  ui.status.classList.toggle('error', error);
}

function setBusy(state) {
  busy = state;
  ui.run.disabled = state !== null;
  ui.compare.disabled = state !== null;
  ui.stop.disabled = state === null;
}

function showTab(which) {
  const compare = which === 'compare';
  ui.tabOutput.setAttribute('aria-selected', String(!compare));
  ui.tabCompare.setAttribute('aria-selected', String(compare));
  ui.outputPanel.hidden = compare;
  ui.comparePanel.hidden = !compare;
}

function appendOutput(stream, text, className = stream) {
  const last = ui.output.lastChild;
  if (last && last.className === className) last.textContent += text;
  else {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    ui.output.append(span);
  }
  ui.outputPanel.scrollTop = ui.outputPanel.scrollHeight;
}

function describe(timings) {
  const parts = [];
  if (timings.compile !== null && timings.compile !== undefined) parts.push(`compile ${timings.compile.toFixed(1)} ms`);
  if (timings.instantiate !== null && timings.instantiate !== undefined) parts.push(`instantiate ${timings.instantiate.toFixed(1)} ms`);
  parts.push(`total ${timings.total.toFixed(1)} ms`);
  return parts.join(' · ');
}

/** Runs `source` on path `pathId`, streaming output to `onOutput`. */
async function runOn(pathId, source, onOutput) {
  const path = paths.find((p) => p.id === pathId);
  if (!path) return { crash: `no path "${pathId}"` };
  if (path.where === 'browser') return runner.run(pathId, source, { onOutput });
  // The worker compiles it first, so a compile error is marked in the
  // editor on server paths too.
  const checked = await runner.run('check', source);
  if (checked.compileError || checked.crash) return checked;
  return serverRunner.run(path.engine, source, { onOutput });
}

function showCompileError(error) {
  editor.markError({ ...error, message: error.headline });
  appendOutput('stderr', error.rendered);
  setStatus(`${error.headline} (line ${error.line}:${error.col})`, { error: true });
}

async function run() {
  if (busy) return;
  setBusy('run');
  showTab('output');
  ui.output.replaceChildren();
  editor.clearError();
  const label = paths.find((p) => p.id === ui.path.value)?.label ?? ui.path.value;
  setStatus(`running on ${label}…`);
  const result = await runOn(ui.path.value, editor.value, (stream, text) => appendOutput(stream, text));
  setBusy(null);
  if (result.stopped) {
    appendOutput('note', '\n[stopped]\n', 'note');
    setStatus('stopped');
  } else if (result.compileError) {
    showCompileError(result.compileError);
  } else if (result.crash) {
    appendOutput('stderr', `${result.crash}\n`);
    setStatus('the run failed', { error: true });
  } else {
    const limit = result.timedOut ? ' (the server\'s time limit)' : '';
    setStatus(`exit code ${result.exitCode}${limit} · ${describe(result.timings)}`, { error: result.exitCode !== 0 });
  }
}

async function compare() {
  if (busy) return;
  setBusy('compare');
  showTab('compare');
  editor.clearError();
  const iterations = Math.min(1000, Math.max(2, Number(ui.iterations.value) || 30));
  const budgetMs = Math.min(60, Math.max(1, Number(ui.budget.value) || 5)) * 1000;
  const outcome = await compareView.compare(editor.value, paths, { iterations, budgetMs, onStatus: (text) => setStatus(text) });
  setBusy(null);
  if (outcome.compileError) {
    showTab('output');
    ui.output.replaceChildren();
    showCompileError(outcome.compileError);
  } else {
    setStatus(outcome.stopped ? 'comparison stopped' : 'comparison done');
  }
}

function stop() {
  if (busy === 'compare') compareView.stop();
  else if (busy === 'run') {
    runner.stop();
    serverRunner.stop();
  }
}

let urlTimer = null;
function scheduleUrlUpdate() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    writeLocation(exampleShown ? { example: exampleShown } : { code: editor.value });
  }, 300);
}

async function showExample(id) {
  try {
    editor.value = await loadExample(id);
    exampleShown = id;
    ui.examples.value = id;
    scheduleUrlUpdate();
  } catch (error) {
    setStatus(error.message, { error: true });
  }
}

async function start() {
  ui.examples.append(new Option('(your program)', ''));
  for (const { id, title } of EXAMPLES) ui.examples.append(new Option(title, id));
  ui.examples.addEventListener('change', () => ui.examples.value && showExample(ui.examples.value));
  ui.run.addEventListener('click', () => run());
  ui.stop.addEventListener('click', () => stop());
  ui.compare.addEventListener('click', () => compare());
  ui.tabOutput.addEventListener('click', () => showTab('output'));
  ui.tabCompare.addEventListener('click', () => showTab('compare'));
  ui.share.addEventListener('click', async () => {
    await writeLocation(exampleShown ? { example: exampleShown } : { code: editor.value });
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus('link copied');
    } catch {
      setStatus('the address bar has the link');
    }
  });
  // Esc stops, wherever the focus is.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && busy) stop();
  });
  window.addEventListener('hashchange', () => openLocation());

  const opened = openLocation();
  paths = [...BROWSER_PATHS, ...(await serverPaths())];
  for (const { id, label } of paths) ui.path.append(new Option(label, id));
  await opened;
  try {
    await runner.ready;
    setStatus(paths.length > BROWSER_PATHS.length ? 'ready (with kiln serve\'s native paths)' : 'ready');
    setBusy(null);
  } catch (error) {
    setStatus(`kiln could not load: ${error.message}`, { error: true });
  }
}

async function openLocation() {
  const wanted = await readLocation();
  if (wanted.code !== undefined) {
    if (wanted.code !== editor.value) editor.value = wanted.code;
    exampleShown = null;
    ui.examples.value = '';
  } else if (wanted.example && wanted.example !== exampleShown) {
    await showExample(wanted.example);
  } else if (wanted.broken) {
    setStatus('the link\'s program could not be read', { error: true });
  } else if (!wanted.example && !editor.value) {
    await showExample('hello');
  }
}

// For tests (tests/browser) and the curious: run a program on a path the
// way the Run button does, and read the last comparison.
window.kilnPlayground = {
  ready: start().then(() => runner.ready),
  paths: () => paths.map(({ id, label }) => ({ id, label })),
  async run(pathId, source) {
    if (busy) throw new Error('the page is busy');
    setBusy('run');
    const out = { stdout: '', stderr: '' };
    try {
      const result = await runOn(pathId, source, (stream, text) => { out[stream] += text; });
      return { ...out, ...result };
    } finally {
      setBusy(null);
    }
  },
  compareResults: () => compareView.results,
};

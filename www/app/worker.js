// The playground's Web Worker: kiln's compiler and interpreter (the
// wasm-bindgen crate in playground/, built by trunk) and the modules they
// build run here, off the page's thread, so the page stays responsive and
// Stop can end any run at once by terminating the worker.
//
// Messages in:  { id, path: 'wasm' | 'interp' | 'check', source, throughput }
//   ('check' only compiles: the page marks compile errors before a server run)
// Messages out: { type: 'ready' } once loaded, then per run
//   { id, type: 'output', stream, text }   (batched; cut after OUTPUT_LIMIT characters per run)
//   { id, type: 'tick', ms }               (throughput runs: one per iteration, from driver.js's markers)
//   { id, type: 'compile-error', error }   ({ headline, line, col, endLine, endCol, rendered })
//   { id, type: 'done', exitCode, timings } ({ compile, instantiate, firstOutput, total } in ms)
//   { id, type: 'crash', message }         (a trap or internal error: the page replaces this worker)

import init, { Compiler, CompileError } from '../kiln-playground.js';
import { runWasi } from '../kiln-wasi.js';
import { TickCounter } from './driver.js';

const FILE_NAME = 'main.js';
const OUTPUT_LIMIT = 1 << 20;
const BATCH_MS = 40;

const compiler = (async () => {
  const [, runtime] = await Promise.all([
    init(),
    fetch(new URL('../runtime.wasm', import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`runtime.wasm: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  const kiln = new Compiler(new Uint8Array(runtime));
  await warmUp(kiln);
  return kiln;
})();

/**
 * Runs a tiny program once on each path before saying 'ready': the browser
 * compiles wasm code lazily, on first call, so the first run would
 * otherwise also time the browser compiling kiln itself (measured on
 * hello world: 150 ms instead of 25 ms of compile).
 */
async function warmUp(kiln) {
  const compiled = kiln.compile("console.log('warm', [1], { a: 1 })", FILE_NAME);
  try {
    await runWasi(await WebAssembly.compile(kiln.buildWasm(compiled)));
    const interpreter = compiled.interpreter({ stdout() {}, stderr() {} });
    interpreter.run();
    interpreter.free();
  } finally {
    compiled.free();
  }
}

compiler.then(
  () => postMessage({ type: 'ready' }),
  (error) => postMessage({ type: 'crash', message: `cannot load kiln: ${error.message}` }),
);

// Runs are handled one at a time, in order.
let queue = Promise.resolve();
onmessage = ({ data }) => {
  queue = queue.then(() => run(data));
};

/** Collects a run's output and sends it in batches (the page would drown in one message per line). */
class OutputChannel {
  constructor(id, throughput, startedAt) {
    this.id = id;
    this.throughput = throughput;
    this.decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
    this.pending = [];
    this.sent = 0;
    this.lastFlush = startedAt;
    this.firstOutputAt = null;
    this.ticks = new TickCounter();
    this.lastTick = null;
  }

  /** UTF-8 bytes from the interpreter (a view valid only during the call). */
  bytes(stream, bytes) {
    this.text(stream, this.decoders[stream].decode(bytes, { stream: true }));
  }

  /** Decoded output (the WASI glue decodes itself). */
  text(stream, text) {
    if (!text) return;
    const now = performance.now();
    if (this.firstOutputAt === null) this.firstOutputAt = now;
    if (!this.throughput) {
      this.push(stream, text, now);
    } else if (stream === 'stderr') {
      // Only the iteration markers matter; the program's output is dropped.
      // The first marker is the program's start; each later one ends an iteration.
      for (let n = this.ticks.feed(text); n > 0; n--) {
        if (this.lastTick !== null) postMessage({ id: this.id, type: 'tick', ms: now - this.lastTick });
        this.lastTick = now;
      }
    }
  }

  push(stream, text, now) {
    if (this.sent >= OUTPUT_LIMIT) return;
    let piece = text;
    if (this.sent + piece.length > OUTPUT_LIMIT) {
      piece = piece.slice(0, OUTPUT_LIMIT - this.sent) + '\n[the rest of the output is left out]\n';
    }
    this.sent += piece.length;
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += piece;
    else this.pending.push({ stream, text: piece });
    if (now - this.lastFlush >= BATCH_MS) this.flush(now);
  }

  flush(now = performance.now()) {
    for (const { stream, text } of this.pending) postMessage({ id: this.id, type: 'output', stream, text });
    this.pending = [];
    this.lastFlush = now;
  }

  finish() {
    for (const stream of ['stdout', 'stderr']) this.text(stream, this.decoders[stream].decode());
    this.flush();
  }
}

async function run({ id, path, source, throughput = false }) {
  const kiln = await compiler;
  const started = performance.now();
  const output = new OutputChannel(id, throughput, started);
  let compiled;
  try {
    compiled = kiln.compile(source, FILE_NAME);
  } catch (error) {
    if (!(error instanceof CompileError)) return crash(id, error);
    const { headline, line, col, endLine, endCol, rendered } = error;
    error.free();
    postMessage({ id, type: 'compile-error', error: { headline, line, col, endLine, endCol, rendered } });
    return;
  }
  const timings = {};
  let exitCode;
  if (path === 'check') {
    compiled.free();
    postMessage({ id, type: 'done', exitCode: 0, timings: { compile: performance.now() - started, total: performance.now() - started } });
    return;
  }
  try {
    if (path === 'wasm') {
      const bytes = kiln.buildWasm(compiled);
      const compiledAt = performance.now();
      timings.compile = compiledAt - started;
      const module = await WebAssembly.compile(bytes);
      exitCode = await runWasi(module, {
        onStdout: (text) => output.text('stdout', text),
        onStderr: (text) => output.text('stderr', text),
        onStart: () => {
          timings.instantiate = performance.now() - compiledAt;
        },
      });
    } else {
      const compiledAt = performance.now();
      timings.compile = compiledAt - started;
      const interpreter = compiled.interpreter({
        stdout: (bytes) => output.bytes('stdout', bytes),
        stderr: (bytes) => output.bytes('stderr', bytes),
      });
      timings.instantiate = performance.now() - compiledAt;
      // A trap inside `run` (the browser's stack running out) leaves the
      // interpreter borrowed: it is not freed then, and the page replaces
      // this worker after the crash.
      exitCode = interpreter.run();
      interpreter.free();
    }
  } catch (error) {
    output.finish();
    return crash(id, error);
  }
  compiled.free();
  output.finish();
  const ended = performance.now();
  timings.total = ended - started;
  timings.firstOutput = output.firstOutputAt === null ? null : output.firstOutputAt - started;
  postMessage({ id, type: 'done', exitCode, timings });
}

function crash(id, error) {
  let message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof RangeError && /call stack/.test(error.message)) {
    // kiln's depth limit is set so plain recursion stays within the
    // browser's stack; recursion through builtins (callbacks, getters,
    // toString) uses more of it per call than the limit counts.
    message = `kiln: the browser's stack ran out (${message}) before kiln's call-depth limit; ` +
      'recursion this deep (or through callbacks, getters and toString) needs a native path (kiln serve, or kiln run)';
  }
  postMessage({ id, type: 'crash', message });
}

// Runs programs for the page on every path. Browser paths go to the Web
// Worker (worker.js); Stop terminates it and starts a fresh one, which is
// the one way to end any run at once, even one stuck in a loop inside
// wasm. Server paths (only when the page is served by `kiln serve`) POST
// the program to /api/run, where the native engines run it in child
// processes with time and memory limits; Stop aborts the request and the
// server kills the child.

/** Browser paths, then whatever the server offers. */
export const BROWSER_PATHS = [
  { id: 'wasm', label: 'AOT wasm · browser', where: 'browser' },
  { id: 'interp', label: 'interpreter · browser', where: 'browser' },
];

/** The server's paths, or [] for a static site. */
export async function serverPaths() {
  try {
    const response = await fetch('api/engines.json', { cache: 'no-store' });
    if (!response.ok || !(response.headers.get('content-type') || '').includes('json')) return [];
    const { engines } = await response.json();
    return engines.map(({ id, label }) => ({ id: `server:${id}`, engine: id, label, where: 'server' }));
  } catch {
    return [];
  }
}

/**
 * One run's result: { exitCode, timings, stopped, compileError, crash }.
 * Handlers: onOutput(stream, text), onTick(ms).
 */
export class Runner {
  constructor() {
    this.nextId = 1;
    this.current = null;
    this.spawn();
  }

  spawn() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => {
        if (data.type === 'ready') resolve();
        else if (data.type === 'crash' && data.id === undefined) reject(new Error(data.message));
        else this.receive(data);
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        const message = `the worker failed: ${event.message || 'cannot load it'}`;
        reject(new Error(message));
        this.finish({ crash: message });
      };
    });
    // Observed by whoever awaits a run; a failed load must not be unhandled.
    this.ready.catch(() => {});
  }

  receive(data) {
    const run = this.current;
    if (!run || data.id !== run.id) return;
    if (data.type === 'output') run.handlers.onOutput?.(data.stream, data.text);
    else if (data.type === 'tick') run.handlers.onTick?.(data.ms);
    else if (data.type === 'compile-error') this.finish({ compileError: data.error });
    else if (data.type === 'done') this.finish({ exitCode: data.exitCode, timings: data.timings });
    else if (data.type === 'crash') {
      this.finish({ crash: data.message });
      this.restart();
    }
  }

  finish(result) {
    const run = this.current;
    if (!run) return;
    this.current = null;
    run.resolve(result);
  }

  restart() {
    this.worker.terminate();
    this.spawn();
  }

  get busy() {
    return this.current !== null;
  }

  /** Runs `source` on browser path `path` ('wasm' or 'interp'). */
  async run(path, source, { throughput = false, ...handlers } = {}) {
    if (this.current) throw new Error('a program is already running');
    const id = this.nextId++;
    const done = new Promise((resolve) => {
      this.current = { id, handlers, resolve };
    });
    try {
      await this.ready;
    } catch (error) {
      this.finish({ crash: error.message });
      return done;
    }
    if (this.current && this.current.id === id) this.worker.postMessage({ id, path, source, throughput });
    return done;
  }

  /** Ends the current run now (the worker is replaced). */
  stop() {
    if (!this.current) return false;
    this.restart();
    this.finish({ stopped: true });
    return true;
  }
}

/** Runs programs on `kiln serve`'s native engines. */
export class ServerRunner {
  constructor() {
    this.controller = null;
  }

  get busy() {
    return this.controller !== null;
  }

  /**
   * Returns the output and timings; a throughput run also reports its
   * iteration times through onTick, when it ends.
   */
  async run(engine, source, { throughput = false, budgetMs = 0, ...handlers } = {}) {
    if (this.controller) throw new Error('a program is already running');
    const controller = new AbortController();
    this.controller = controller;
    const query = new URLSearchParams({ engine, mode: throughput ? 'throughput' : 'run' });
    // Without a budget the server's own limit (kiln serve --timeout) applies.
    if (budgetMs) query.set('budget_ms', String(budgetMs));
    try {
      const response = await fetch(`api/run?${query}`, {
        method: 'POST', body: source, signal: controller.signal, headers: { 'content-type': 'text/javascript' },
      });
      const body = await response.json();
      if (!response.ok) return { crash: body.error || `HTTP ${response.status}` };
      if (body.stdout) handlers.onOutput?.('stdout', body.stdout);
      if (body.stderr) handlers.onOutput?.('stderr', body.stderr);
      for (const ms of body.ticks || []) handlers.onTick?.(ms);
      return {
        exitCode: body.exit_code,
        timedOut: body.timed_out,
        batched: body.batched,
        timings: { compile: null, instantiate: null, firstOutput: body.first_output_ms, total: body.total_ms },
      };
    } catch (error) {
      if (controller.signal.aborted) return { stopped: true };
      return { crash: `kiln serve: ${error.message}` };
    } finally {
      this.controller = null;
    }
  }

  stop() {
    if (!this.controller) return false;
    this.controller.abort();
    return true;
  }
}

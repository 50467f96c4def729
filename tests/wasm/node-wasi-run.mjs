//! Runs a WASI command module (kiln's AOT output) under node's own
//! `node:wasi`, the reference the embedded wasmtime host and the browser glue
//! are compared with. stdout/stderr go straight to this process's fds 1 and
//! 2; the exit code is the module's `proc_exit` code (0 if `_start` returns).
//!
//!   node --no-warnings tests/wasm/node-wasi-run.mjs app.wasm [args...]
//!
//! A trap prints `trap: <message>` to stderr and exits with 134.
//!
//! Stack depth: under node, wasm frames live on the JS thread's native stack
//! (about 984 KiB on the main thread, a few ten thousand small frames), and
//! `node --stack-size` above `ulimit -s` crashes node. So the module runs in
//! a worker thread whose stack is STACK_MB (like the 64 MiB wasm stack of
//! src/wasm_host.rs, plus room for node): no flag is needed.

import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { WASI } from 'node:wasi';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const STACK_MB = 96;

if (isMainThread) {
  const [file, ...args] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node --no-warnings node-wasi-run.mjs app.wasm [args...]\n');
    process.exit(2);
  }
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { file, args },
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  worker.on('message', (code) => {
    process.exitCode = code;
  });
  worker.on('error', (error) => {
    process.stderr.write(`trap: ${error && error.message}\n`);
    process.exitCode = 134;
  });
} else {
  const { file, args } = workerData;
  const wasi = new WASI({ version: 'preview1', args: [file, ...args], env: {}, returnOnExit: true });
  const module = await WebAssembly.compile(await readFile(file));
  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
  // Writes are synchronous writes to fds 1 and 2, so they are out before
  // the exit code reaches the main thread.
  parentPort.postMessage(wasi.start(instance));
}

//! Runs a WASI command module through the browser glue (www/kiln-wasi.js)
//! under node, so the glue is tested without a browser: tests/wasm_host.rs
//! compares what this prints with the embedded wasmtime host and node:wasi.
//!
//!   node --no-warnings tests/wasm/glue-test.mjs app.wasm
//!
//! Each `onStdout`/`onStderr` text is written to this process's stdout or
//! stderr as UTF-8, and the exit code is `runWasi`'s result. A trap prints
//! `trap: <message>` to stderr and exits with 134.

import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { runWasi } from '../../www/kiln-wasi.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node --no-warnings glue-test.mjs app.wasm\n');
  process.exit(2);
}

const out = [];
const err = [];
let code;
try {
  code = await runWasi(await readFile(file), {
    onStdout: (text) => out.push(text),
    onStderr: (text) => err.push(text),
  });
} catch (error) {
  err.push(`trap: ${error && error.message}\n`);
  code = 134;
}
// Written once at the end: the texts were already decoded, so this checks
// the glue's UTF-8 streaming rather than node's.
process.stdout.write(out.join(''));
process.stderr.write(err.join(''));
process.exitCode = code;

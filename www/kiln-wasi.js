//! Browser glue for kiln's AOT output: runs a WASI command module (exports
//! `_start` and `memory`) with just enough of wasi_snapshot_preview1 to print
//! and exit. No dependencies and no DOM use, so the same file runs under node
//! (tests/wasm/glue-test.mjs) and in a page.
//!
//!   import { runWasi } from './kiln-wasi.js';
//!   const code = await runWasi(await fetch('app.wasm'), {
//!     onStdout: (text) => out.append(text),
//!     onStderr: (text) => err.append(text),
//!   });
//!
//! `fd_write` decodes UTF-8 per fd in streaming mode, so a character split
//! across two writes arrives whole; `proc_exit` unwinds the wasm stack with a
//! private marker that `runWasi` turns into its result. Every other preview1
//! function returns ENOSYS, so a module that starts importing one still
//! instantiates.

const ESUCCESS = 0;
const EBADF = 8;
const EFAULT = 21;
const ENOSYS = 52;

// The functions of wasi_snapshot_preview1 (witx, 2020).
const PREVIEW1 = [
  'args_get', 'args_sizes_get', 'environ_get', 'environ_sizes_get',
  'clock_res_get', 'clock_time_get', 'fd_advise', 'fd_allocate', 'fd_close',
  'fd_datasync', 'fd_fdstat_get', 'fd_fdstat_set_flags',
  'fd_fdstat_set_rights', 'fd_filestat_get', 'fd_filestat_set_size',
  'fd_filestat_set_times', 'fd_pread', 'fd_prestat_get',
  'fd_prestat_dir_name', 'fd_pwrite', 'fd_read', 'fd_readdir', 'fd_renumber',
  'fd_seek', 'fd_sync', 'fd_tell', 'fd_write', 'path_create_directory',
  'path_filestat_get', 'path_filestat_set_times', 'path_link', 'path_open',
  'path_readlink', 'path_remove_directory', 'path_rename', 'path_symlink',
  'path_unlink_file', 'poll_oneoff', 'proc_exit', 'proc_raise', 'sched_yield',
  'random_get', 'sock_accept', 'sock_recv', 'sock_send', 'sock_shutdown',
];

/** Thrown by `proc_exit` through the wasm frames; never escapes `runWasi`. */
class ExitMarker {
  constructor(code) {
    this.code = code;
  }
}

/**
 * Instantiates and runs a WASI command module.
 * @param {WebAssembly.Module | BufferSource | Response | Promise<Response>} moduleOrBytes
 * @param {{ onStdout?: (text: string) => void, onStderr?: (text: string) => void, onStart?: () => void }} handlers
 *   `onStart` runs once the module is instantiated, right before `_start`
 *   (the playground times instantiation with it).
 * @returns {Promise<number>} the `proc_exit` code, or 0 when `_start` returned
 */
export async function runWasi(moduleOrBytes, { onStdout = () => {}, onStderr = () => {}, onStart = () => {} } = {}) {
  const module = await toModule(await moduleOrBytes);
  let memory = null;
  const streams = {
    1: { decoder: new TextDecoder('utf-8'), emit: onStdout },
    2: { decoder: new TextDecoder('utf-8'), emit: onStderr },
  };

  const imports = {};
  for (const name of PREVIEW1) imports[name] = () => ENOSYS;
  for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
    if (from === 'wasi_snapshot_preview1' && kind === 'function' && !(name in imports)) {
      imports[name] = () => ENOSYS;
    }
  }

  imports.fd_write = (fd, iovs, iovsLen, nwritten) => {
    const stream = streams[fd];
    if (!stream) return EBADF;
    if (!memory) return EFAULT;
    // Re-read the buffer on every call: memory.grow detaches the old one.
    const buffer = memory.buffer;
    const view = new DataView(buffer);
    const pieces = [];
    let total = 0;
    try {
      for (let i = 0; i < iovsLen; i++) {
        const ptr = view.getUint32(iovs + i * 8, true);
        const len = view.getUint32(iovs + i * 8 + 4, true);
        pieces.push(new Uint8Array(buffer, ptr, len));
        total += len;
      }
      view.setUint32(nwritten, total, true);
    } catch {
      return EFAULT; // an iovec or nwritten outside the memory
    }
    let text = '';
    for (const bytes of pieces) text += stream.decoder.decode(bytes, { stream: true });
    if (text) stream.emit(text);
    return ESUCCESS;
  };

  imports.proc_exit = (code) => {
    throw new ExitMarker(code);
  };

  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: imports });
  memory = instance.exports.memory;
  onStart();
  let exitCode = 0;
  try {
    instance.exports._start();
  } catch (error) {
    if (!(error instanceof ExitMarker)) throw error;
    exitCode = error.code;
  } finally {
    // An incomplete UTF-8 sequence at the end comes out as U+FFFD.
    for (const { decoder, emit } of Object.values(streams)) {
      const rest = decoder.decode();
      if (rest) emit(rest);
    }
  }
  return exitCode;
}

async function toModule(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (typeof Response !== 'undefined' && source instanceof Response) {
    // compileStreaming needs the `application/wasm` content type; servers
    // that send another one get the buffered path.
    if (WebAssembly.compileStreaming) {
      try {
        return await WebAssembly.compileStreaming(source.clone());
      } catch {
        // fall through
      }
    }
    return WebAssembly.compile(await source.arrayBuffer());
  }
  return WebAssembly.compile(source);
}

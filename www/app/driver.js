// The throughput run of the compare view, shared by every path (browser
// worker and `kiln serve`): the program is wrapped so it can run again
// and again in one engine instance — warm-up needs the same VM — and
// after each iteration it prints a marker line on stderr that the host
// timestamps. kiln has no JavaScript clock, and the host's clock sees
// every engine the same way.
//
// A marker is printed first, when the program starts, so every path
// times iteration 1 from the same point. Iteration 1 is the whole
// program. Later iterations call its `bench()` (or else `main()`) with no
// arguments, or run the whole program again when it defines neither.

/** The stderr line that ends an iteration (kept in step with src/serve.rs). */
export const TICK = '\u0001kiln-tick';

/**
 * `source` as a program that runs `iterations` iterations and prints
 * iterations + 1 markers. The wrapper starts on the program's first line,
 * so line numbers stay as they were.
 */
export function throughputProgram(source, iterations) {
  const n = Math.max(1, Math.floor(iterations));
  return `console.error(${JSON.stringify(TICK)}); function __kiln_program() {${source}\n` +
    ';return typeof bench === "function" ? bench : typeof main === "function" ? main : null;\n}\n' +
    'var __kiln_next = __kiln_program();\n' +
    `console.error(${JSON.stringify(TICK)});\n` +
    `for (var __kiln_i = 1; __kiln_i < ${n}; __kiln_i++) {\n` +
    '  if (__kiln_next) __kiln_next(); else __kiln_program();\n' +
    `  console.error(${JSON.stringify(TICK)});\n` +
    '}\n';
}

/**
 * Counts marker lines in stderr text that arrives in pieces, keeping an
 * unfinished line for the next piece.
 */
export class TickCounter {
  constructor() {
    this.pending = '';
  }

  /** The number of complete marker lines in `text` (plus what was pending). */
  feed(text) {
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop();
    let ticks = 0;
    for (const line of lines) if (line === TICK) ticks++;
    return ticks;
  }
}

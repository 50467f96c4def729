// A small stack-based bytecode VM with an assembler, labels, calls and errors
function assemble(src) {
  const lines = src.split('\n').map(function (l) { const c = l.indexOf(';'); return (c >= 0 ? l.slice(0, c) : l).trim(); }).filter(function (l) { return l.length; });
  const labels = {};
  const code = [];
  for (const line of lines) {
    if (line.endsWith(':')) { labels[line.slice(0, -1)] = code.length; continue; }
    const parts = line.split(' ').filter(Boolean);
    code.push({ op: parts[0].toUpperCase(), arg: parts[1] });
  }
  for (const ins of code) {
    if (ins.arg === undefined) continue;
    if (ins.arg in labels) ins.arg = labels[ins.arg];
    else if (!isNaN(Number(ins.arg))) ins.arg = Number(ins.arg);
  }
  return code;
}
function run(code, opts) {
  const stack = [], frames = [], out = [];
  const vars = {};
  let pc = 0, steps = 0;
  const limit = (opts && opts.limit) || 10000;
  function pop() { if (!stack.length) throw new RangeError('stack underflow at pc ' + (pc - 1)); return stack.pop(); }
  while (pc < code.length) {
    if (++steps > limit) throw new Error('step limit exceeded');
    const ins = code[pc++];
    switch (ins.op) {
      case 'PUSH': stack.push(ins.arg); break;
      case 'POP': pop(); break;
      case 'DUP': { const v = pop(); stack.push(v, v); break; }
      case 'SWAP': { const b = pop(), a = pop(); stack.push(b, a); break; }
      case 'ADD': { const b = pop(), a = pop(); stack.push(a + b); break; }
      case 'SUB': { const b = pop(), a = pop(); stack.push(a - b); break; }
      case 'MUL': { const b = pop(), a = pop(); stack.push(a * b); break; }
      case 'DIV': { const b = pop(), a = pop(); if (b === 0) throw new RangeError('division by zero'); stack.push(Math.trunc(a / b)); break; }
      case 'MOD': { const b = pop(), a = pop(); stack.push(a % b); break; }
      case 'LT': { const b = pop(), a = pop(); stack.push(a < b ? 1 : 0); break; }
      case 'EQ': { const b = pop(), a = pop(); stack.push(a === b ? 1 : 0); break; }
      case 'JMP': pc = ins.arg; break;
      case 'JZ': if (pop() === 0) pc = ins.arg; break;
      case 'JNZ': if (pop() !== 0) pc = ins.arg; break;
      case 'STORE': vars[ins.arg] = pop(); break;
      case 'LOAD': if (!(ins.arg in vars)) throw new ReferenceError('undefined variable ' + ins.arg); stack.push(vars[ins.arg]); break;
      case 'CALL': frames.push(pc); pc = ins.arg; break;
      case 'RET': if (!frames.length) throw new Error('return with empty call stack'); pc = frames.pop(); break;
      case 'PRINT': out.push(String(pop())); break;
      case 'HALT': return { out, steps, stack, vars };
      default: throw new SyntaxError('unknown opcode ' + ins.op);
    }
  }
  return { out, steps, stack, vars };
}
const programs = {
  countdown: `
    push 5
    store n
  loop:
    load n
    print
    load n
    push 1
    sub
    dup
    store n
    jnz loop
    halt`,
  factorial: `
    push 1
    store acc
    push 10
    store n
  top:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp top
  done:
    load acc
    print`,
  calls: `
    push 3
    call square
    print
    push 12
    call square
    print
    halt
  square:        ; ( n -- n*n )
    dup
    mul
    ret`,
  primes: `
    push 2
    store i
  outer:
    load i
    push 30
    lt
    jz end
    push 2
    store d
  inner:
    load d
    load d
    mul
    load i
    swap
    lt
    jnz isprime
    load i
    load d
    mod
    jz next
    load d
    push 1
    add
    store d
    jmp inner
  isprime:
    load i
    print
  next:
    load i
    push 1
    add
    store i
    jmp outer
  end:
    halt`,
  underflow: 'push 1\nadd',
  divzero: 'push 1\npush 0\ndiv',
  badop: 'push 1\nfrobnicate',
  undefinedVar: 'load ghost',
  forever: 'top:\njmp top',
  badret: 'ret',
};
for (const name of Object.keys(programs)) {
  const code = assemble(programs[name]);
  try {
    const r = run(code, { limit: 5000 });
    console.log(name.padEnd(12), 'ok   ', 'steps=' + String(r.steps).padStart(4), 'out=[' + r.out.join(' ') + ']', 'stack=' + JSON.stringify(r.stack));
  } catch (e) {
    console.log(name.padEnd(12), 'error', e.name + ': ' + e.message);
  }
}
console.log(assemble(programs.calls));

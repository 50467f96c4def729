// Order of valueOf/toString calls for different hints
const log = [];
function make(label, v, s) {
  return {
    valueOf() { log.push(label + '.valueOf'); return v; },
    toString() { log.push(label + '.toString'); return s; },
  };
}
const a = make('a', 1, 'A'), b = make('b', 2, 'B');
function flush(result) { const out = log.join(' '); log.length = 0; return result + '  <- ' + out; }
console.log(flush(a + b));
console.log(flush(a - b));
console.log(flush(`${a}${b}`));
console.log(flush(String(a) + String(b)));
console.log(flush(a < b));
console.log(flush(a == 1));
console.log(flush(a === 1));
console.log(flush([a, b].join('-')));
console.log(flush(a * '3'));
console.log(flush(+a));
console.log(flush(-b));
console.log(flush(a + ''));
console.log(flush(Number(b)));
const k = {}; k[a] = 'x';
console.log(flush(Object.keys(k)[0]));
console.log(flush('A' in { A: 1 } && a in { A: 1 }));
console.log(flush(Math.max(a, b)));
console.log(flush(a | 0));
console.log(flush(isNaN(b)));

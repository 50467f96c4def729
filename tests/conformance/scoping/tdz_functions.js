// TDZ with functions and closures
function early() { return later; }
try { early(); } catch (e) { console.log(e.name, e.message); }
const later = 'ready';
console.log(early());
function useClass() { return new Late(); }
try { useClass(); } catch (e) { console.log(e.name, e.message); }
class Late { constructor() { this.ok = true; } }
console.log(useClass().ok);
{
  function blockFn() { return typeof blockLet === 'undefined' ? 'no' : blockLet; }
  try { blockFn(); } catch (e) { console.log('block TDZ', e.name); }
  let blockLet = 'block let';
  console.log(blockFn());
}
let counter = 0;
const incr = () => ++counter;
incr(); incr();
console.log(counter);
try { (function () { console.log(inner); let inner = 1; })(); } catch (e) { console.log(e.name, e.message); }
try { const selfRef = selfRef; } catch (e) { console.log(e.name, e.message); }
try { let a = b, b = 1; } catch (e) { console.log(e.name, e.message); }

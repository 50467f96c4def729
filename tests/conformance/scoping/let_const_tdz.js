// let/const block scope and TDZ
let x = 'outer';
{
  let x = 'inner';
  console.log(x);
}
console.log(x);
try { console.log(y); } catch (e) { console.log(e.name, e.message); }
let y = 1;
try { z = 5; } catch (e) { console.log(e.name, e.message); }
let z;
try { typeof w; } catch (e) { console.log('typeof in TDZ:', e.name); }
let w = 0;
function readLater() { return lateLet; }
try { readLater(); } catch (e) { console.log(e.name, e.message); }
let lateLet = 'now ok';
console.log(readLater());
const c = 10;
try { c = 11; } catch (e) { console.log(e.name, e.message); }
try { c += 1; } catch (e) { console.log(e.name, e.message); }
try { c++; } catch (e) { console.log(e.name, e.message); }
console.log(c);
const obj = { v: 1 };
obj.v = 2;
console.log(obj.v);
function inner() {
  try { return shadowed; } catch (e) { return e.name; }
  let shadowed = 1;
}
console.log(inner());
{
  const k = 'k1';
  {
    const k = 'k2';
    console.log(k);
  }
  console.log(k);
}
let u;
console.log(u);
switch (1) {
  case 0: let sv = 'zero';
  case 1: try { console.log(sv); } catch (e) { console.log('switch TDZ', e.name); }
}
try { const q = q + 1; } catch (e) { console.log(e.name, e.message); }
for (const item of ['a', 'b']) console.log(item);
try { for (const i = 0; i < 2; i++) console.log('const loop', i); } catch (e) { console.log(e.name, e.message); }

// let in blocks inside loops, functions capturing block bindings
const out = [];
for (let i = 0; i < 3; i++) {
  let doubled = i * 2;
  {
    let doubled = i * 100;
    out.push(function () { return doubled; });
  }
  out.push(function () { return doubled; });
}
console.log(out.map(function (f) { return f(); }));
let x = 'outer';
if (true) { let x = 'if-block'; console.log(x); }
console.log(x);
switch (1) { case 1: { let x = 'case-block'; console.log(x); } }
console.log(x);
try { let x = 'try-block'; console.log(x); throw 0; } catch (e) { let x = 'catch-block'; console.log(x); } finally { let x = 'finally-block'; console.log(x); }
console.log(x);
const fns = {};
for (const name of ['a', 'b']) { const upper = name.toUpperCase(); fns[name] = function () { return upper; }; }
console.log(fns.a(), fns.b());

// globalThis and built-in globals
const names = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Function', 'Math', 'JSON', 'Map', 'Set', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'console', 'globalThis', 'NaN', 'Infinity', 'undefined'];
for (const n of names) console.log(n.padEnd(16), typeof globalThis[n], n in globalThis);
globalThis.customGlobal = 42;
console.log(customGlobal, typeof customGlobal, 'customGlobal' in globalThis);
customGlobal++;
console.log(globalThis.customGlobal);
delete globalThis.customGlobal;
console.log(typeof customGlobal);
try { customGlobal; } catch (e) { console.log(e.name, e.message); }
console.log(globalThis.globalThis === globalThis, typeof globalThis.notThere);

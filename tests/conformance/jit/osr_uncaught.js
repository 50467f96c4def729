// An exception thrown after OSR that nothing catches ends the program as
// it would in the interpreter (stdout so far, exit code 1).
let s = 0;
for (let i = 0; i < 100; i++) {
  s += i;
  if (i === 50) {
    console.log('about to throw', s);
    throw new TypeError('uncaught after ' + i + ' iterations');
  }
}
console.log('never');

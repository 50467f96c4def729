// Prints some lines, then an uncaught Error: stdout so far + exit code 1
console.log('line 1');
console.log('line 2');
function fail() { throw new Error('fatal problem'); }
fail();
console.log('never printed');

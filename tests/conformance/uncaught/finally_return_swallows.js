// A finally with return swallows the exception: exit 0
function f() {
  try { throw new Error('swallowed'); } finally { return 'finally returned'; }
}
console.log(f());
console.log('exit normally');

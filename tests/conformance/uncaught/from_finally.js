// An exception thrown from a finally block replaces the pending return
function f() {
  try {
    console.log('in try');
    return 'value';
  } finally {
    console.log('in finally');
    throw new RangeError('thrown from finally');
  }
}
console.log('result', f());

// finally blocks run before the uncaught exit
function work() {
  try {
    console.log('working');
    throw new TypeError('bad type');
  } finally {
    console.log('cleanup 1');
  }
}
try {
  work();
} finally {
  console.log('cleanup 2');
}
console.log('never');

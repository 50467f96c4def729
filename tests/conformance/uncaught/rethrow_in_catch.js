// A catch block that rethrows; inner finally runs
try {
  try {
    throw new RangeError('first');
  } catch (e) {
    console.log('caught', e.name, e.message);
    throw new Error('second, from catch');
  } finally {
    console.log('inner finally');
  }
} finally {
  console.log('outer finally');
}

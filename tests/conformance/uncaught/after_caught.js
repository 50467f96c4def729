// One error is caught, a later one is not
try {
  throw new Error('handled');
} catch (e) {
  console.log('caught:', e.message);
}
console.log('continuing');
const config = null;
console.log(config.port);

// Uncaught exception thrown inside a forEach callback
const items = ['a', 'b', 'c'];
items.forEach(function (item, i) {
  console.log('processing', item);
  if (i === 1) throw new Error('failed on ' + item);
});
console.log('never');

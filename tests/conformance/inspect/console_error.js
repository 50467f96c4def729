// console.error goes to stderr (not compared); stdout interleaving stays exact
console.log('to stdout 1');
console.error('to stderr');
console.log('to stdout 2');
console.error({ a: 1 });
console.log('done');

// Throwing an array uncaught
console.log([1, 2, 3].map(function (x) { return x * 2; }));
throw [1, 'two', { three: 3 }];

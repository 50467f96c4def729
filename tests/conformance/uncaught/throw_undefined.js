// Throwing undefined uncaught
console.log('before');
throw undefined;

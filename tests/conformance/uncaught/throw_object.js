// Throwing a plain object uncaught
console.log({ before: true });
throw { code: 42, reason: 'object thrown' };

// Throwing a number and null uncaught, after a loop
for (let i = 0; i < 3; i++) console.log('i =', i);
throw 7;

// Uncaught TypeError from assigning to a const inside a loop
const limit = 3;
for (let i = 0; i < 5; i++) {
  console.log('i', i);
  if (i === 2) limit = 10;
}

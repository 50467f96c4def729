// Uncaught user-defined Error subclass
class AppError extends Error {
  constructor(msg, code) { super(msg); this.name = 'AppError'; this.code = code; }
}
console.log('starting');
function run(step) {
  if (step === 3) throw new AppError('step failed', 500);
  console.log('step', step);
}
for (let s = 1; s <= 5; s++) run(s);

// Uncaught RangeError from infinite recursion: exit code 1, never a crash
console.log('recursing');
function down(n) { return down(n + 1) + 1; }
down(0);

// Uncaught TypeError reading a property of null, deep in calls
function a(x) { return b(x); }
function b(x) { return x.value.length; }
console.log(a({ value: 'ok' }));
console.log(a({ value: null }));

// Several finally blocks run innermost-first before the uncaught exit
function a() { try { b(); } finally { console.log('finally a'); } }
function b() { try { c(); } finally { console.log('finally b'); } }
function c() { try { throw new TypeError('from c'); } finally { console.log('finally c'); } }
console.log('start');
a();

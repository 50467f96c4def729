// every/some/find stop early; forEach never does
const visits = [];
const data = [1, 2, 3, 4, 5];
console.log(data.every(function (v) { visits.push('every' + v); return v < 3; }), visits.join(' '));
visits.length = 0;
console.log(data.some(function (v) { visits.push('some' + v); return v === 2; }), visits.join(' '));
visits.length = 0;
console.log(data.find(function (v) { visits.push('find' + v); return v > 3; }), visits.join(' '));
visits.length = 0;
data.forEach(function (v) { visits.push('fe' + v); if (v === 2) return; });
console.log(visits.join(' '));
visits.length = 0;
console.log(data.includes(3), data.indexOf(4), data.findLast(function (v) { visits.push('fl' + v); return v < 3; }), visits.join(' '));
try { data.forEach(function (v) { if (v === 3) throw new Error('stop at ' + v); }); } catch (e) { console.log(e.message); }
console.log([].every(function () { return false; }), [].some(function () { return true; }), [].find(function () { return true; }));

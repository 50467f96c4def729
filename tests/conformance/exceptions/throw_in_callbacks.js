// Exceptions propagate out of callbacks (forEach, map, sort, replace, JSON)
function attempt(label, fn) { try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, 'caught', e.message); } }
attempt('forEach', function () { [1, 2, 3].forEach(function (v) { if (v === 2) throw new Error('forEach at ' + v); }); });
attempt('map', function () { [1, 2].map(function (v) { throw new Error('map ' + v); }); });
attempt('sort', function () { [3, 1, 2].sort(function () { throw new Error('comparator'); }); });
attempt('replace', function () { 'abc'.replace('b', function () { throw new Error('replacer'); }); });
attempt('JSON replacer', function () { JSON.stringify({ a: 1 }, function (k, v) { if (k === 'a') throw new Error('json replacer'); return v; }); });
attempt('JSON reviver', function () { JSON.parse('[1]', function (k, v) { if (k === '0') throw new Error('reviver'); return v; }); });
attempt('toJSON', function () { JSON.stringify({ toJSON: function () { throw new Error('toJSON'); } }); });
attempt('valueOf', function () { return { valueOf: function () { throw new Error('valueOf'); } } + 1; });
attempt('toString', function () { return `${{ toString: function () { throw new Error('toString'); } }}`; });
attempt('Map forEach', function () { new Map([[1, 2]]).forEach(function () { throw new Error('map forEach'); }); });
attempt('reduce', function () { [1, 2].reduce(function () { throw new Error('reduce'); }); });
attempt('Array.from', function () { Array.from([1], function () { throw new Error('from mapFn'); }); });
const partial = [];
attempt('partial', function () { [1, 2, 3, 4].forEach(function (v) { if (v === 3) throw new Error('stopped'); partial.push(v); }); });
console.log(partial);

// String methods called on non-strings via call, and with odd arguments
const sp = String.prototype;
console.log(sp.toUpperCase.call(true), sp.slice.call(12345, 1, 3), sp.indexOf.call(1234, 3), sp.split.call(1.5, '.'));
console.log(sp.padStart.call(7, 3, 0), sp.repeat.call(1, 3), sp.trim.call(' x '), sp.includes.call([1, 2], ','));
try { sp.toUpperCase.call(null); } catch (e) { console.log(e.name); }
try { sp.trim.call(undefined); } catch (e) { console.log(e.name); }
console.log('abc'.slice('1'), 'abc'.charAt('2'), 'abc'.at('-1'), 'abc'.substring('x', 2), 'a-b'.split('-', '1'));
console.log('abc'.indexOf('c', '1'), 'abc'.padEnd('5', 'xy'), 'abc'.startsWith('b', '1'), 'aaa'.lastIndexOf('a', '1'));
console.log('x'.concat(1, 2, [3, 4], {}, null), 'ab'.repeat('2'), 'abc'.at(), 'abc'.at(NaN), 'abc'.at(Infinity));
console.log('Hello'.toLowerCase().toUpperCase().split('').reverse().join(''));

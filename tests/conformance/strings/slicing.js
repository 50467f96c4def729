// slice / substring / substr
const s = 'abcdefghij';
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2), s.slice(0, 100), s.slice(100));
console.log(s.slice(), s.slice(NaN), s.slice(1.9, 3.9), s.slice(-100, 2), s.slice('2', '4'), s.slice(undefined, 3));
console.log(s.substring(2), s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(-3, 2), s.substring(NaN, 3));
console.log(s.substring(0, 100), s.substring(100, 0), s.substring(3, 3) === '', s.substring(1.5, 4.5));
console.log(s.substr(2), s.substr(2, 3), s.substr(-3), s.substr(-3, 2), s.substr(2, -1) === '', s.substr(100), s.substr(0, 0) === '');
console.log(s.substr(NaN, 2), s.substr(1, NaN) === '', s.substr(-100, 3), s.substr(3, Infinity));
console.log('😀abc'.slice(1).length, '😀abc'.slice(0, 1) === '\ud83d', '😀abc'.substring(2));
for (let i = -4; i <= 4; i++) console.log(i, JSON.stringify(s.slice(i, i + 3)), JSON.stringify(s.substring(i, i + 3)), JSON.stringify(s.substr(i, 3)));

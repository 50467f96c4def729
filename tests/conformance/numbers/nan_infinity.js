// NaN and Infinity propagation
console.log(NaN + 1, NaN * 0, NaN - NaN, NaN === NaN, NaN !== NaN, [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(Infinity + 1, Infinity - 1, Infinity * 0, Infinity / Infinity, -Infinity * -1, Infinity > Number.MAX_VALUE);
console.log(1 / Infinity, -1 / Infinity, Object.is(-1 / Infinity, -0), Infinity % 1, 1 % Infinity);
console.log(Math.max(NaN, 1), Math.min(Infinity, 5), Math.round(NaN), Math.sqrt(-Infinity), Math.abs(-Infinity));
console.log(isNaN(NaN), isNaN('NaN'), Number.isNaN('NaN'), isFinite(Infinity), isFinite(-1e308 * 10));
console.log(parseInt('Infinity'), parseFloat('Infinity'), Number('Infinity'), Number('-infinity'), +'Infinity');
console.log(String(NaN), String(Infinity), NaN.toString(), (-Infinity).toFixed(2), Infinity.toString(2));
console.log(typeof NaN, typeof Infinity, NaN || 'falsy', Infinity || 'x', !NaN, !Infinity);
console.log(JSON.stringify([NaN, Infinity, -Infinity]), [NaN, Infinity].join());
const arr = [3, NaN, 1, Infinity, -Infinity, 0];
console.log(arr.filter(Number.isFinite), arr.filter(function (x) { return x === x; }).length);

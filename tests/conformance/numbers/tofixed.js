// Number.prototype.toFixed
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (3.5).toFixed(0));
console.log((0).toFixed(2), (-0).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (-1.5).toFixed(0));
console.log((123.456).toFixed(0), (123.456).toFixed(1), (123.456).toFixed(2), (123.456).toFixed(5));
console.log((0.1).toFixed(20), (0.3).toFixed(20));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (12345678901234567890).toFixed(3));
console.log((-1.005).toFixed(2), (-0.0001).toFixed(2), (-0.5).toFixed(0));
console.log((NaN).toFixed(2), (Infinity).toFixed(1), (-Infinity).toFixed(0));
console.log((1.23e-10).toFixed(2), (1.23e-10).toFixed(12), (5e-7).toFixed(6), (5e-7).toFixed(7));
console.log((10.235).toFixed(2), (8.345).toFixed(2), (1.0049999).toFixed(3));
console.log((99.995).toFixed(2), (0.045).toFixed(2), (4.35).toFixed(1));
console.log((1).toFixed(), (1.6).toFixed(), (2 ** 53).toFixed(1));
console.log((0.000001).toFixed(7), (123).toFixed(100).length);
for (let i = 0; i <= 10; i++) console.log(i, (i / 8).toFixed(2), (i * 1.1).toFixed(3), (i / 3).toFixed(4));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { (1).toFixed(-1); } catch (e) { console.log(e.name); }
console.log((25).toFixed('1'), (2.345).toFixed(2.9));

// toPrecision and toExponential-like behaviour of toPrecision
console.log((123.456).toPrecision(1), (123.456).toPrecision(2), (123.456).toPrecision(3), (123.456).toPrecision(4));
console.log((123.456).toPrecision(7), (123.456).toPrecision(10));
console.log((0.000123).toPrecision(2), (0.000001234).toPrecision(2), (0.0000001234).toPrecision(2));
console.log((1e21).toPrecision(3), (1.5e-7).toPrecision(1), (99.99).toPrecision(3), (9.99).toPrecision(1));
console.log((0).toPrecision(1), (0).toPrecision(5), (-0).toPrecision(2), (-1.5).toPrecision(1));
console.log((123456).toPrecision(2), (123456).toPrecision(6), (123456).toPrecision(8));
console.log((1).toPrecision(), (1.23).toPrecision(undefined), (NaN).toPrecision(2), (Infinity).toPrecision(3));
console.log((5e-324).toPrecision(3), (1.7976931348623157e308).toPrecision(4));
console.log((2.5).toPrecision(1), (3.5).toPrecision(1), (1.25).toPrecision(2), (1.35).toPrecision(2));
for (let p = 1; p <= 21; p += 4) console.log(p, Math.PI.toPrecision(p), (1 / 3).toPrecision(p));
try { (1).toPrecision(0); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { (1).toPrecision(101); } catch (e) { console.log(e.name); }

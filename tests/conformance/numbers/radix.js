// toString(radix)
console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
console.log((-255).toString(16), (0).toString(2), (-0).toString(2));
console.log((0.5).toString(2), (0.1).toString(2), (0.75).toString(16), (3.25).toString(4));
console.log((2 ** 53).toString(2), (2 ** 53).toString(36), (2 ** 32).toString(16));
console.log((123456789).toString(36), (35).toString(36), (36).toString(36));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
console.log((1e21).toString(16), (1e21).toString(10), (10).toString(10));
console.log((0.1).toString(3), (1 / 3).toString(3));
for (let r = 2; r <= 36; r += 5) console.log(r, (1000).toString(r), (-12.5).toString(r));
try { (10).toString(1); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { (10).toString(37); } catch (e) { console.log(e.name); }
console.log((15).toString(undefined), (4095).toString('16'));

// Int32 fast paths at their edges: overflow into doubles, -0, shifts by
// large counts, increments past the int32 range, bitwise ops on doubles.
function add(a, b) { return a + b; }
function sub(a, b) { return a - b; }
function mul(a, b) { return a * b; }
function div(a, b) { return a / b; }
function inc(x) { x++; return x; }
function dec(x) { x--; return x; }
function bits(a, b) { return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b]; }
for (var i = 0; i < 30; i++) { add(i, i); sub(i, i); mul(i, i); div(i, 1); inc(i); dec(i); bits(i, 3); }
console.log(add(2147483647, 1), add(-2147483648, -1), sub(-2147483648, 1));
console.log(mul(65536, 65536), mul(-1, 0), 1 / mul(-1, 0), mul(0, -5));
console.log(div(1, 0), div(-1, 0), div(0, 0), div(6, 3), div(7, 2), 1 / div(0, -3));
console.log(inc(2147483647), dec(-2147483648), inc(1.5), dec('5'), inc(undefined));
console.log(bits(-1, 31), bits(1, 32), bits(1, 33), bits(2147483647, -1));
console.log(bits(1.9, 2.9), bits(4294967296, 1), bits('12', '2'));
console.log(add('a', 1), add(1, '2'), add(null, 1), add(true, 1), sub('10', 3));
var s = 0;
for (var k = 0; k < 100; k++) s = add(s, 2147483600);
console.log(s);
var t = 2147483640;
for (var m = 0; m < 20; m++) t++;
console.log(t);

// Sparse arrays: huge lengths and indices stay cheap; holes print like node
const a = [];
a[5] = 'five';
console.log(a.length, a, 3 in a, 5 in a);
const big = [];
big[1000000] = 1;
console.log(big.length, Object.keys(big));
const huge = [];
huge[4294967294] = 'last';
console.log(huge.length, huge[4294967294]);
const sized = new Array(4294967295);
console.log(sized.length, sized[10]);
const t = [1, 2, 3, 4, 5];
t.length = 2;
console.log(t, t.length);
t.length = 6;
console.log(t);
const s = [0, , 2, , 4];
console.log(s, s.length, s.indexOf(undefined), s.includes(undefined));
console.log(s.map((x) => x * 2));
const filled = [];
filled[3] = 'd';
filled[1] = 'b';
console.log(filled.join('-'), Object.keys(filled));
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { [].length = 4294967296; } catch (e) { console.log(e.name, e.message); }

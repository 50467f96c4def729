// %d %i %f with many inputs
const inputs = [42, -42, 4.7, -4.7, '42', '4.7abc', 'abc', '', null, undefined, true, [], [3], {}, NaN, Infinity, -0, 1e21, 0.1];
for (const v of inputs) console.log('%d | %i | %f', v, v, v);
console.log('%d%d', 1, 2, 3);
console.log('%i', 99.99, 'trailing');

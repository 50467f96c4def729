// Top-level primitives
console.log(1, -1, 0, -0, 1.5, NaN, Infinity, -Infinity, 1e21, 1e-7);
console.log('plain string', "dq", 'with \'quote\'', 'multi\nline');
console.log(true, false, null, undefined);
console.log();
console.log('');
console.log(' ', '  ');
console.log('a', 'b', 'c');
console.log(1, 'one', true, null, undefined, [], {});
console.log('tab\tin', 'cr\r', 'nul\0x'.length);
console.log(-0 + 0, [-0], { z: -0 }, [0 * -1]);
console.log(2 ** 53, 123456789012345680000, 0.1 + 0.2);

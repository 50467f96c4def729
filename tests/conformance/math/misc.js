// Math misc: clz32, imul, random determinism-free checks, typeof
console.log(typeof Math, typeof Math.random(), Math.random() >= 0 && Math.random() < 1);
let allIn = true;
for (let i = 0; i < 1000; i++) { const r = Math.random(); if (!(r >= 0 && r < 1)) allIn = false; }
console.log('random in [0,1)', allIn);
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(1000), Math.clz32(-1), Math.clz32(2 ** 32), Math.clz32(0.5), Math.clz32(NaN));
console.log(Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0xfffffffe, 5), Math.imul(65536, 65536));
console.log(Math.abs(-2147483648), Math.abs(-Number.MAX_VALUE), Math.max.apply(null, [1, 5, 3]), Math.min.apply(Math, [4, 2]));
function round2(x) { return Math.round(x * 100) / 100; }
console.log(round2(1.005), round2(2.675), round2(1.255), round2(-1.005));
const mean = [2, 4, 4, 4, 5, 5, 7, 9].reduce(function (a, b) { return a + b; }) / 8;
const sd = Math.sqrt([2, 4, 4, 4, 5, 5, 7, 9].map(function (x) { return (x - mean) ** 2; }).reduce(function (a, b) { return a + b; }) / 8);
console.log(mean, sd);
console.log(Object.prototype.toString.call(Math), Math.toString());

// -0 everywhere
const nz = -0;
console.log(nz, [nz], { nz }, String(nz), nz + '', `${nz}`, JSON.stringify(nz), nz.toString(), nz.toFixed(1));
console.log(Object.is(nz, 0), nz === 0, nz == 0, 1 / nz, Math.sign(nz), Object.is(Math.abs(nz), 0));
console.log(Object.is(0 * -1, -0), Object.is(-0 + 0, 0), Object.is(-0 - 0, -0), Object.is(0 - 0, 0), Object.is(-0 * -0, 0));
console.log(Object.is(Math.round(-0.2), -0), Object.is(Math.floor(-0), -0), Object.is(Math.ceil(-0.9), -0), Object.is(-0 % 1, -0));
console.log(Object.is(parseFloat('-0'), -0), Object.is(Number('-0'), -0), Object.is(JSON.parse('-0'), -0), Object.is(-'0', -0));
console.log(Object.is(-0 | 0, 0), Object.is(~~-0, 0), Object.is(-0 >>> 0, 0), Object.is(Math.trunc(-0.5), -0));
console.log([0, -0, 0].indexOf(-0), [-0].includes(0), new Set([0, -0]).size, new Map([[-0, 'a']]).has(0));
console.log(Math.max(-0, 0), Math.min(-0, 0), Math.max(0, -0), Math.min(0, -0));
console.log((-0).toPrecision(3), (-0).toString(16), (-0).toFixed(0));
console.log([-0].join(), [-0] + '', String([-0, -0]));

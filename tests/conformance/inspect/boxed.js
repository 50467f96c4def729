// Boxed primitives
console.log(new Number(3), new Number(-0), new Number(NaN), new String('abc'), new Boolean(false), new Boolean(true));
console.log([new Number(1), new String(''), new Boolean(true)]);
console.log({ n: new Number(1.5), s: new String("it's") });
const s = new String('xy');
s.extra = 1;
console.log(s);
const n = new Number(7);
n.prop = 'p';
console.log(n);
console.log(Object(1), Object('s'), Object(true));

// charCodeAt on every receiver and position kind: flat strings, ropes built
// by +=, String wrappers, coerced receivers, and positions that are int32,
// doubles, strings, negative, out of range or missing.
let rope = "";
for (let i = 0; i < 200; i++) rope += String.fromCharCode(65 + (i % 26));
let sum = 0;
for (let i = 0; i < rope.length; i++) sum += rope.charCodeAt(i);
console.log(rope.length, sum, rope.charCodeAt(199), rope.charCodeAt(200));
const wrapper = new String("héllo");
console.log(wrapper.charCodeAt(1), String.prototype.charCodeAt.call(12345, 2), String.prototype.charCodeAt.call(true, 0));
const s = "a\u{1F600}z";
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(3), s.charCodeAt(4));
console.log(s.charCodeAt(1.9), s.charCodeAt("3"), s.charCodeAt(-0), s.charCodeAt(-1), s.charCodeAt(NaN), s.charCodeAt(), s.charCodeAt(2 ** 32));
console.log(s.charCodeAt({ valueOf() { return 3; } }), s.charCodeAt(null), s.charCodeAt(Infinity));
try {
  String.prototype.charCodeAt.call(undefined, 0);
} catch (e) {
  console.log(e.name, e.message);
}

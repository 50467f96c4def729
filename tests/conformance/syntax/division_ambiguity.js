// Division vs. other slashes (no regex literals in Level 1)
const a = 10, b = 2, c = 5;
console.log(a / b / c, a / (b / c), a/b/c, (a) / b);
const arr = [8, 4];
console.log(arr[0] / arr[1], arr.length / 2);
let x = 9;
x /= 3;
console.log(x, x / 3 / 1);
function half(n) { return n / 2; }
console.log(half(7) / 2, half(1) / half(2));
const obj = { v: 6 };
console.log(obj.v / 3, `${obj.v / 4}`, 1 / 3 * 3);
console.log(4 / 2 /* comment */ / 2, 1 // line comment
  / 4);
console.log(typeof (a / b), 0 / 5, -0 / 5, 5 / -0);

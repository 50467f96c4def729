// Loop variables that are int32 when the frame moves into baseline code
// and overflow to doubles afterwards (and back): the compiled fast paths
// must box them as the interpreter does.
function grows() {
  let x = 2147483600;
  for (let i = 0; i < 80; i++) x += 1;
  return [x, x - 80, x | 0, x % 7];
}
function shrinks() {
  let y = -2147483600;
  let i = 0;
  while (i < 80) { y -= 1; i++; }
  return [y, y + 80, y >> 0];
}
function doubling() {
  let v = 1, steps = 0;
  do { v *= 2; steps++; } while (v < 1e20);
  return [v, steps, v / 1e20];
}
function counterOverflows() {
  let n = 0;
  for (let i = 2147483630; i < 2147483660; i++) n += i % 3;
  return n;
}
function mixed() {
  let acc = 0;
  for (let i = 0; i < 40; i++) acc = acc + (i % 2 ? 0.5 : 1);
  let back = acc * 4;
  for (let i = 0; i < 30; i++) back -= 2;
  return [acc, back, 1 / (back * 0 - 0)];
}
console.log(grows().join());
console.log(shrinks().join());
console.log(doubling().join());
console.log(counterOverflows());
console.log(mixed().join());
let big = 2147483640;
for (let i = 0; i < 30; i++) big++;
console.log(big, big - 30);

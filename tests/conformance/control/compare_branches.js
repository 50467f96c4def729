// Comparisons used as if/loop/conditional tests (compiled to fused
// compare-and-branch ops): every operand kind, evaluation order, throws.
const values = [0, -0, 1, -1, 2.5, NaN, Infinity, -Infinity, "1", "10", "9", "a", "", null, undefined, true, false, [], [2], {}];
const names = ["<", "<=", ">", ">=", "===", "!=="];
for (let i = 0; i < names.length; i++) {
  const op = names[i];
  let line = "";
  for (const x of values) {
    for (const y of values) {
      let taken;
      switch (i) {
        case 0: if (x < y) taken = 1; else taken = 0; break;
        case 1: if (x <= y) taken = 1; else taken = 0; break;
        case 2: if (x > y) taken = 1; else taken = 0; break;
        case 3: if (x >= y) taken = 1; else taken = 0; break;
        case 4: if (x === y) taken = 1; else taken = 0; break;
        case 5: if (x !== y) taken = 1; else taken = 0; break;
      }
      line += taken;
    }
  }
  console.log(op, line);
}

// Both operands are evaluated, left first, and converted in the spec's order.
function loud(name, v) {
  return { valueOf() { console.log("valueOf", name); return v; } };
}
if (loud("a", 1) < loud("b", 2)) console.log("a < b");
if (loud("c", 1) > loud("d", 2)) console.log("c > d"); else console.log("not c > d");
if (loud("e", 3) >= loud("f", 3)) console.log("e >= f");
if (loud("g", 3) <= loud("h", 2)) console.log("g <= h"); else console.log("not g <= h");

// The right operand may change the left's variable.
let i = 1;
if (i < (i = 5)) console.log("old i was compared");
let j = 7;
while (j > (j -= 2)) { if (j < 0) break; }
console.log("j", j);

// Loops whose tests cross int32 into doubles and strings.
let n = 2147483640;
let steps = 0;
while (n < 2147483650) { n += 3; steps++; }
console.log(n, steps);
let f = 0;
for (; f <= 1; f += 0.25) {}
console.log(f);
let s = "";
while (s !== "aaaa") s += "a";
console.log(s);
let k = 10;
do { k -= 3; } while (k >= 0);
console.log(k);
console.log([1, 2, 3].map((v) => (v === 2 ? "two" : v < 2 ? "small" : "big")).join());

// Strings built at run time are equal by content.
const built = ["x", "y"].join("");
if (built === "xy") console.log("built equal");
if (built !== "x" + "y") console.log("unexpected"); else console.log("concat equal");

// A comparison that throws inside a loop test is catchable.
const refuses = { valueOf() { throw new TypeError("no number here"); } };
try {
  for (let t = 0; t < refuses; t++) {}
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
let countdown = 3;
const bomb = { valueOf() { if (--countdown === 0) throw new Error("boom"); return 100; } };
try {
  let w = 0;
  while (w < bomb) w++;
} catch (e) {
  console.log("caught", e.message, countdown);
}

// Tests combining comparisons with !, && and ||: short-circuit order and
// every truth combination, including non-boolean operands.
const seen = [];
function t(name, v) { seen.push(name); return v; }
const truthy = [0, 1, "", "x", null, undefined, NaN, {}];
let table = "";
for (const a of truthy) {
  for (const b of truthy) {
    table += (a && b) ? "1" : "0";
    table += (a || b) ? "1" : "0";
    table += !(a && !b) ? "1" : "0";
    if (!a || b) table += "y"; else table += "n";
  }
}
console.log(table);
for (const pair of [[1, 2], [2, 1], [NaN, 1], ["b", "a"]]) {
  const x = pair[0], y = pair[1];
  seen.length = 0;
  if (t("x<y", x < y) && t("x!==1", x !== 1) || t("y>=x", y >= x) && !t("y===2", y === 2)) seen.push("then");
  else seen.push("else");
  console.log(x, y, seen.join(" "));
}
let spins = 0;
while (!(spins >= 3) && (spins < 10 || spins === -1)) spins++;
console.log("spins", spins);
do { spins--; } while (spins > 0 && !(spins === 1));
console.log("spins", spins);
const picks = [5, 50, 500].map((v) => (v < 10 || v > 100 ? (v !== 5 && v === 500 ? "big" : "small") : "mid"));
console.log(picks.join());

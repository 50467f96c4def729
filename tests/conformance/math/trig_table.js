// Trigonometry at special angles (rounded to avoid last-digit noise)
function r(x) { const v = Math.round(x * 1e10) / 1e10; return v === 0 ? 0 : v; }
for (let deg = -180; deg <= 180; deg += 30) {
  const rad = deg * Math.PI / 180;
  console.log(String(deg).padStart(4), r(Math.sin(rad)), r(Math.cos(rad)), Math.abs(deg) === 90 ? 'inf' : r(Math.tan(rad)));
}
console.log(r(Math.asin(0.5) * 180 / Math.PI), r(Math.acos(0.5) * 180 / Math.PI), r(Math.atan(1) * 4), r(Math.atan2(1, -1) * 180 / Math.PI));
console.log(Math.sin(Math.PI), Math.cos(Math.PI / 2), Math.tan(Math.PI / 4), Math.sin(Math.PI / 6));
console.log(r(Math.hypot(3, 4, 12)), r(Math.sqrt(2) ** 2), r(Math.cbrt(-64)), r(Math.exp(Math.log(10))));

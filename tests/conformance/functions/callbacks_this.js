// this inside callbacks: forEach thisArg, arrows, bound methods
const counter = {
  total: 0,
  addAll(list) { list.forEach(function (v) { this.total += v; }, this); return this.total; },
  addArrow(list) { list.forEach(v => { this.total += v; }); return this.total; },
};
console.log(counter.addAll([1, 2, 3]), counter.addArrow([10]));
const ctx = { prefix: '>' };
console.log(['a', 'b'].map(function (s) { return this.prefix + s; }, ctx));
console.log([1, 2, 3].filter(function (v) { return v > this.min; }, { min: 1 }));
console.log([1, 2, 3].some(function (v) { return v === this.target; }, { target: 3 }));
class Timer {
  constructor() { this.ticks = 0; }
  tickAll(n) { for (let i = 0; i < n; i++) this.callLater(this.tick.bind(this)); return this.ticks; }
  callLater(cb) { cb(); }
  tick() { this.ticks++; }
}
console.log(new Timer().tickAll(4));
function strictCallback() { 'use strict'; return [1].map(function () { return this; })[0]; }
function sloppyCallback() { return [1].map(function () { return this === globalThis; })[0]; }
console.log(strictCallback(), sloppyCallback());
const button = { label: 'OK', handlers: [], on(fn) { this.handlers.push(fn); }, click() { return this.handlers.map(h => h.call(this)); } };
button.on(function () { return 'clicked ' + this.label; });
button.on(function () { return this.handlers.length; });
console.log(button.click());

// Class instances with various contents
class Empty {}
class One { constructor() { this.a = 1; } }
class Many { constructor() { for (let i = 0; i < 12; i++) this['field' + i] = i; } }
class Nested { constructor() { this.child = new One(); this.list = [new Empty(), new One()]; } }
class WithMap { constructor() { this.m = new Map([['k', new One()]]); this.s = new Set([new Empty()]); } }
console.log(new Empty(), new One(), new Nested(), new WithMap());
console.log(new Many());
console.log([new Many()].length, { deep: { deeper: { inst: new One() } } });
class Long { constructor() { this.description = 'x'.repeat(60); this.id = 1; } }
console.log(new Long());
function Legacy() { this.v = 1; }
Legacy.prototype.method = function () {};
console.log(new Legacy(), [new Legacy()], { l: new Legacy() });

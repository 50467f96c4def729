// Classes customizing toString/valueOf/toJSON
class Money {
  constructor(cents, cur) { this.cents = cents; this.cur = cur; }
  valueOf() { return this.cents; }
  toString() { return (this.cents / 100).toFixed(2) + ' ' + this.cur; }
  toJSON() { return { amount: this.cents / 100, currency: this.cur }; }
}
const a = new Money(1050, 'EUR'), b = new Money(299, 'EUR');
console.log(String(a), `${b}`, a + b, a > b, a - b, [a, b].join(' & '), JSON.stringify({ a, b }));
console.log(a);
console.log([a, b].sort(function (x, y) { return x - y; }).map(String));
class Version {
  constructor(s) { const p = s.split('.').map(Number); this.major = p[0]; this.minor = p[1]; this.patch = p[2]; }
  compare(o) { return this.major - o.major || this.minor - o.minor || this.patch - o.patch; }
  toString() { return 'v' + this.major + '.' + this.minor + '.' + this.patch; }
}
const versions = ['1.10.0', '1.2.3', '0.9.12', '1.2.10', '2.0.0'].map(function (s) { return new Version(s); });
console.log(versions.sort(function (x, y) { return x.compare(y); }).join(' < '));
console.log(versions.map(String).sort().join(' '));

// this in object methods
const account = {
  owner: 'Ann',
  balance: 100,
  deposit(n) { this.balance += n; return this; },
  withdraw(n) { if (n > this.balance) return 'insufficient'; this.balance -= n; return this; },
  report() { return this.owner + ': ' + this.balance; },
};
console.log(account.deposit(50).withdraw(30).report(), account.withdraw(1000));
const other = { owner: 'Bob', balance: 5, report: account.report };
console.log(other.report());
const obj = {
  val: 'outer',
  inner: { val: 'inner', get() { return this.val; } },
  arrowLater() { return [1].map(() => this.val)[0]; },
  fnLater() { return [1].map(function () { return this === undefined ? 'undef' : typeof this; })[0]; },
};
console.log(obj.inner.get(), obj.arrowLater(), obj.fnLater());
const calc = {
  total: 0,
  add(x) { this.total += x; return this; },
  mul(x) { this.total *= x; return this; },
};
console.log(calc.add(2).mul(5).add(1).total);
const lookup = { key: 'k', fn() { return this['key']; } };
console.log(lookup['fn'](), (lookup.fn)());

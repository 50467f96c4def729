// Bank account simulation with classes, errors and a transaction log
class InsufficientFunds extends Error {
  constructor(account, amount) {
    super('Insufficient funds in ' + account.id + ': balance ' + account.balance().toFixed(2) + ', requested ' + amount.toFixed(2));
    this.name = 'InsufficientFunds';
  }
}
let nextAccountId = 1;
class Account {
  constructor(owner, opening) {
    this.id = 'ACC' + String(nextAccountId++).padStart(3, '0');
    this.owner = owner;
    this.cents = Math.round((opening || 0) * 100);
    this.history = [];
  }
  balance() { return this.cents / 100; }
  deposit(amount) {
    if (!(amount > 0)) throw new RangeError('Deposit must be positive');
    this.cents += Math.round(amount * 100);
    this.history.push({ type: 'deposit', amount });
    return this;
  }
  withdraw(amount) {
    if (Math.round(amount * 100) > this.cents) throw new InsufficientFunds(this, amount);
    this.cents -= Math.round(amount * 100);
    this.history.push({ type: 'withdraw', amount });
    return this;
  }
  monthEnd() {}
  toString() { return this.id + ' ' + this.owner.padEnd(6) + ' ' + this.balance().toFixed(2).padStart(10); }
}
class Savings extends Account {
  constructor(owner, opening, rate) { super(owner, opening); this.rate = rate; }
  monthEnd() {
    const interest = Math.floor(this.cents * this.rate / 12);
    this.cents += interest;
    this.history.push({ type: 'interest', amount: interest / 100 });
  }
}
class Checking extends Account {
  constructor(owner, opening, overdraft) { super(owner, opening); this.overdraft = overdraft; }
  withdraw(amount) {
    if (Math.round(amount * 100) > this.cents + this.overdraft * 100) throw new InsufficientFunds(this, amount);
    this.cents -= Math.round(amount * 100);
    this.history.push({ type: 'withdraw', amount });
    return this;
  }
  monthEnd() { if (this.cents < 0) { this.cents -= 2500; this.history.push({ type: 'fee', amount: 25 }); } }
}
class Bank {
  constructor(name) { this.name = name; this.accounts = new Map(); this.log = []; }
  open(kind, owner, opening, extra) {
    const acct = kind === 'savings' ? new Savings(owner, opening, extra) : kind === 'checking' ? new Checking(owner, opening, extra) : new Account(owner, opening);
    this.accounts.set(acct.id, acct);
    this.log.push('open ' + acct.id + ' (' + acct.constructor.name + ') for ' + owner);
    return acct.id;
  }
  transfer(from, to, amount) {
    const a = this.accounts.get(from), b = this.accounts.get(to);
    if (!a || !b) throw new Error('Unknown account ' + (a ? to : from));
    a.withdraw(amount);
    b.deposit(amount);
    this.log.push('transfer ' + amount.toFixed(2) + ' ' + from + ' -> ' + to);
  }
  try(label, fn) {
    try { fn(); this.log.push('ok: ' + label); }
    catch (e) { this.log.push('FAILED: ' + label + ' (' + e.name + ': ' + e.message + ')'); }
  }
  total() { let t = 0; for (const a of this.accounts.values()) t += a.cents; return t / 100; }
}
const bank = new Bank('First JS Bank');
const alice = bank.open('savings', 'Alice', 1000, 0.05);
const bob = bank.open('checking', 'Bob', 50, 100);
const carol = bank.open('basic', 'Carol', 0);
bank.try('alice deposits 250.75', function () { bank.accounts.get(alice).deposit(250.75); });
bank.try('bob withdraws 120', function () { bank.accounts.get(bob).withdraw(120); });
bank.try('bob withdraws 100 more', function () { bank.accounts.get(bob).withdraw(100); });
bank.try('carol withdraws 1', function () { bank.accounts.get(carol).withdraw(1); });
bank.try('transfer alice->carol 300.10', function () { bank.transfer(alice, carol, 300.1); });
bank.try('transfer carol->ghost', function () { bank.transfer(carol, 'ACC999', 5); });
bank.try('negative deposit', function () { bank.accounts.get(carol).deposit(-5); });
bank.try('NaN deposit', function () { bank.accounts.get(carol).deposit(NaN); });
for (let month = 1; month <= 3; month++) {
  for (const acct of bank.accounts.values()) acct.monthEnd();
  console.log('after month ' + month + ':');
  for (const acct of bank.accounts.values()) console.log('  ' + acct);
}
console.log(bank.log.join('\n'));
console.log('total', bank.total().toFixed(2));
for (const acct of bank.accounts.values()) {
  const summary = {};
  for (const h of acct.history) summary[h.type] = Math.round(((summary[h.type] || 0) + h.amount) * 100) / 100;
  console.log(acct.id, summary);
}
console.log(bank.accounts.get(alice) instanceof Account, bank.accounts.get(bob) instanceof Savings);

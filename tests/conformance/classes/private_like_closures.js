// Encapsulation without private fields: closures in constructors
class Account {
  constructor(owner) {
    let balance = 0;
    const log = [];
    this.owner = owner;
    this.deposit = function (n) { balance += n; log.push('+' + n); return balance; };
    this.withdraw = function (n) { if (n > balance) throw new Error('insufficient'); balance -= n; log.push('-' + n); return balance; };
    this.balance = function () { return balance; };
    this.history = function () { return log.join(' '); };
  }
}
const acct = new Account('ann');
acct.deposit(100);
acct.withdraw(30);
try { acct.withdraw(500); } catch (e) { console.log(e.message); }
console.log(acct.balance(), acct.history(), acct.balance, Object.keys(acct));
const other = new Account('bob');
console.log(other.balance(), acct.deposit === other.deposit);

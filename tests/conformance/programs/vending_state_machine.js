// A vending machine as an explicit state machine with transitions and an audit trail
const PRODUCTS = { A1: { name: 'Water', price: 100, stock: 2 }, A2: { name: 'Soda', price: 150, stock: 1 }, B1: { name: 'Chips', price: 125, stock: 0 } };
const COINS = [200, 100, 50, 25, 10, 5];
function makeMachine() {
  let state = 'idle';
  let credit = 0;
  let selection = null;
  const bank = { 200: 2, 100: 2, 50: 2, 25: 4, 10: 5, 5: 5 };
  const audit = [];
  function transition(to, why) { audit.push(state + ' -> ' + to + ' (' + why + ')'); state = to; }
  function makeChange(amount) {
    const out = [];
    for (const c of COINS) {
      while (amount >= c && bank[c] > 0) { amount -= c; bank[c]--; out.push(c); }
    }
    if (amount !== 0) { for (const c of out) bank[c]++; return null; }
    return out;
  }
  const handlers = {
    idle: {
      coin: function (v) { if (!COINS.includes(v)) return 'rejected coin ' + v; credit += v; bank[v]++; transition('hasCredit', 'coin ' + v); return 'credit ' + credit; },
      select: function () { return 'insert coins first'; },
      cancel: function () { return 'nothing to cancel'; },
    },
    hasCredit: {
      coin: function (v) { if (!COINS.includes(v)) return 'rejected coin ' + v; credit += v; bank[v]++; return 'credit ' + credit; },
      select: function (code) {
        const p = PRODUCTS[code];
        if (!p) return 'unknown product ' + code;
        if (p.stock === 0) return p.name + ' sold out';
        if (credit < p.price) return 'need ' + (p.price - credit) + ' more for ' + p.name;
        const change = makeChange(credit - p.price);
        if (change === null) return 'cannot make change, use exact amount';
        selection = code;
        transition('vending', 'selected ' + code);
        p.stock--;
        credit = 0;
        const msg = 'vend ' + p.name + (change.length ? ', change ' + change.join('+') : '');
        transition('idle', 'vended');
        return msg;
      },
      cancel: function () {
        const back = makeChange(credit);
        credit = 0;
        transition('idle', 'cancelled');
        return 'returned ' + (back ? back.join('+') : 'nothing?!');
      },
    },
  };
  return {
    send: function (event, arg) {
      const h = handlers[state] && handlers[state][event];
      if (!h) throw new TypeError('no handler for ' + event + ' in state ' + state);
      return h(arg);
    },
    state: function () { return state; },
    audit: audit,
    bank: bank,
    lastSelection: function () { return selection; },
  };
}
const m = makeMachine();
const script = [
  ['select', 'A1'], ['coin', 3], ['coin', 100], ['select', 'A2'], ['coin', 25], ['coin', 25], ['select', 'A2'],
  ['coin', 200], ['select', 'B1'], ['select', 'Z9'], ['select', 'A2'], ['select', 'A1'],
  ['coin', 50], ['cancel'], ['cancel'], ['coin', 200], ['select', 'A1'], ['coin', 100], ['select', 'A1'], ['refund'],
];
for (const step of script) {
  let result;
  try { result = m.send(step[0], step[1]); } catch (e) { result = e.name + ': ' + e.message; }
  console.log((step[0] + (step[1] !== undefined ? ' ' + step[1] : '')).padEnd(12), '|', m.state().padEnd(9), '|', result);
}
console.log(m.audit);
console.log(m.bank, m.lastSelection());
console.log(Object.keys(PRODUCTS).map(function (k) { return k + ':' + PRODUCTS[k].stock; }).join(' '));

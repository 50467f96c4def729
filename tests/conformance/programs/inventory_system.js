// Inventory/order system: class hierarchy, polymorphism, validation errors, reports
class ValidationError extends Error { constructor(msg) { super(msg); this.name = 'ValidationError'; } }
class OutOfStock extends Error { constructor(sku, want, have) { super(sku + ': wanted ' + want + ', only ' + have + ' left'); this.name = 'OutOfStock'; this.sku = sku; } }
class Product {
  constructor(sku, name, priceCents) {
    if (typeof sku !== 'string' || !sku) throw new ValidationError('bad sku');
    if (!Number.isInteger(priceCents) || priceCents < 0) throw new ValidationError('bad price for ' + sku);
    this.sku = sku; this.name = name; this.priceCents = priceCents;
  }
  category() { return 'general'; }
  taxRate() { return 0.08; }
  describe() { return '[' + this.category() + '] ' + this.name; }
}
class Food extends Product {
  constructor(sku, name, price, perishable) { super(sku, name, price); this.perishable = perishable; }
  category() { return 'food'; }
  taxRate() { return 0.02; }
  describe() { return super.describe() + (this.perishable ? ' (perishable)' : ''); }
}
class Electronics extends Product {
  constructor(sku, name, price, warrantyYears) { super(sku, name, price); this.warrantyYears = warrantyYears; }
  category() { return 'electronics'; }
  taxRate() { return 0.1; }
}
class Book extends Product {
  category() { return 'books'; }
  taxRate() { return 0; }
}
function money(c) { return (c < 0 ? '-' : '') + '$' + (Math.abs(c) / 100).toFixed(2); }
class Inventory {
  constructor() { this.items = new Map(); this.stock = new Map(); }
  add(product, qty) { this.items.set(product.sku, product); this.stock.set(product.sku, (this.stock.get(product.sku) || 0) + qty); }
  take(sku, qty) {
    const have = this.stock.get(sku);
    if (have === undefined) throw new ValidationError('unknown sku ' + sku);
    if (have < qty) throw new OutOfStock(sku, qty, have);
    this.stock.set(sku, have - qty);
    return this.items.get(sku);
  }
}
class Order {
  constructor(id) { this.id = id; this.lines = []; }
  addLine(product, qty) { this.lines.push({ product, qty }); }
  totals() {
    let sub = 0, tax = 0;
    for (const l of this.lines) {
      const lineTotal = l.product.priceCents * l.qty;
      sub += lineTotal;
      tax += Math.round(lineTotal * l.product.taxRate());
    }
    const discount = sub > 10000 ? Math.round(sub * 0.05) : 0;
    return { sub, tax, discount, total: sub + tax - discount };
  }
}
const inv = new Inventory();
inv.add(new Food('F-APL', 'Apples (1kg)', 399, true), 10);
inv.add(new Food('F-RCE', 'Rice (5kg)', 1299, false), 4);
inv.add(new Electronics('E-HDP', 'Headphones', 7999, 2), 2);
inv.add(new Book('B-SIC', 'SICP', 4550), 1);
inv.add(new Product('G-MUG', 'Mug', 850), 6);
for (const bad of [function () { return new Product('', 'x', 1); }, function () { return new Product('X', 'x', 1.5); }, function () { return new Book('B', 'b', -1); }]) {
  try { bad(); } catch (e) { console.log(e.name + ': ' + e.message, e instanceof ValidationError, e instanceof Error); }
}
const requests = [
  ['o1', [['F-APL', 3], ['B-SIC', 1], ['G-MUG', 2]]],
  ['o2', [['E-HDP', 2], ['F-RCE', 1]]],
  ['o3', [['B-SIC', 1]]],
  ['o4', [['X-NOPE', 1]]],
  ['o5', [['F-APL', 7], ['G-MUG', 4]]],
];
const done = [];
for (const r of requests) {
  const order = new Order(r[0]);
  try {
    for (const line of r[1]) order.addLine(inv.take(line[0], line[1]), line[1]);
    const t = order.totals();
    done.push(order);
    console.log(order.id, 'lines=' + order.lines.length, 'sub=' + money(t.sub), 'tax=' + money(t.tax), 'disc=' + money(t.discount), 'total=' + money(t.total));
  } catch (e) {
    console.log(order.id, 'rejected:', e.name, '-', e.message, e instanceof OutOfStock ? '(sku ' + e.sku + ')' : '');
  }
}
for (const o of done) for (const l of o.lines) console.log(' ', o.id, l.product.describe().padEnd(32), 'x' + l.qty, l.product.constructor.name);
console.log('stock left', inv.stock);
const byCategory = {};
for (const p of inv.items.values()) (byCategory[p.category()] = byCategory[p.category()] || []).push(p.sku);
console.log(byCategory);
const revenue = done.reduce(function (s, o) { return s + o.totals().total; }, 0);
console.log('revenue', money(revenue), 'orders', done.length);

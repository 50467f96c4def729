// Chained transformations
const orders = [
  { id: 1, customer: 'ann', items: [{ sku: 'a', qty: 2, price: 3.5 }, { sku: 'b', qty: 1, price: 10 }] },
  { id: 2, customer: 'bob', items: [{ sku: 'a', qty: 5, price: 3.5 }] },
  { id: 3, customer: 'ann', items: [] },
  { id: 4, customer: 'cy', items: [{ sku: 'c', qty: 1, price: 99.99 }, { sku: 'a', qty: 1, price: 3.5 }] },
];
const totals = orders.map(function (o) { return { id: o.id, customer: o.customer, total: o.items.reduce(function (s, i) { return s + i.qty * i.price; }, 0) }; });
console.log(totals);
console.log(totals.filter(function (t) { return t.total > 0; }).map(function (t) { return t.customer + ':' + t.total.toFixed(2); }).join(', '));
const skus = orders.flatMap(function (o) { return o.items.map(function (i) { return i.sku; }); });
console.log(skus, Array.from(new Set(skus)).sort());
const qtyBySku = orders.flatMap(function (o) { return o.items; }).reduce(function (acc, i) { acc[i.sku] = (acc[i.sku] || 0) + i.qty; return acc; }, {});
console.log(qtyBySku);
const best = totals.slice().sort(function (a, b) { return b.total - a.total; })[0];
console.log(best, totals.some(function (t) { return t.total === 0; }), totals.every(function (t) { return t.id > 0; }));
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter(function (n) { return n % 2; }).map(function (n) { return n * n; }).reduce(function (a, b) { return a + b; }));
console.log(['  Ann ', 'BOB', ' cy'].map(function (s) { return s.trim().toLowerCase(); }).filter(function (s) { return s.length > 2; }).map(function (s) { return s[0].toUpperCase() + s.slice(1); }));

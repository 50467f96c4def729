// LRU cache built on Map's insertion order, with hit/miss statistics
class LRUCache {
  constructor(capacity) {
    if (!(capacity > 0)) throw new RangeError('capacity must be positive');
    this.capacity = capacity;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
    this.evicted = [];
  }
  get(key) {
    if (!this.map.has(key)) { this.misses++; return undefined; }
    const v = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, v);
    this.hits++;
    return v;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
      this.evicted.push(oldest);
    }
    this.map.set(key, value);
    return this;
  }
  keys() { return Array.from(this.map.keys()); }
  stats() { return { size: this.map.size, hits: this.hits, misses: this.misses, hitRate: (this.hits / (this.hits + this.misses || 1)).toFixed(3) }; }
}
const cache = new LRUCache(3);
cache.set('a', 1).set('b', 2).set('c', 3);
console.log(cache.keys());
console.log(cache.get('a'), cache.keys());
cache.set('d', 4);
console.log(cache.keys(), cache.evicted);
console.log(cache.get('b'), cache.get('c'), cache.keys());
cache.set('a', 'A!');
cache.set('e', 5);
console.log(cache.keys(), cache.evicted, cache.map);
console.log(cache.stats());
function memoizeLRU(fn, cap) {
  const c = new LRUCache(cap);
  const wrapped = function (n) {
    const hit = c.get(n);
    if (hit !== undefined) return hit;
    const v = fn(n);
    c.set(n, v);
    return v;
  };
  wrapped.cache = c;
  return wrapped;
}
let computations = 0;
const slowSquare = memoizeLRU(function (n) { computations++; return n * n; }, 4);
const calls = [1, 2, 3, 1, 2, 4, 5, 1, 6, 2, 3, 3, 3];
console.log(calls.map(slowSquare).join(' '));
console.log('computations', computations, slowSquare.cache.stats(), slowSquare.cache.keys());
const pageCache = new LRUCache(2);
const accessLog = ['/home', '/about', '/home', '/contact', '/about', '/home', '/home'];
for (const url of accessLog) {
  const cached = pageCache.get(url);
  console.log(url.padEnd(9), cached === undefined ? 'MISS' : 'HIT ', cached === undefined ? pageCache.set(url, '<html>' + url + '</html>').keys() : pageCache.keys());
}
try { new LRUCache(0); } catch (e) { console.log(e.name, e.message); }
const objKeys = new LRUCache(2);
const k1 = { id: 1 }, k2 = { id: 2 }, k3 = { id: 3 };
objKeys.set(k1, 'one').set(k2, 'two').set(k3, 'three');
console.log(objKeys.get(k1), objKeys.get(k3), objKeys.evicted);

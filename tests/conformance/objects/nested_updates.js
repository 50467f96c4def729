// Deep nested updates, copying and comparison helpers
const state = { user: { name: 'ann', prefs: { theme: 'dark', langs: ['en'] } }, items: [{ id: 1, qty: 2 }] };
function clone(v) { return JSON.parse(JSON.stringify(v)); }
const copy = clone(state);
copy.user.prefs.theme = 'light';
copy.user.prefs.langs.push('fr');
copy.items[0].qty++;
console.log(state.user.prefs, state.items, copy.user.prefs, copy.items);
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(function (k) { return deepEqual(a[k], b[k]); });
}
console.log(deepEqual(state, clone(state)), deepEqual(state, copy), deepEqual([1, [2]], [1, [2]]), deepEqual({ a: 1 }, { a: '1' }));
function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) { if (!(keys[i] in cur)) cur[keys[i]] = {}; cur = cur[keys[i]]; }
  cur[keys[keys.length - 1]] = value;
  return obj;
}
function getPath(obj, path) { return path.split('.').reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj); }
const cfg = {};
setPath(cfg, 'server.http.port', 8080);
setPath(cfg, 'server.http.host', 'localhost');
setPath(cfg, 'debug', true);
console.log(cfg, getPath(cfg, 'server.http.port'), getPath(cfg, 'server.nope.port'), getPath(cfg, 'debug'));
function merge(a, b) {
  const out = Object.assign({}, a);
  for (const k of Object.keys(b)) {
    out[k] = (typeof a[k] === 'object' && a[k] && typeof b[k] === 'object' && !Array.isArray(b[k])) ? merge(a[k], b[k]) : b[k];
  }
  return out;
}
console.log(merge({ a: 1, n: { x: 1, y: 2 }, l: [1] }, { b: 2, n: { y: 3, z: 4 }, l: [2] }));

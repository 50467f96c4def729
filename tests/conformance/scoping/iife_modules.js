// IIFE module pattern with private state
const Counter = (function () {
  let count = 0;
  const history = [];
  function record(op) { history.push(op + ':' + count); }
  return {
    inc: function () { count++; record('inc'); return this; },
    dec: function () { count--; record('dec'); return this; },
    value: function () { return count; },
    history: function () { return history.slice(); },
  };
})();
Counter.inc().inc().dec().inc();
console.log(Counter.value(), Counter.history(), typeof count);
const Config = (function () {
  const defaults = { debug: false, level: 1 };
  const settings = Object.assign({}, defaults);
  return {
    set(k, v) { if (!(k in defaults)) throw new Error('unknown setting ' + k); settings[k] = v; },
    get(k) { return settings[k]; },
    reset() { Object.assign(settings, defaults); },
    dump() { return JSON.stringify(settings); },
  };
}());
Config.set('debug', true);
console.log(Config.dump());
try { Config.set('colour', 'red'); } catch (e) { console.log(e.message); }
Config.reset();
console.log(Config.dump(), Config.get('level'));
const ids = (() => { let next = 100; return () => next++; })();
console.log(ids(), ids(), ids());

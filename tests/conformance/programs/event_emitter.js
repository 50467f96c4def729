// Event emitter with closures: on/once/off, wildcard listeners, error isolation
function createEmitter() {
  const listeners = new Map();
  let emitted = 0;
  function on(event, fn) {
    if (!listeners.has(event)) listeners.set(event, []);
    listeners.get(event).push(fn);
    return function off() {
      const list = listeners.get(event) || [];
      const i = list.indexOf(fn);
      if (i >= 0) list.splice(i, 1);
    };
  }
  function once(event, fn) {
    const off = on(event, function wrapper(payload) { off(); fn(payload); });
    return off;
  }
  function emit(event, payload) {
    emitted++;
    const list = (listeners.get(event) || []).slice().concat((listeners.get('*') || []).slice());
    let delivered = 0;
    for (const fn of list) {
      try { fn(payload, event); delivered++; }
      catch (e) { console.log('  listener error on ' + event + ': ' + e.message); }
    }
    return delivered;
  }
  function count(event) { return (listeners.get(event) || []).length; }
  return { on, once, emit, count, stats: function () { return { emitted, events: Array.from(listeners.keys()) }; } };
}
const bus = createEmitter();
const log = [];
const offA = bus.on('data', function (p) { log.push('A:' + p); });
bus.on('data', function (p) { log.push('B:' + p); });
bus.once('data', function (p) { log.push('once:' + p); });
bus.on('*', function (p, ev) { log.push('*' + ev); });
console.log('delivered', bus.emit('data', 1));
console.log('delivered', bus.emit('data', 2));
offA();
offA();
console.log('delivered', bus.emit('data', 3));
console.log(log.join(' '));
bus.on('boom', function () { throw new Error('listener exploded'); });
bus.on('boom', function (p) { console.log('  second boom listener still runs', p); });
console.log('delivered', bus.emit('boom', 'payload'));
console.log(bus.count('data'), bus.count('boom'), bus.count('nothing'), bus.stats());

function createStore(reducer, initial) {
  let state = initial;
  const subs = bus;
  return {
    getState: function () { return state; },
    dispatch: function (action) {
      const prev = state;
      state = reducer(state, action);
      subs.emit('change', { action: action.type, prev: prev, next: state });
    },
  };
}
function counterReducer(state, action) {
  switch (action.type) {
    case 'inc': return { count: state.count + (action.by || 1), history: state.history.concat('inc') };
    case 'dec': return { count: state.count - 1, history: state.history.concat('dec') };
    case 'reset': return { count: 0, history: [] };
    default: return state;
  }
}
const store = createStore(counterReducer, { count: 0, history: [] });
bus.on('change', function (c) { console.log('  change', c.action, c.prev.count, '->', c.next.count, c.prev === c.next ? '(same)' : ''); });
store.dispatch({ type: 'inc' });
store.dispatch({ type: 'inc', by: 5 });
store.dispatch({ type: 'dec' });
store.dispatch({ type: 'unknown' });
console.log(store.getState());
store.dispatch({ type: 'reset' });
console.log(store.getState());
const timeline = [];
const clock = { t: 0, queue: [] };
function schedule(delay, fn) { clock.queue.push({ at: clock.t + delay, fn: fn, seq: clock.queue.length }); }
function runAll() {
  while (clock.queue.length) {
    clock.queue.sort(function (a, b) { return a.at - b.at || a.seq - b.seq; });
    const next = clock.queue.shift();
    clock.t = next.at;
    next.fn();
  }
}
schedule(30, function () { timeline.push('t30'); });
schedule(10, function () { timeline.push('t10'); schedule(5, function () { timeline.push('t15 nested'); }); });
schedule(10, function () { timeline.push('t10 second'); });
schedule(0, function () { timeline.push('t0'); });
runAll();
console.log(timeline.join(', '), 'final time', clock.t);

// OSR in loops that meet exceptions: a loop inside try/finally (left by
// return, break and throw through the finally), a loop inside catch, a
// loop whose body throws after OSR (caught in the frame, or by a caller
// still running in the interpreter), and OSR in a constructor's frame.
function inTryFinally(n) {
  const log = [];
  try {
    for (let i = 0; i < n; i++) {
      if (i === 33) return 'returned at ' + i;
      log.push(i);
    }
  } finally {
    log.push('finally');
    console.log('finally ran, logged', log.length);
  }
  return 'fell through';
}
function breakThroughFinally() {
  let s = 0;
  for (let i = 0; i < 50; i++) {
    try {
      if (i === 30) break;
      s += i;
    } finally {
      s += 1000;
    }
  }
  return s;
}
function inCatch() {
  try {
    null.x;
  } catch (e) {
    let s = 0;
    for (let i = 0; i < 40; i++) s += i;
    return e.constructor.name + ' ' + s;
  }
}
function throwsAfterOsr() {
  let i = 0;
  try {
    while (true) {
      i++;
      if (i === 25) throw new RangeError('at ' + i);
    }
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
function throwsToCaller(limit) {
  let s = 0;
  for (let i = 0; i < 100; i++) {
    s += i;
    if (i === limit) throw new Error('escaped with ' + s);
  }
  return s;
}
function callerCatches() {
  try {
    return throwsToCaller(30);
  } catch (e) {
    return 'caller caught: ' + e.message;
  }
}
function nestedTry() {
  const log = [];
  for (let i = 0; i < 30; i++) {
    try {
      try {
        if (i % 7 === 6) throw i;
      } finally {
        if (i % 7 === 6) log.push('f' + i);
      }
    } catch (v) {
      log.push('c' + v);
    }
  }
  return log.join();
}
function Counter(n) {
  this.steps = 0;
  for (let i = 0; i < n; i++) this.steps += 2;
  this.done = true;
}
function ReturnsObject(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return { replaced: s };
}
console.log(inTryFinally(50));
console.log(breakThroughFinally());
console.log(inCatch());
console.log(throwsAfterOsr());
console.log(callerCatches());
console.log(nestedTry());
const c = new Counter(30);
console.log(c.steps, c.done, c instanceof Counter);
console.log(JSON.stringify(new ReturnsObject(30)));
try {
  for (let i = 0; ; i++) {
    if (i === 40) undefinedFunction(i);
  }
} catch (e) {
  console.log('top level caught', e.name);
}

// switch with strings, expressions and shared bodies
function httpStatus(code) {
  switch (Math.floor(code / 100)) {
    case 2: return 'success';
    case 3: return 'redirect';
    case 4:
      switch (code) {
        case 404: return 'not found';
        case 401:
        case 403: return 'auth problem';
        default: return 'client error';
      }
    case 5: return 'server error';
    default: return 'unknown';
  }
}
console.log([200, 204, 301, 401, 403, 404, 418, 500, 600, 99].map(httpStatus).join(' | '));
function dayType(d) {
  switch (d.toLowerCase()) {
    case 'sat':
    case 'sun':
      return 'weekend';
    case 'mon': case 'tue': case 'wed': case 'thu': case 'fri':
      return 'weekday';
  }
  return 'invalid';
}
console.log(['Mon', 'SAT', 'sun', 'Fri', 'xyz', ''].map(dayType).join(' '));
function calc(op, a, b) {
  let r;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/': if (b === 0) { r = 'div by zero'; break; } r = a / b; break;
    default: r = 'bad op ' + op;
  }
  return r;
}
console.log(calc('+', 2, 3), calc('-', 2, 3), calc('*', 2, 3), calc('/', 2, 0), calc('/', 7, 2), calc('%', 1, 1));
const x = '5';
switch (x) { case 5: console.log('number 5'); break; case '5': console.log('string 5'); break; }
switch (undefined) { case null: console.log('null'); break; case undefined: console.log('undefined matched'); }

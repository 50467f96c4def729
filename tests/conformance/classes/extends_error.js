// class X extends Error
class ValidationError extends Error {
  constructor(field, msg) {
    super(msg);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class NotFound extends Error {}
try { throw new ValidationError('email', 'bad email'); } catch (e) {
  console.log(e.name, e.message, e.field, e instanceof ValidationError, e instanceof Error, String(e));
  console.log(Object.prototype.toString.call(e), typeof e.stack, e.constructor.name);
}
const nf = new NotFound('gone');
console.log(nf.name, nf.message, String(nf), nf instanceof NotFound, nf.constructor === NotFound);
class HttpError extends Error {
  constructor(status) { super('HTTP ' + status); this.status = status; }
  isClient() { return this.status >= 400 && this.status < 500; }
}
class Http404 extends HttpError { constructor() { super(404); this.name = 'Http404'; } }
const h = new Http404();
console.log(h.message, h.status, h.name, h.isClient(), h instanceof HttpError, String(h));
function classify(e) {
  if (e instanceof Http404) return 'not found';
  if (e instanceof HttpError) return 'http';
  if (e instanceof TypeError) return 'type';
  if (e instanceof Error) return 'error';
  return 'other:' + typeof e;
}
console.log([h, new HttpError(500), new TypeError('t'), new Error('e'), 'str', 42].map(classify));
const e0 = new Error();
console.log(JSON.stringify(e0.message), String(e0), e0.name);
const e1 = new Error('msg');
e1.name = 'Custom';
console.log(String(e1));
const e2 = new Error('m2');
e2.name = '';
console.log(String(e2));
console.log(Object.keys(new ValidationError('f', 'm')));
console.log(Error.prototype.name, TypeError.prototype.name, Error.prototype.message === '');

// Uncaught error from a method call chain on a class instance
class Parser {
  constructor(text) { this.text = text; this.pos = 0; }
  expect(ch) {
    if (this.text[this.pos] !== ch) throw new SyntaxError('expected ' + ch + ' at ' + this.pos);
    this.pos++;
    return this;
  }
}
const p = new Parser('(()');
p.expect('(').expect('(').expect(')');
console.log('matched three, pos', p.pos);
p.expect(')');
console.log('never');

// Recursive-descent arithmetic parser and evaluator with variables and errors
class Lexer {
  constructor(src) { this.src = src; this.pos = 0; }
  tokens() {
    const out = [];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === ' ') { this.pos++; continue; }
      if ((ch >= '0' && ch <= '9') || ch === '.') {
        let start = this.pos;
        while (this.pos < this.src.length && ((this.src[this.pos] >= '0' && this.src[this.pos] <= '9') || this.src[this.pos] === '.')) this.pos++;
        out.push({ type: 'num', value: parseFloat(this.src.slice(start, this.pos)) });
        continue;
      }
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
        let start = this.pos;
        while (this.pos < this.src.length && /* ident */ ((this.src[this.pos] >= 'a' && this.src[this.pos] <= 'z') || (this.src[this.pos] >= 'A' && this.src[this.pos] <= 'Z') || (this.src[this.pos] >= '0' && this.src[this.pos] <= '9'))) this.pos++;
        out.push({ type: 'id', value: this.src.slice(start, this.pos) });
        continue;
      }
      if ('+-*/^(),='.includes(ch)) { out.push({ type: ch }); this.pos++; continue; }
      throw new SyntaxError('Unexpected character ' + JSON.stringify(ch) + ' at ' + this.pos);
    }
    out.push({ type: 'eof' });
    return out;
  }
}
class Parser {
  constructor(tokens) { this.t = tokens; this.i = 0; }
  peek() { return this.t[this.i]; }
  eat(type) {
    const tok = this.t[this.i];
    if (tok.type !== type) throw new SyntaxError('Expected ' + type + ' but found ' + tok.type);
    this.i++;
    return tok;
  }
  statement() {
    if (this.peek().type === 'id' && this.t[this.i + 1].type === '=') {
      const name = this.eat('id').value;
      this.eat('=');
      return { kind: 'assign', name, expr: this.expr() };
    }
    return this.expr();
  }
  expr() {
    let left = this.term();
    while (this.peek().type === '+' || this.peek().type === '-') {
      const op = this.eat(this.peek().type).type;
      left = { kind: 'bin', op, left, right: this.term() };
    }
    return left;
  }
  term() {
    let left = this.factor();
    while (this.peek().type === '*' || this.peek().type === '/') {
      const op = this.eat(this.peek().type).type;
      left = { kind: 'bin', op, left, right: this.factor() };
    }
    return left;
  }
  factor() {
    const base = this.unary();
    if (this.peek().type === '^') { this.eat('^'); return { kind: 'bin', op: '^', left: base, right: this.factor() }; }
    return base;
  }
  unary() {
    if (this.peek().type === '-') { this.eat('-'); return { kind: 'neg', expr: this.unary() }; }
    return this.primary();
  }
  primary() {
    const tok = this.peek();
    if (tok.type === 'num') { this.i++; return { kind: 'num', value: tok.value }; }
    if (tok.type === 'id') {
      this.i++;
      if (this.peek().type === '(') {
        this.eat('(');
        const args = [];
        if (this.peek().type !== ')') { args.push(this.expr()); while (this.peek().type === ',') { this.eat(','); args.push(this.expr()); } }
        this.eat(')');
        return { kind: 'call', name: tok.value, args };
      }
      return { kind: 'var', name: tok.value };
    }
    if (tok.type === '(') { this.eat('('); const e = this.expr(); this.eat(')'); return e; }
    throw new SyntaxError('Unexpected ' + tok.type);
  }
}
const env = { pi: Math.PI, e: Math.E };
const fns = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs, hyp: function (a, b) { return Math.sqrt(a * a + b * b); } };
function evaluate(node) {
  switch (node.kind) {
    case 'num': return node.value;
    case 'neg': return -evaluate(node.expr);
    case 'var':
      if (!(node.name in env)) throw new ReferenceError('Unknown variable ' + node.name);
      return env[node.name];
    case 'assign': return (env[node.name] = evaluate(node.expr));
    case 'call':
      if (!fns[node.name]) throw new TypeError(node.name + ' is not a known function');
      return fns[node.name].apply(null, node.args.map(evaluate));
    case 'bin': {
      const l = evaluate(node.left), r = evaluate(node.right);
      switch (node.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': if (r === 0) throw new RangeError('Division by zero'); return l / r;
        case '^': return l ** r;
      }
    }
  }
  throw new Error('bad node ' + node.kind);
}
function show(node) {
  switch (node.kind) {
    case 'num': return String(node.value);
    case 'var': return node.name;
    case 'neg': return '(-' + show(node.expr) + ')';
    case 'assign': return node.name + ' := ' + show(node.expr);
    case 'call': return node.name + '(' + node.args.map(show).join(', ') + ')';
    default: return '(' + show(node.left) + ' ' + node.op + ' ' + show(node.right) + ')';
  }
}
const inputs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', 'x = 4', 'y = x * 2.5', 'x + y', 'hyp(3, 4) + max(1, 7, 3)',
  '10 / 4', '1 / 0', 'z + 1', 'foo(1)', '3 +', '2 * (3 + 4', '4 $ 4', 'sqrt(2) * sqrt(2)', '0.1 + 0.2', 'pi * 2', '--3', 'min()'];
for (const src of inputs) {
  try {
    const ast = new Parser(new Lexer(src).tokens()).statement();
    console.log(src.padEnd(28), '=>', show(ast).padEnd(36), '=', evaluate(ast));
  } catch (err) {
    console.log(src.padEnd(28), '=>', err.name + ': ' + err.message);
  }
}
console.log(env);

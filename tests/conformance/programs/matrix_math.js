// Matrix class: multiply, transpose, determinant, inverse, solving linear systems
class Matrix {
  constructor(rows) { this.rows = rows; this.n = rows.length; this.m = rows[0] ? rows[0].length : 0; }
  static identity(n) {
    const rows = [];
    for (let i = 0; i < n; i++) { const r = new Array(n).fill(0); r[i] = 1; rows.push(r); }
    return new Matrix(rows);
  }
  get(i, j) { return this.rows[i][j]; }
  transpose() {
    const out = [];
    for (let j = 0; j < this.m; j++) out.push(this.rows.map(function (r) { return r[j]; }));
    return new Matrix(out);
  }
  mul(o) {
    if (this.m !== o.n) throw new RangeError('dimension mismatch ' + this.n + 'x' + this.m + ' * ' + o.n + 'x' + o.m);
    const out = [];
    for (let i = 0; i < this.n; i++) {
      const row = [];
      for (let j = 0; j < o.m; j++) {
        let s = 0;
        for (let k = 0; k < this.m; k++) s += this.rows[i][k] * o.rows[k][j];
        row.push(s);
      }
      out.push(row);
    }
    return new Matrix(out);
  }
  add(o) { return new Matrix(this.rows.map(function (r, i) { return r.map(function (v, j) { return v + o.rows[i][j]; }); })); }
  scale(k) { return new Matrix(this.rows.map(function (r) { return r.map(function (v) { return v * k; }); })); }
  det() {
    if (this.n !== this.m) throw new RangeError('not square');
    const a = this.rows.map(function (r) { return r.slice(); });
    let d = 1;
    for (let c = 0; c < this.n; c++) {
      let p = c;
      for (let r = c + 1; r < this.n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
      if (a[p][c] === 0) return 0;
      if (p !== c) { const t = a[p]; a[p] = a[c]; a[c] = t; d = -d; }
      d *= a[c][c];
      for (let r = c + 1; r < this.n; r++) {
        const f = a[r][c] / a[c][c];
        for (let k = c; k < this.n; k++) a[r][k] -= f * a[c][k];
      }
    }
    return d;
  }
  inverse() {
    const n = this.n;
    const a = this.rows.map(function (r, i) { const e = new Array(n).fill(0); e[i] = 1; return r.concat(e); });
    for (let c = 0; c < n; c++) {
      let p = c;
      for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
      if (Math.abs(a[p][c]) < 1e-12) throw new Error('singular matrix');
      const t = a[p]; a[p] = a[c]; a[c] = t;
      const pv = a[c][c];
      for (let k = 0; k < 2 * n; k++) a[c][k] /= pv;
      for (let r = 0; r < n; r++) if (r !== c) {
        const f = a[r][c];
        for (let k = 0; k < 2 * n; k++) a[r][k] -= f * a[c][k];
      }
    }
    return new Matrix(a.map(function (r) { return r.slice(n); }));
  }
  round(d) { const p = 10 ** d; return new Matrix(this.rows.map(function (r) { return r.map(function (v) { const x = Math.round(v * p) / p; return x === 0 ? 0 : x; }); })); }
  toString() {
    const cells = this.rows.map(function (r) { return r.map(function (v) { return String(v); }); });
    const width = Math.max.apply(null, cells.map(function (r) { return Math.max.apply(null, r.map(function (c) { return c.length; })); }));
    return cells.map(function (r) { return '| ' + r.map(function (c) { return c.padStart(width); }).join(' ') + ' |'; }).join('\n');
  }
}
const A = new Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]]);
const B = new Matrix([[4, -2], [3, 1], [0, 5]]);
console.log(String(A.mul(B)));
console.log(String(B.transpose()));
console.log('det A =', A.det(), 'det I4 =', Matrix.identity(4).det());
console.log(String(A.inverse().round(6)));
console.log(String(A.mul(A.inverse()).round(9)));
console.log(String(A.add(Matrix.identity(3)).scale(0.5)));
try { B.mul(B); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Matrix([[1, 2], [2, 4]]).inverse(); } catch (e) { console.log(e.name + ': ' + e.message); }
const sys = new Matrix([[3, 2, -1], [2, -2, 4], [-1, 0.5, -1]]);
const rhs = new Matrix([[1], [-2], [0]]);
console.log('solution', sys.inverse().mul(rhs).round(10).rows.map(function (r) { return r[0]; }));
let F = new Matrix([[1, 1], [1, 0]]);
let P = Matrix.identity(2);
for (let i = 0; i < 30; i++) P = P.mul(F);
console.log('fib(30) via matrix power:', P.get(0, 1));
const rot = function (deg) { const r = deg * Math.PI / 180; return new Matrix([[Math.cos(r), -Math.sin(r)], [Math.sin(r), Math.cos(r)]]); };
console.log(String(rot(90).mul(new Matrix([[1], [0]])).round(12)));
console.log(String(rot(30).mul(rot(60)).round(12)));
console.log(A);

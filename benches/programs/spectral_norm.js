// spectral-norm (Computer Language Benchmarks Game): power method on an
// implicitly defined infinite matrix. Tight float loops over plain arrays.
var N = 2500;

function A(i, j) {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function Au(u, v, n) {
  for (var i = 0; i < n; i++) {
    var t = 0;
    for (var j = 0; j < n; j++) t += A(i, j) * u[j];
    v[i] = t;
  }
}

function Atu(u, v, n) {
  for (var i = 0; i < n; i++) {
    var t = 0;
    for (var j = 0; j < n; j++) t += A(j, i) * u[j];
    v[i] = t;
  }
}

function AtAu(u, v, w, n) {
  Au(u, w, n);
  Atu(w, v, n);
}

function filled(n, x) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(x);
  return a;
}

function spectralNorm(n) {
  var u = filled(n, 1), v = filled(n, 0), w = filled(n, 0);
  for (var i = 0; i < 10; i++) {
    AtAu(u, v, w, n);
    AtAu(v, u, w, n);
    console.error('tick ' + i);
  }
  var vBv = 0, vv = 0;
  for (var k = 0; k < n; k++) {
    vBv += u[k] * v[k];
    vv += v[k] * v[k];
  }
  return Math.sqrt(vBv / vv);
}

console.log(spectralNorm(N).toFixed(9));

// navier-stokes: a 2D incompressible fluid solver after Jos Stam's "stable
// fluids" (the idea behind Octane's NavierStokes), written for this suite.
// Velocity and density live on a (GRID+2)² grid of plain arrays of doubles;
// each frame adds sources, diffuses, advects and projects with Gauss-Seidel
// relaxation. Tight nested loops, indexed array reads and writes, float math.
// Each frame writes a tick line to stderr (the harness's warm-up curve);
// stdout gets checksums, which must equal node's.
var GRID = 128;
var FRAMES = 60;
var SOLVER_ITERATIONS = 20;

class FluidField {
  constructor(n) {
    this.n = n;
    this.row = n + 2;
    var size = (n + 2) * (n + 2);
    this.u = zeros(size);
    this.v = zeros(size);
    this.uPrev = zeros(size);
    this.vPrev = zeros(size);
    this.dens = zeros(size);
    this.densPrev = zeros(size);
    this.dt = 0.1;
    this.visc = 0;
    this.diff = 0;
  }

  addSource(x, s) {
    var dt = this.dt;
    for (var i = 0; i < x.length; i++) x[i] += dt * s[i];
  }

  // Walls: the velocity component normal to a wall is mirrored (b = 1 for
  // u at the left and right walls, b = 2 for v at the top and bottom),
  // everything else is copied from the neighbouring cell.
  setBoundary(b, x) {
    var n = this.n;
    var row = this.row;
    for (var i = 1; i <= n; i++) {
      x[i * row] = b === 1 ? -x[1 + i * row] : x[1 + i * row];
      x[n + 1 + i * row] = b === 1 ? -x[n + i * row] : x[n + i * row];
      x[i] = b === 2 ? -x[i + row] : x[i + row];
      x[i + (n + 1) * row] = b === 2 ? -x[i + n * row] : x[i + n * row];
    }
    var top = (n + 1) * row;
    x[0] = 0.5 * (x[1] + x[row]);
    x[top] = 0.5 * (x[1 + top] + x[n * row]);
    x[n + 1] = 0.5 * (x[n] + x[n + 1 + row]);
    x[n + 1 + top] = 0.5 * (x[n + top] + x[n + 1 + n * row]);
  }

  // Gauss-Seidel relaxation of x = (x0 + a * (sum of the 4 neighbours)) / c.
  linearSolve(b, x, x0, a, c) {
    var n = this.n;
    var row = this.row;
    var inv = 1 / c;
    for (var k = 0; k < SOLVER_ITERATIONS; k++) {
      for (var j = 1; j <= n; j++) {
        var at = j * row + 1;
        for (var i = 1; i <= n; i++, at++) {
          x[at] = (x0[at] + a * (x[at - 1] + x[at + 1] + x[at - row] + x[at + row])) * inv;
        }
      }
      this.setBoundary(b, x);
    }
  }

  diffuse(b, x, x0, rate) {
    var a = this.dt * rate * this.n * this.n;
    this.linearSolve(b, x, x0, a, 1 + 4 * a);
  }

  // Semi-Lagrangian advection: each cell takes the value found by tracing
  // the velocity field one time step back, bilinearly interpolated.
  advect(b, d, d0, u, v) {
    var n = this.n;
    var row = this.row;
    var dt0 = this.dt * n;
    for (var j = 1; j <= n; j++) {
      for (var i = 1; i <= n; i++) {
        var at = i + j * row;
        var x = i - dt0 * u[at];
        var y = j - dt0 * v[at];
        if (x < 0.5) x = 0.5;
        if (x > n + 0.5) x = n + 0.5;
        if (y < 0.5) y = 0.5;
        if (y > n + 0.5) y = n + 0.5;
        var i0 = Math.floor(x);
        var j0 = Math.floor(y);
        var s1 = x - i0;
        var s0 = 1 - s1;
        var t1 = y - j0;
        var t0 = 1 - t1;
        var r0 = j0 * row;
        var r1 = r0 + row;
        d[at] = s0 * (t0 * d0[i0 + r0] + t1 * d0[i0 + r1]) +
                s1 * (t0 * d0[i0 + 1 + r0] + t1 * d0[i0 + 1 + r1]);
      }
    }
    this.setBoundary(b, d);
  }

  // Makes the velocity field mass-conserving: solves a Poisson equation
  // for the pressure and subtracts its gradient.
  project(u, v, p, div) {
    var n = this.n;
    var row = this.row;
    var h = 1 / n;
    for (var j = 1; j <= n; j++) {
      for (var i = 1; i <= n; i++) {
        var at = i + j * row;
        div[at] = -0.5 * h * (u[at + 1] - u[at - 1] + v[at + row] - v[at - row]);
        p[at] = 0;
      }
    }
    this.setBoundary(0, div);
    this.setBoundary(0, p);
    this.linearSolve(0, p, div, 1, 4);
    for (var j2 = 1; j2 <= n; j2++) {
      for (var i2 = 1; i2 <= n; i2++) {
        var at2 = i2 + j2 * row;
        u[at2] -= 0.5 * n * (p[at2 + 1] - p[at2 - 1]);
        v[at2] -= 0.5 * n * (p[at2 + row] - p[at2 - row]);
      }
    }
    this.setBoundary(1, u);
    this.setBoundary(2, v);
  }

  velocityStep() {
    this.addSource(this.u, this.uPrev);
    this.addSource(this.v, this.vPrev);
    this.swapU();
    this.diffuse(1, this.u, this.uPrev, this.visc);
    this.swapV();
    this.diffuse(2, this.v, this.vPrev, this.visc);
    this.project(this.u, this.v, this.uPrev, this.vPrev);
    this.swapU();
    this.swapV();
    this.advect(1, this.u, this.uPrev, this.uPrev, this.vPrev);
    this.advect(2, this.v, this.vPrev, this.uPrev, this.vPrev);
    this.project(this.u, this.v, this.uPrev, this.vPrev);
  }

  densityStep() {
    this.addSource(this.dens, this.densPrev);
    var t = this.dens; this.dens = this.densPrev; this.densPrev = t;
    this.diffuse(0, this.dens, this.densPrev, this.diff);
    t = this.dens; this.dens = this.densPrev; this.densPrev = t;
    this.advect(0, this.dens, this.densPrev, this.u, this.v);
  }

  swapU() { var t = this.u; this.u = this.uPrev; this.uPrev = t; }
  swapV() { var t = this.v; this.v = this.vPrev; this.vPrev = t; }

  // The sources of one frame: a puff of density near the bottom centre,
  // pushed upwards, and a sideways stirring that changes with the frame.
  addInputs(frame) {
    var n = this.n;
    var row = this.row;
    this.uPrev.fill(0);
    this.vPrev.fill(0);
    this.densPrev.fill(0);
    var cx = (n >> 1) + 1;
    var cy = (n >> 3) + 1;
    for (var dj = -2; dj <= 2; dj++) {
      for (var di = -2; di <= 2; di++) {
        var at = cx + di + (cy + dj) * row;
        this.densPrev[at] = 50;
        this.vPrev[at] = 12;
        this.uPrev[at] = ((frame % 16) - 8) * 0.75;
      }
    }
    var side = ((frame >> 2) & 1) === 0 ? 1 : -1;
    var my = (n >> 1) + 1;
    for (var k = 1; k <= 3; k++) this.uPrev[k + my * row] = 20 * side;
  }

  step(frame) {
    this.addInputs(frame);
    this.velocityStep();
    this.densityStep();
  }
}

function zeros(size) {
  var a = [];
  for (var i = 0; i < size; i++) a.push(0);
  return a;
}

function sum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i];
  return s;
}

var field = new FluidField(GRID);
var energy = 0;
for (var frame = 0; frame < FRAMES; frame++) {
  field.step(frame);
  energy += field.u[(GRID >> 1) * (GRID + 3)] * field.u[(GRID >> 1) * (GRID + 3)];
  if (frame % 10 === 9) console.log('frame ' + (frame + 1) + ': density ' + sum(field.dens).toFixed(6));
  console.error('tick ' + frame);
}
console.log('navier-stokes ' + GRID + 'x' + GRID + ', ' + FRAMES + ' frames: density ' + sum(field.dens) +
            ', velocity ' + sum(field.u) + ' ' + sum(field.v) + ', centre energy ' + energy);

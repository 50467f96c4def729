// raytrace: a small Whitted-style ray tracer (the idea behind Octane's
// RayTrace), written for this suite. Classes Vector, Color, Ray, Sphere,
// Plane, Camera, Light and Scene; diffuse and specular shading, shadows,
// reflections. Many short-lived objects, method calls and polymorphic
// `intersect` dispatch. Renders FRAMES small images with the camera moving,
// ticking on stderr after each frame (the harness's warm-up curve); stdout
// gets a checksum of the pixels, which must equal node's. No Math.pow or
// trigonometry: their last bit may differ between engines' libms.
var WIDTH = 200;
var HEIGHT = 150;
var FRAMES = 20;
var MAX_DEPTH = 3;

class Vector {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(o) { return new Vector(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vector(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k) { return new Vector(this.x * k, this.y * k, this.z * k); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o) {
    return new Vector(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }
  length() { return Math.sqrt(this.dot(this)); }
  normalize() { return this.scale(1 / this.length()); }
  // The direction of this vector mirrored about the unit normal n.
  reflect(n) { return this.sub(n.scale(2 * this.dot(n))); }
}

class Color {
  constructor(r, g, b) { this.r = r; this.g = g; this.b = b; }
  add(o) { return new Color(this.r + o.r, this.g + o.g, this.b + o.b); }
  multiply(o) { return new Color(this.r * o.r, this.g * o.g, this.b * o.b); }
  scale(k) { return new Color(this.r * k, this.g * k, this.b * k); }
  // 0..255 integer channels, clamped.
  toByte(c) {
    var v = Math.floor(c * 255);
    return v < 0 ? 0 : v > 255 ? 255 : v;
  }
}

var BLACK = new Color(0, 0, 0);

class Ray {
  constructor(origin, direction) { this.origin = origin; this.direction = direction; }
  at(t) { return this.origin.add(this.direction.scale(t)); }
}

class Material {
  constructor(color, reflection, shininess, checker) {
    this.color = color;
    this.reflection = reflection;
    this.shininess = shininess; // a power of two: specular by repeated squaring
    this.checker = checker;
  }
  colorAt(point) {
    if (!this.checker) return this.color;
    var cell = (Math.floor(point.x * 0.5) + Math.floor(point.z * 0.5)) & 1;
    return cell === 0 ? this.color : new Color(0.1, 0.1, 0.1);
  }
}

class Shape {
  constructor(material) { this.material = material; }
}

class Sphere extends Shape {
  constructor(center, radius, material) {
    super(material);
    this.center = center;
    this.radius = radius;
  }
  // The nearest positive distance along the ray, or -1.
  intersect(ray) {
    var oc = ray.origin.sub(this.center);
    var b = oc.dot(ray.direction);
    var c = oc.dot(oc) - this.radius * this.radius;
    var disc = b * b - c;
    if (disc < 0) return -1;
    var root = Math.sqrt(disc);
    var t = -b - root;
    if (t > 1e-6) return t;
    t = -b + root;
    return t > 1e-6 ? t : -1;
  }
  normalAt(point) { return point.sub(this.center).normalize(); }
}

class Plane extends Shape {
  constructor(normal, offset, material) {
    super(material);
    this.normal = normal;
    this.offset = offset;
  }
  intersect(ray) {
    var denom = this.normal.dot(ray.direction);
    if (denom > -1e-9 && denom < 1e-9) return -1;
    var t = -(this.normal.dot(ray.origin) + this.offset) / denom;
    return t > 1e-6 ? t : -1;
  }
  normalAt(point) { return this.normal; }
}

class Light {
  constructor(position, color) { this.position = position; this.color = color; }
}

class Camera {
  constructor(position, lookAt, up) {
    this.position = position;
    this.forward = lookAt.sub(position).normalize();
    this.right = this.forward.cross(up).normalize().scale(1.5);
    this.up = this.right.cross(this.forward).normalize().scale(1.5 * HEIGHT / WIDTH);
  }
  rayFor(px, py) {
    var sx = (px + 0.5) / WIDTH - 0.5;
    var sy = 0.5 - (py + 0.5) / HEIGHT;
    var dir = this.forward.add(this.right.scale(sx)).add(this.up.scale(sy)).normalize();
    return new Ray(this.position, dir);
  }
}

class Scene {
  constructor() {
    this.shapes = [];
    this.lights = [];
    this.ambient = new Color(0.08, 0.08, 0.1);
  }
  closest(ray) {
    var best = null;
    var bestT = Infinity;
    for (var i = 0; i < this.shapes.length; i++) {
      var t = this.shapes[i].intersect(ray);
      if (t > 0 && t < bestT) { bestT = t; best = this.shapes[i]; }
    }
    return best === null ? null : { shape: best, t: bestT };
  }
  inShadow(point, toLight, distance) {
    var ray = new Ray(point, toLight);
    for (var i = 0; i < this.shapes.length; i++) {
      var t = this.shapes[i].intersect(ray);
      if (t > 0 && t < distance) return true;
    }
    return false;
  }
  trace(ray, depth) {
    var hit = this.closest(ray);
    if (hit === null) return new Color(0.2, 0.3, 0.5).scale(0.5 + 0.5 * ray.direction.y);
    var shape = hit.shape;
    var material = shape.material;
    var point = ray.at(hit.t);
    var normal = shape.normalAt(point);
    if (normal.dot(ray.direction) > 0) normal = normal.scale(-1);
    var base = material.colorAt(point);
    var color = base.multiply(this.ambient);
    var lifted = point.add(normal.scale(1e-4));
    for (var i = 0; i < this.lights.length; i++) {
      var light = this.lights[i];
      var toLight = light.position.sub(point);
      var distance = toLight.length();
      toLight = toLight.scale(1 / distance);
      if (this.inShadow(lifted, toLight, distance)) continue;
      var diffuse = normal.dot(toLight);
      if (diffuse > 0) color = color.add(base.multiply(light.color).scale(diffuse));
      var spec = toLight.reflect(normal).dot(ray.direction);
      if (spec > 0) {
        for (var s = 1; s < material.shininess; s *= 2) spec *= spec;
        color = color.add(light.color.scale(spec * 0.6));
      }
    }
    if (depth < MAX_DEPTH && material.reflection > 0) {
      var reflected = new Ray(lifted, ray.direction.reflect(normal));
      color = color.add(this.trace(reflected, depth + 1).scale(material.reflection));
    }
    return color;
  }
}

function buildScene() {
  var scene = new Scene();
  scene.shapes.push(new Plane(new Vector(0, 1, 0), 1, new Material(new Color(0.9, 0.9, 0.85), 0.25, 8, true)));
  scene.shapes.push(new Sphere(new Vector(0, 0.2, 0), 1.2, new Material(new Color(0.8, 0.2, 0.2), 0.4, 32, false)));
  scene.shapes.push(new Sphere(new Vector(-2.2, -0.2, 1.2), 0.8, new Material(new Color(0.2, 0.7, 0.3), 0.2, 16, false)));
  scene.shapes.push(new Sphere(new Vector(2.0, -0.4, 1.6), 0.6, new Material(new Color(0.3, 0.4, 0.9), 0.6, 64, false)));
  scene.shapes.push(new Sphere(new Vector(0.6, -0.7, 2.4), 0.3, new Material(new Color(0.9, 0.8, 0.2), 0.1, 8, false)));
  scene.lights.push(new Light(new Vector(-4, 6, 5), new Color(0.8, 0.8, 0.8)));
  scene.lights.push(new Light(new Vector(5, 4, -2), new Color(0.4, 0.35, 0.3)));
  return scene;
}

function render(scene, camera) {
  var checksum = 0;
  for (var y = 0; y < HEIGHT; y++) {
    for (var x = 0; x < WIDTH; x++) {
      var c = scene.trace(camera.rayFor(x, y), 0);
      var pixel = (c.toByte(c.r) << 16) | (c.toByte(c.g) << 8) | c.toByte(c.b);
      checksum = (checksum * 31 + pixel) % 1000000007;
    }
  }
  return checksum;
}

var scene = buildScene();
var total = 0;
for (var frame = 0; frame < FRAMES; frame++) {
  var camera = new Camera(new Vector(-3 + frame * 0.5, 1.5 + frame * 0.1, 7 - frame * 0.2), new Vector(0, 0, 0.5), new Vector(0, 1, 0));
  var sum = render(scene, camera);
  total = (total + sum) % 1000000007;
  console.log('frame ' + frame + ': ' + sum);
  console.error('tick ' + frame);
}
console.log('raytrace ' + WIDTH + 'x' + HEIGHT + ', ' + FRAMES + ' frames: checksum ' + total);

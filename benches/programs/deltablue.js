// DeltaBlue: the incremental one-way dataflow constraint solver (Maloney and
// Freeman-Benson), the classic Smalltalk/Self benchmark also found in
// Octane, written here with classes. Exercises class hierarchies, virtual
// method dispatch, small collections and allocation.
var ITERATIONS = 400;

class OrderedCollection {
  constructor() { this.elms = []; }
  add(elm) { this.elms.push(elm); }
  at(index) { return this.elms[index]; }
  size() { return this.elms.length; }
  removeFirst() { return this.elms.pop(); }
  remove(elm) {
    var index = 0, skipped = 0;
    for (var i = 0; i < this.elms.length; i++) {
      var value = this.elms[i];
      if (value !== elm) {
        this.elms[index] = value;
        index++;
      } else {
        skipped++;
      }
    }
    for (var j = 0; j < skipped; j++) this.elms.pop();
  }
}

class Strength {
  constructor(strengthValue, name) {
    this.strengthValue = strengthValue;
    this.name = name;
  }
  static stronger(s1, s2) { return s1.strengthValue < s2.strengthValue; }
  static weaker(s1, s2) { return s1.strengthValue > s2.strengthValue; }
  static weakestOf(s1, s2) { return Strength.weaker(s1, s2) ? s1 : s2; }
  static strongest(s1, s2) { return Strength.stronger(s1, s2) ? s1 : s2; }
  nextWeaker() {
    switch (this.strengthValue) {
      case 0: return Strength.WEAKEST;
      case 1: return Strength.WEAK_DEFAULT;
      case 2: return Strength.NORMAL;
      case 3: return Strength.STRONG_DEFAULT;
      case 4: return Strength.PREFERRED;
      case 5: return Strength.REQUIRED;
    }
    return null;
  }
}

Strength.REQUIRED = new Strength(0, 'required');
Strength.STRONG_PREFERRED = new Strength(1, 'strongPreferred');
Strength.PREFERRED = new Strength(2, 'preferred');
Strength.STRONG_DEFAULT = new Strength(3, 'strongDefault');
Strength.NORMAL = new Strength(4, 'normal');
Strength.WEAK_DEFAULT = new Strength(5, 'weakDefault');
Strength.WEAKEST = new Strength(6, 'weakest');

var planner = null;

class Constraint {
  constructor(strength) { this.strength = strength; }

  addConstraint() {
    this.addToGraph();
    planner.incrementalAdd(this);
  }

  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === Strength.REQUIRED) {
        throw new Error('Could not satisfy a required constraint!');
      }
      return null;
    }
    this.markInputs(mark);
    var out = this.output();
    var overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw new Error('Cycle encountered');
    out.mark = mark;
    return overridden;
  }

  destroyConstraint() {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  isInput() { return false; }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength) {
    super(strength);
    this.myOutput = v;
    this.satisfied = false;
  }
  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }
  chooseMethod(mark) {
    this.satisfied = (this.myOutput.mark !== mark) &&
      Strength.stronger(this.strength, this.myOutput.walkStrength);
  }
  isSatisfied() { return this.satisfied; }
  markInputs(mark) {}
  output() { return this.myOutput; }
  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }
  markUnsatisfied() { this.satisfied = false; }
  inputsKnown() { return true; }
  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  constructor(v, str) {
    super(v, str);
    this.addConstraint();
  }
  execute() {}
}

class EditConstraint extends UnaryConstraint {
  constructor(v, str) {
    super(v, str);
    this.addConstraint();
  }
  isInput() { return true; }
  execute() {}
}

var NONE = 0;
var FORWARD = 1;
var BACKWARD = -1;

class BinaryConstraint extends Constraint {
  constructor(var1, var2, strength) {
    super(strength);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = NONE;
  }
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = (this.v2.mark !== mark &&
        Strength.stronger(this.strength, this.v2.walkStrength)) ? FORWARD : NONE;
    }
    if (this.v2.mark === mark) {
      this.direction = (this.v1.mark !== mark &&
        Strength.stronger(this.strength, this.v1.walkStrength)) ? BACKWARD : NONE;
    }
    if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : BACKWARD;
    }
  }
  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }
  isSatisfied() { return this.direction !== NONE; }
  markInputs(mark) { this.input().mark = mark; }
  input() { return this.direction === FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === FORWARD ? this.v2 : this.v1; }
  recalculate() {
    var ihn = this.input(), out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
  markUnsatisfied() { this.direction = NONE; }
  inputsKnown(mark) {
    var i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = NONE;
  }
}

class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }
  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = this.offset.mark = mark;
  }
  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }
  recalculate() {
    var ihn = this.input(), out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(var1, var2, strength) {
    super(var1, var2, strength);
    this.addConstraint();
  }
  execute() { this.output().value = this.input().value; }
}

class Variable {
  constructor(name, initialValue) {
    this.value = initialValue || 0;
    this.constraints = new OrderedCollection();
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = Strength.WEAKEST;
    this.stay = true;
    this.name = name;
  }
  addConstraint(c) { this.constraints.add(c); }
  removeConstraint(c) {
    this.constraints.remove(c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Plan {
  constructor() { this.v = new OrderedCollection(); }
  addConstraint(c) { this.v.add(c); }
  size() { return this.v.size(); }
  constraintAt(index) { return this.v.at(index); }
  execute() {
    for (var i = 0; i < this.size(); i++) this.constraintAt(i).execute();
  }
}

class Planner {
  constructor() { this.currentMark = 0; }

  incrementalAdd(c) {
    var mark = this.newMark();
    var overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  incrementalRemove(c) {
    var out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    var unsatisfied = this.removePropagateFrom(out);
    var strength = Strength.REQUIRED;
    do {
      for (var i = 0; i < unsatisfied.size(); i++) {
        var u = unsatisfied.at(i);
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    } while (strength !== Strength.WEAKEST);
  }

  newMark() { return ++this.currentMark; }

  makePlan(sources) {
    var mark = this.newMark();
    var plan = new Plan();
    var todo = sources;
    while (todo.size() > 0) {
      var c = todo.removeFirst();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.addConstraint(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    var sources = new OrderedCollection();
    for (var i = 0; i < constraints.size(); i++) {
      var c = constraints.at(i);
      if (c.isInput() && c.isSatisfied()) sources.add(c);
    }
    return this.makePlan(sources);
  }

  addPropagate(c, mark) {
    var todo = new OrderedCollection();
    todo.add(c);
    while (todo.size() > 0) {
      var d = todo.removeFirst();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = Strength.WEAKEST;
    out.stay = true;
    var unsatisfied = new OrderedCollection();
    var todo = new OrderedCollection();
    todo.add(out);
    while (todo.size() > 0) {
      var v = todo.removeFirst();
      for (var i = 0; i < v.constraints.size(); i++) {
        var c = v.constraints.at(i);
        if (!c.isSatisfied()) unsatisfied.add(c);
      }
      var determining = v.determinedBy;
      for (var j = 0; j < v.constraints.size(); j++) {
        var next = v.constraints.at(j);
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.add(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, coll) {
    var determining = v.determinedBy;
    var cc = v.constraints;
    for (var i = 0; i < cc.size(); i++) {
      var c = cc.at(i);
      if (c !== determining && c.isSatisfied()) coll.add(c);
    }
  }
}

function chainTest(n) {
  planner = new Planner();
  var prev = null, first = null, last = null;
  for (var i = 0; i <= n; i++) {
    var v = new Variable('v' + i);
    if (prev !== null) new EqualityConstraint(prev, v, Strength.REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, Strength.STRONG_DEFAULT);
  var edit = new EditConstraint(first, Strength.PREFERRED);
  var edits = new OrderedCollection();
  edits.add(edit);
  var plan = planner.extractPlanFromConstraints(edits);
  var sum = 0;
  for (var k = 0; k < 100; k++) {
    first.value = k;
    plan.execute();
    if (last.value !== k) throw new Error('Chain test failed.');
    sum += last.value;
  }
  return sum;
}

function change(v, newValue) {
  var edit = new EditConstraint(v, Strength.PREFERRED);
  var edits = new OrderedCollection();
  edits.add(edit);
  var plan = planner.extractPlanFromConstraints(edits);
  for (var i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
}

function projectionTest(n) {
  planner = new Planner();
  var scale = new Variable('scale', 10);
  var offset = new Variable('offset', 1000);
  var src = null, dst = null;
  var dests = new OrderedCollection();
  for (var i = 0; i < n; i++) {
    src = new Variable('src' + i, i);
    dst = new Variable('dst' + i, i);
    dests.add(dst);
    new StayConstraint(src, Strength.NORMAL);
    new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED);
  }
  change(src, 17);
  if (dst.value !== 1170) throw new Error('Projection 1 failed');
  change(dst, 1050);
  if (src.value !== 5) throw new Error('Projection 2 failed');
  change(scale, 5);
  for (var j = 0; j < n - 1; j++) {
    if (dests.at(j).value !== j * 5 + 1000) throw new Error('Projection 3 failed');
  }
  change(offset, 2000);
  var sum = 0;
  for (var k = 0; k < n - 1; k++) {
    if (dests.at(k).value !== k * 5 + 2000) throw new Error('Projection 4 failed');
    sum += dests.at(k).value;
  }
  return sum;
}

var total = 0;
for (var it = 0; it < ITERATIONS; it++) {
  total += chainTest(100);
  total += projectionTest(100);
  console.error('tick ' + it);
}
console.log('deltablue: ' + ITERATIONS + ' iterations, checksum ' + total);

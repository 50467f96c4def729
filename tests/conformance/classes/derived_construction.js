// Derived-class construction: super() binding `this`, what a derived
// constructor may return, errors from misuse of super(), default
// constructors forwarding their arguments, and deep chains of super calls.

class Base {
  constructor(a, b) {
    this.a = a;
    this.b = b;
    this.kind = new.target.name;
  }
}

class Mid extends Base {
  constructor(a, b, c) {
    super(a, b);
    this.c = c;
  }
}

class Leaf extends Mid {}

const leaf = new Leaf(1, 2, 3, 4);
console.log(leaf, leaf instanceof Leaf, leaf instanceof Mid, leaf instanceof Base);
console.log(Object.getPrototypeOf(leaf) === Leaf.prototype, leaf.constructor.name);

// The value of super(...) is the new `this`.
class Returns extends Base {
  constructor() {
    const r = super(7, 8);
    console.log('super returned this:', r === this, r.a);
  }
}
new Returns();

// A derived constructor may return an object (it replaces `this`)...
class ReturnsObject extends Base {
  constructor() {
    super(1, 1);
    return { replaced: true };
  }
}
console.log(new ReturnsObject());

// ...or undefined (then `this` is the result).
class ReturnsUndefined extends Base {
  constructor() {
    super(2, 2);
    return undefined;
  }
}
console.log(new ReturnsUndefined());

// Returning an object without ever calling super() is allowed.
class NoSuperButObject extends Base {
  constructor() {
    return [1, 2, 3];
  }
}
console.log(new NoSuperButObject());

// Returning a primitive from a derived constructor is a TypeError.
class ReturnsNumber extends Base {
  constructor() {
    super(0, 0);
    return 42;
  }
}
try {
  new ReturnsNumber();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// A base constructor's primitive result is ignored.
function Plain() {
  this.x = 1;
  return 'ignored';
}
console.log(new Plain());

// Forgetting super() is a ReferenceError when the constructor finishes...
class Forgets extends Base {
  constructor() {}
}
try {
  new Forgets();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}

// ...or as soon as `this` is touched.
class TouchesThis extends Base {
  constructor() {
    this.early = 1;
    super(1, 2);
  }
}
try {
  new TouchesThis();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}

// Calling super() twice: the second call runs the parent again, then throws.
let parentRuns = 0;
class Counted {
  constructor() {
    parentRuns++;
  }
}
class Twice extends Counted {
  constructor() {
    super();
    try {
      super();
    } catch (e) {
      console.log(e instanceof ReferenceError, e.message, 'parent ran', parentRuns, 'times');
    }
  }
}
new Twice();

// An exception thrown by the parent constructor propagates through super().
class Thrower {
  constructor(n) {
    if (n > 1) throw new RangeError('too big: ' + n);
    this.n = n;
  }
}
class Child extends Thrower {
  constructor(n) {
    try {
      super(n);
    } catch (e) {
      console.log('caught in child:', e.message);
      super(0);
    }
  }
}
console.log(new Child(5), new Child(1));

// A plain constructor function as the parent of a class.
function OldStyle(name) {
  this.name = name;
}
OldStyle.prototype.greet = function () {
  return 'hi ' + this.name;
};
class NewStyle extends OldStyle {
  constructor(name) {
    super(name.toUpperCase());
  }
}
console.log(new NewStyle('ada').greet());

// Field initializers run right after super() returns.
class WithFields extends Base {
  extra = this.a * 10;
  constructor() {
    super(3, 4);
    console.log('extra after super:', this.extra);
  }
}
console.log(new WithFields());

// new.target inside parent constructors is the class named in `new`.
class A {
  constructor() {
    this.target = new.target.name;
  }
}
class B extends A {}
class C extends B {}
console.log(new A().target, new B().target, new C().target);

// Many levels of super() calls, many times over.
let Cls = class Root {
  constructor(depth) {
    this.depth = depth;
  }
};
for (let i = 0; i < 50; i++) {
  const Parent = Cls;
  Cls = class extends Parent {
    constructor(depth) {
      super(depth + 1);
    }
  };
}
let total = 0;
for (let i = 0; i < 1000; i++) total += new Cls(0).depth;
console.log('depth', new Cls(0).depth, 'total', total);

// Unbounded recursion through super() and new is a RangeError.
class Recurse {
  constructor(n) {
    this.inner = new Recurse(n + 1);
  }
}
try {
  new Recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}

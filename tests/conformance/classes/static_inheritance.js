// Static methods are inherited and this refers to the constructor
class Model {
  static create(attrs) { const m = new this(); Object.assign(m, attrs); return m; }
  static describe() { return 'Model ' + this.name; }
  static tableName() { return this.name.toLowerCase() + 's'; }
}
class User extends Model { static describe() { return super.describe() + ' (users)'; } }
class Post extends Model {}
const u = User.create({ name: 'ann' }), p = Post.create({ title: 't' });
console.log(u, p, u instanceof User, p instanceof Model);
console.log(User.describe(), Post.describe(), User.tableName(), Post.tableName());
console.log(Object.getPrototypeOf(User) === Model, User.create === Model.create, User.hasOwnProperty('create'));
class Counter { static next() { Counter.n = (Counter.n || 0) + 1; return Counter.n; } }
class SubCounter extends Counter {}
console.log(Counter.next(), SubCounter.next(), Counter.n, SubCounter.n);

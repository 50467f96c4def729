// Linked list, binary search tree and a queue built from two stacks
class ListNode { constructor(value, next) { this.value = value; this.next = next || null; } }
class LinkedList {
  constructor() { this.head = null; this.length = 0; }
  static from(values) { const l = new LinkedList(); for (let i = values.length - 1; i >= 0; i--) l.prepend(values[i]); return l; }
  prepend(v) { this.head = new ListNode(v, this.head); this.length++; return this; }
  append(v) {
    const node = new ListNode(v);
    if (!this.head) this.head = node;
    else { let cur = this.head; while (cur.next) cur = cur.next; cur.next = node; }
    this.length++;
    return this;
  }
  remove(v) {
    let prev = null, cur = this.head;
    while (cur && cur.value !== v) { prev = cur; cur = cur.next; }
    if (!cur) return false;
    if (prev) prev.next = cur.next; else this.head = cur.next;
    this.length--;
    return true;
  }
  reverse() {
    let prev = null, cur = this.head;
    while (cur) { const next = cur.next; cur.next = prev; prev = cur; cur = next; }
    this.head = prev;
    return this;
  }
  toArray() { const out = []; for (let c = this.head; c; c = c.next) out.push(c.value); return out; }
  toString() { return this.toArray().join(' -> ') || '(empty)'; }
}
const list = LinkedList.from([1, 2, 3]).append(4).prepend(0);
console.log(String(list), list.length);
console.log(list.remove(2), list.remove(42), String(list.reverse()), list.length);
console.log(String(new LinkedList()), LinkedList.from(['x']).head);

class BST {
  constructor() { this.root = null; this.size = 0; }
  insert(key, value) {
    const node = { key, value, left: null, right: null };
    if (!this.root) { this.root = node; this.size++; return this; }
    let cur = this.root;
    for (;;) {
      if (key === cur.key) { cur.value = value; return this; }
      const side = key < cur.key ? 'left' : 'right';
      if (!cur[side]) { cur[side] = node; this.size++; return this; }
      cur = cur[side];
    }
  }
  find(key) { let c = this.root; while (c && c.key !== key) c = key < c.key ? c.left : c.right; return c ? c.value : undefined; }
  inorder() { const out = []; (function walk(n) { if (!n) return; walk(n.left); out.push(n.key); walk(n.right); })(this.root); return out; }
  height() { return (function h(n) { return n ? 1 + Math.max(h(n.left), h(n.right)) : 0; })(this.root); }
  min() { let c = this.root; while (c && c.left) c = c.left; return c && c.key; }
  max() { let c = this.root; while (c && c.right) c = c.right; return c && c.key; }
  range(lo, hi) {
    const out = [];
    (function walk(n) {
      if (!n) return;
      if (n.key > lo) walk(n.left);
      if (n.key >= lo && n.key <= hi) out.push(n.key);
      if (n.key < hi) walk(n.right);
    })(this.root);
    return out;
  }
}
const tree = new BST();
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65].forEach(function (k) { tree.insert(k, 'v' + k); });
tree.insert(40, 'updated');
console.log(tree.inorder(), tree.size, tree.height(), tree.min(), tree.max());
console.log(tree.find(40), tree.find(65), tree.find(99), tree.range(33, 66));
const words = new BST();
'the quick brown fox jumps over the lazy dog'.split(' ').forEach(function (w, i) { words.insert(w, i); });
console.log(words.inorder().join(' '), words.size, words.find('the'));
const skewed = new BST();
for (let i = 0; i < 20; i++) skewed.insert(i);
console.log('skewed height', skewed.height());

function Queue() { this.inbox = []; this.outbox = []; }
Queue.prototype.enqueue = function (v) { this.inbox.push(v); return this; };
Queue.prototype.dequeue = function () {
  if (!this.outbox.length) while (this.inbox.length) this.outbox.push(this.inbox.pop());
  return this.outbox.pop();
};
Queue.prototype.size = function () { return this.inbox.length + this.outbox.length; };
const q = new Queue();
q.enqueue(1).enqueue(2).enqueue(3);
const got = [q.dequeue()];
q.enqueue(4);
while (q.size()) got.push(q.dequeue());
console.log(got, q.dequeue(), q);

// Binary-heap priority queue, used for task scheduling and k-way merge
class PriorityQueue {
  constructor(compare) { this.heap = []; this.compare = compare || function (a, b) { return a - b; }; }
  size() { return this.heap.length; }
  isEmpty() { return this.heap.length === 0; }
  peek() { return this.heap[0]; }
  push(v) {
    const h = this.heap;
    h.push(v);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(h[i], h[p]) >= 0) break;
      const t = h[i]; h[i] = h[p]; h[p] = t;
      i = p;
    }
    return this;
  }
  pop() {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop();
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && this.compare(h[l], h[m]) < 0) m = l;
        if (r < h.length && this.compare(h[r], h[m]) < 0) m = r;
        if (m === i) break;
        const t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
      }
    }
    return top;
  }
}
const pq = new PriorityQueue();
[5, 3, 8, 1, 9, 2, 7, 1, 0, -4, 6].forEach(function (v) { pq.push(v); });
const drained = [];
while (!pq.isEmpty()) drained.push(pq.pop());
console.log(drained, pq.pop(), pq.size());
let seq = 0;
const tasks = new PriorityQueue(function (a, b) { return a.priority - b.priority || a.seq - b.seq; });
const incoming = [['write report', 2], ['fix prod bug', 0], ['lunch', 3], ['review PR', 1], ['reply email', 2], ['deploy', 0], ['coffee', 3]];
for (const t of incoming) tasks.push({ name: t[0], priority: t[1], seq: seq++ });
console.log('next up:', tasks.peek().name);
let tick = 0;
while (tasks.size()) {
  const t = tasks.pop();
  console.log('t=' + tick++, '[p' + t.priority + ']', t.name);
  if (t.name === 'review PR') tasks.push({ name: 'address review comments', priority: 1, seq: seq++ });
}
function kWayMerge(lists) {
  const heap = new PriorityQueue(function (a, b) { return a.value - b.value; });
  lists.forEach(function (list, li) { if (list.length) heap.push({ value: list[0], li: li, idx: 0 }); });
  const out = [];
  while (heap.size()) {
    const e = heap.pop();
    out.push(e.value);
    if (e.idx + 1 < lists[e.li].length) heap.push({ value: lists[e.li][e.idx + 1], li: e.li, idx: e.idx + 1 });
  }
  return out;
}
console.log(kWayMerge([[1, 4, 9], [2, 3, 10, 11], [], [0, 5, 6, 7, 8]]));
const maxHeap = new PriorityQueue(function (a, b) { return b.localeCompare(a); });
'delta alpha echo charlie bravo'.split(' ').forEach(function (w) { maxHeap.push(w); });
const words = [];
while (maxHeap.size()) words.push(maxHeap.pop());
console.log(words.join(' > '));
function topK(nums, k) {
  const h = new PriorityQueue();
  for (const n of nums) { h.push(n); if (h.size() > k) h.pop(); }
  const out = [];
  while (h.size()) out.push(h.pop());
  return out.reverse();
}
console.log(topK([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9], 4));

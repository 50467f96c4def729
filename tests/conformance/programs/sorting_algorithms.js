// Classic sorting algorithms, checked against Array.prototype.sort
function makeData(n, seed) {
  const out = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(x % 1000);
  }
  return out;
}

function bubbleSort(a) {
  a = a.slice();
  for (let i = 0; i < a.length; i++) {
    let swapped = false;
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        const t = a[j]; a[j] = a[j + 1]; a[j + 1] = t;
        swapped = true;
      }
    }
    if (!swapped) break;
  }
  return a;
}

function insertionSort(a) {
  a = a.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}

function mergeSort(a) {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid)), r = mergeSort(a.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

function quickSort(a) {
  if (a.length <= 1) return a;
  const pivot = a[a.length >> 1];
  const less = [], equal = [], more = [];
  for (const v of a) (v < pivot ? less : v > pivot ? more : equal).push(v);
  return quickSort(less).concat(equal, quickSort(more));
}

function heapSort(a) {
  a = a.slice();
  const n = a.length;
  function sift(i, size) {
    for (;;) {
      let largest = i;
      const l = 2 * i + 1, r = 2 * i + 2;
      if (l < size && a[l] > a[largest]) largest = l;
      if (r < size && a[r] > a[largest]) largest = r;
      if (largest === i) return;
      const t = a[i]; a[i] = a[largest]; a[largest] = t;
      i = largest;
    }
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(i, n);
  for (let end = n - 1; end > 0; end--) {
    const t = a[0]; a[0] = a[end]; a[end] = t;
    sift(0, end);
  }
  return a;
}

function countingSort(a, max) {
  const counts = new Array(max + 1).fill(0);
  for (const v of a) counts[v]++;
  const out = [];
  counts.forEach(function (c, v) { for (let k = 0; k < c; k++) out.push(v); });
  return out;
}

const algorithms = { bubbleSort, insertionSort, mergeSort, quickSort, heapSort };
for (const size of [0, 1, 2, 10, 57, 200]) {
  const data = makeData(size, size + 7);
  const expected = data.slice().sort(function (x, y) { return x - y; });
  const results = [];
  for (const name of Object.keys(algorithms)) {
    const got = algorithms[name](data);
    results.push(name + ':' + (got.join() === expected.join() ? 'ok' : 'FAIL'));
  }
  results.push('counting:' + (countingSort(data, 999).join() === expected.join() ? 'ok' : 'FAIL'));
  console.log('n=' + size, results.join(' '));
}
const sample = makeData(20, 42);
console.log(sample);
console.log(mergeSort(sample));
console.log(quickSort(['pear', 'apple', 'fig', 'banana', 'cherry']));
console.log(heapSort([3.5, -1, 0, -0, 2e10, 1e-3]));

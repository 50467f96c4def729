// The examples menu: each is www/examples/<id>.js, a program node runs
// too (tests/browser checks the page prints what node prints for each).

export const EXAMPLES = [
  { id: 'hello', title: 'Hello, world' },
  { id: 'closures', title: 'Closures' },
  { id: 'classes', title: 'Classes' },
  { id: 'shapes', title: 'Shapes and inline caches' },
  { id: 'deopt', title: 'Type changes (deopt)' },
  { id: 'nbody', title: 'n-body' },
  { id: 'binary_trees', title: 'binary-trees' },
  { id: 'richards', title: 'Richards (scheduler)' },
  { id: 'runaway', title: 'Runaway loop (Stop)' },
];

export async function loadExample(id) {
  const response = await fetch(`examples/${encodeURIComponent(id)}.js`);
  if (!response.ok) throw new Error(`no example "${id}"`);
  return response.text();
}

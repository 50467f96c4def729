// Hello, kiln! Press Run (Ctrl+Enter) to compile this program in your
// browser and run it; Compare times every path side by side.
console.log('Hello, kiln!');
console.log([1, 2, 3].map((x) => x * x), { answer: 42 }, 0.1 + 0.2);

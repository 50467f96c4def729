// Numeric separators in every literal form
console.log(1_000_000, 1_0, 0.000_001, 1_0.5_5, 1e1_0);
console.log(0xFF_FF_FF, 0b1111_0000, 0o7_7_7, 0XA_B, 0B1_1, 0O1_2);
console.log(9_007_199_254_740_991, 1_2_3_4, .5_5, 5_5., 1_0e-2);
console.log(Number('1_000'), parseInt('1_000'), parseFloat('1_000.5'), +'0x_1');
const budget = 12_345.67;
console.log(budget, budget.toFixed(1), typeof 1_0);

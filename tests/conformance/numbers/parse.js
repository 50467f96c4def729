// parseInt / parseFloat / Number() edge cases
console.log(parseInt('42'), parseInt('  42  '), parseInt('42px'), parseInt('px42'), parseInt(''));
console.log(parseInt('0x1F'), parseInt('0X1f'), parseInt('1F', 16), parseInt('0x1F', 16), parseInt('0x1F', 10));
console.log(parseInt('-17'), parseInt('+17'), parseInt('- 17'), parseInt('-0'), parseInt('0.9'), parseInt('-0.9'));
console.log(parseInt('101', 2), parseInt('777', 8), parseInt('zz', 36), parseInt('9', 8), parseInt('12', 1), parseInt('12', 37));
console.log(parseInt('12', 0), parseInt('12', undefined), parseInt('10', 36), parseInt('Infinity'), parseInt(null, 36));
console.log(parseInt(1e21), parseInt(0.0000005), parseInt(123.9), parseInt('1e3'), parseInt('  \n\t 5'));
console.log(parseInt('9007199254740993'), parseInt('123456789012345678901234567890'));
console.log(parseFloat('3.14'), parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('1e'), parseFloat('1e+'));
console.log(parseFloat('Infinity'), parseFloat('-Infinityx'), parseFloat('infinity'), parseFloat('0x10'), parseFloat(''), parseFloat('  7  '));
console.log(parseFloat('1.2.3'), parseFloat('-0'), parseFloat('1_000'), parseFloat('5e-324'), parseFloat('1e400'));
console.log(Number(''), Number('  '), Number('42'), Number(' 42 '), Number('42px'), Number('0x10'), Number('0b101'), Number('0o17'));
console.log(Number('1e3'), Number('-1e-3'), Number('.5'), Number('5.'), Number('.'), Number('+'), Number('-'), Number('Infinity'), Number('-Infinity'));
console.log(Number('1_000'), Number('\n42\t'), Number('-0x10'), Number('0x'), Number('00012'), Number('-00012.50'));
console.log(Number(null), Number(undefined), Number(true), Number(false), Number([]), Number([5]), Number([1, 2]), Number({}));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(+'3', -'3', +'', +' 12 ', +'abc', +[], +[[]], +[[1]], +'1,2');

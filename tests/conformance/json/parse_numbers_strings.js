// JSON.parse of numbers and strings
const nums = ['0', '-0', '1', '-1', '1.5', '1e3', '1E-3', '-1.25e+2', '123456789012345678', '0.1', '1e308', '1e309', '-1e-400', '5e-324'];
for (const n of nums) console.log(n.padEnd(20), JSON.parse(n), Object.is(JSON.parse(n), -0));
const strs = ['""', '"a"', '"\\n"', '"\\t\\r"', '"\\"q\\""', '"\\\\"', '"\\u0000"', '"\\ud83d\\ude00"', '"é"', '"a\\/b"'];
for (const s of strs) console.log(s.padEnd(20), JSON.stringify(JSON.parse(s)), JSON.parse(s).length);
const bad = ['"\\x41"', '"\\u12"', "'single'", '"\n"', '"\\a"', '01.5', '-', '1e', '.1', '1.'];
for (const b of bad) { try { JSON.parse(b); console.log('accepted', b); } catch (e) { console.log('rejected', JSON.stringify(b), e.name); } }

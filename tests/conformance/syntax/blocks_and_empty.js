// Blocks, empty statements, labels, expression statements
;;;
{
  let a = 1;
  {
    let a = 2;
    console.log('inner', a);
  }
  console.log('outer', a);
}
{}
if (true) {} else {}
for (let i = 0; i < 3; i++);
let n = 0;
while (n < 5) n++;
console.log('n', n);
block: {
  console.log('in labeled block');
  if (n === 5) break block;
  console.log('never');
}
console.log('after labeled block');
1 + 1;
'just a string';
void 0;
console.log('expression statements ok');
var x = 1;
{ var x = 2; }
console.log('var leaks from block', x);
{ function inBlock() { return 'in block fn'; } }
console.log(inBlock());

// Comments everywhere
/* block comment */ console.log('one'); // trailing
/*
 * multi-line
 * comment
 */
console.log(/* inline */ 'two' /* more */);
const x = 1 /* between */ + /* tokens */ 2;
console.log(x);
// console.log('never');
/* console.log('never either'); */
console.log('three'); /* ends
on another line */ console.log('four');
function f(/* no params */) {
  // body comment
  return /* value */ 5;
}
console.log(f());
const s = '// not a comment';
const t = "/* not a comment */";
console.log(s, t);
console.log(`// ${'/* nor this */'}`);
let y = 4 /* a */ / /* b */ 2;
console.log(y);
const o = { /* key */ a: 1, // after
  b: 2 /* end */ };
console.log(o.a, o.b);
/**/ console.log('empty block comment');
/***/ console.log('stars');
console.log(1 // comment
  + 2);
// unicode in comment: é 日本 😀
console.log('done');

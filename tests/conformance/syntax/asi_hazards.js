// ASI: where semicolons are (and are not) inserted
let a = 1
let b = a
+ 1
console.log(b)
let c = 'x'
let d = c
.toUpperCase()
console.log(d)
function r1() {
  return (
    'wrapped'
  )
}
function r2() {
  return {
    key: 'object'
  }
}
function r3() {
  return
}
console.log(r1(), r2().key, r3())
let i = 5
let j = i
--i
console.log(i, j)
const t = `t`
const u = t
;[1].forEach(v => console.log('guarded', v))
let k = 1
k
++
k
console.log(k)
var s = 'a'; var z = 'b'
console.log(s + z)
const fn = function () { return 'called' }
;(fn)
console.log(fn())
if (true) console.log('one-liner if')
while (false) console.log('never')
console.log(typeof r3)

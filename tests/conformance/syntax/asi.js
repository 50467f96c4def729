// Automatic semicolon insertion
let a = 1
let b = 2
const c = a + b
console.log(c)
function f() {
  return
  42
}
console.log(f())
let i = 0
i
++
i
console.log(i)
let x = 5
let y = x
;[1, 2, 3].forEach(function (v) { console.log(v) })
;(function () { console.log('iife') })()
const s = 'str'
console.log(s.length)
var z = 1, w = 2
console.log(z + w)
for (let k = 0; k < 2; k++) console.log('k', k)
if (a) console.log('a truthy')
else console.log('never')
do console.log('once'); while (false)
console.log('after do-while')
const obj = {
  p: 1,
  q: 2
}
console.log(obj.p + obj.q)
let t = 1
t += 2
console.log(t)
const g = () => {
  return {
    ok: true
  }
}
console.log(g().ok)
let u = 10
u--
console.log(u)
throwIt()
function throwIt() { console.log('hoisted call') }
var arr = [1,2,3]
arr
.map(function (v) { return v * 2 })
.forEach(function (v) { console.log(v) })

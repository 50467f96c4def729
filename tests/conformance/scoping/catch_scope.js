// catch parameter scope and var declarations inside catch
try { throw new Error('first'); } catch (err) { var leaked = err.message; }
console.log(leaked, typeof err);
var e = 'outer';
try { throw 'inner'; } catch (e) { var e = 'assigned in catch'; console.log('in catch', e); }
console.log('after', e);
function nested() {
  try { try { throw 1; } catch (a) { throw a + 1; } } catch (b) { return b * 10; }
}
console.log(nested());
const handlers = [];
for (let i = 0; i < 3; i++) {
  try { throw i; } catch (v) { handlers.push(function () { return v; }); }
}
console.log(handlers.map(function (h) { return h(); }));
try { throw { code: 1 }; } catch (obj) { obj.code++; console.log(obj.code); }
let result;
try { result = 'try'; } catch { result = 'catch'; } finally { result += '+finally'; }
console.log(result);

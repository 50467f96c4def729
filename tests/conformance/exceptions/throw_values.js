// throw of any value
const things = [42, 'a string', null, undefined, true, { code: 7 }, [1, 2], function thrown() {}, NaN, new Error('real')];
for (const t of things) {
  try { throw t; } catch (e) {
    console.log(typeof e, e === t || (e !== e && t !== t), e instanceof Error, Object.prototype.toString.call(e));
  }
}
try { throw { name: 'Fake', message: 'not an Error' }; } catch (e) { console.log(e.name, e.message, e instanceof Error); }
function thrower(v) { throw v; }
try { thrower(thrower); } catch (e) { console.log(e === thrower); }
try { try { throw 1; } catch (e) { throw e + 1; } } catch (e) { console.log('rethrown', e); }

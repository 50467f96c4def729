// Null-prototype objects, empty class instances, nested functions with props
const np = Object.create(null);
console.log(np, [np]);
np.x = { y: 1 };
console.log(np);
class Empty {}
console.log([new Empty(), new Empty()], { e: new Empty() });
function fnWithProps() {}
fnWithProps.a = 1;
console.log([fnWithProps], { f: fnWithProps });
const arrowWithProps = () => {};
arrowWithProps.meta = { deep: { deeper: 1 } };
console.log(arrowWithProps);
class K {}
K.staticProp = 'sp';
console.log(K, [K]);
const inst = new K();
inst.self = inst;
console.log(inst);

// Arrays of objects: when they fit on one line and when they break
console.log([{ a: 1 }, { b: 2 }]);
console.log([{ id: 1, name: 'one' }, { id: 2, name: 'two' }, { id: 3, name: 'three' }]);
console.log([{ id: 1, name: 'one', tags: ['x'] }, { id: 2, name: 'two', tags: [] }, { id: 3, name: 'three', tags: ['y', 'z'] }]);
const many = [];
for (let i = 0; i < 8; i++) many.push({ i });
console.log(many);
console.log([{ k: 'v'.repeat(20) }, { k: 'w'.repeat(20) }, { k: 'x'.repeat(20) }]);
console.log([[{ deep: { deeper: 1 } }]]);

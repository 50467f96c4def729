// Case conversion helpers built from string methods
function capitalize(s) { return s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s; }
function titleCase(s) { return s.split(' ').map(capitalize).join(' '); }
function camel(s) { return s.split(/* no regex */ '-').map(function (w, i) { return i ? capitalize(w) : w.toLowerCase(); }).join(''); }
function kebab(s) { let out = ''; for (const ch of s) { if (ch >= 'A' && ch <= 'Z') out += (out ? '-' : '') + ch.toLowerCase(); else out += ch; } return out; }
function snake(s) { return kebab(s).split('-').join('_'); }
function swapCase(s) { return Array.from(s).map(function (c) { return c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase(); }).join(''); }
const inputs = ['hello world', 'HELLO WORLD', 'hElLo wOrLd', '', 'a', 'über straße'];
for (const s of inputs) console.log(JSON.stringify(s), JSON.stringify(capitalize(s)), JSON.stringify(titleCase(s)), JSON.stringify(swapCase(s)));
console.log(camel('background-color'), camel('BORDER-TOP-WIDTH'), camel('single'));
console.log(kebab('backgroundColor'), kebab('XMLHttpRequest'), snake('someVariableName'), kebab('already-kebab'));

// Non-ASCII in identifiers, strings, templates and comments
const naïve = 'naïve';
const 日本 = 'japan';
const Ω = 'omega';
const _ʃ = 'esh';
console.log(naïve, 日本, Ω, _ʃ);
const obj = { ключ: 'значение', '😀': 'emoji key', ñ: 1 };
console.log(obj.ключ, obj['😀'], obj.ñ, Object.keys(obj));
// comment with emoji 🎉 and CJK 漢字
console.log(`template with ${日本} and 😀`.length, '漢字'.length, '🎉'.length);
/* block: Ünïcödé */ console.log('done');

//! Oracle for runtime/tests/inspect.rs: node v20 formats each case below and
//! writes `expected.txt` (`#### name` header, then the output). Run with
//! `node runtime/tests/inspect-cases/gen.js` after adding or changing a case.
'use strict';
const util = require('util');
const fs = require('fs');
const path = require('path');

const STACK = 'Error: boom\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)';
const err = (msg, stack, Ctor = Error) => { const e = new Ctor(msg); e.stack = stack; return e; };
const words = ['apple', 'fig', 'banana', 'kiwi', 'cherry', 'plum', 'grape', 'lime', 'mango', 'pear',
  'peach', 'melon', 'date', 'lemon', 'guava', 'papaya', 'olive', 'quince', 'yuzu', 'nut'];
// Deterministic numbers of mixed widths; mirrored by `mixed_num` in inspect.rs.
const mixedNum = (i) => ((i * 37) % 101) * (i % 3 === 0 ? 100 : 1) - (i % 5 === 0 ? 7 : 0);
class Foo { constructor() { this.x = 1; this.y = 'a'; } }
class Bar {}
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
class MyError extends Error {}
class Animal {}
class Dog extends Animal {}
class Static { static x = 1; }
class WithToString { toString() { return 'custom!'; } }
function named() {}
named.prop = 1;

const cases = [
  ['num_int', () => 42],
  ['num_neg_zero', () => -0],
  ['num_float', () => 1.5],
  ['num_nan', () => NaN],
  ['num_neg_inf', () => -Infinity],
  ['bigint', () => 123n],
  ['undefined', () => undefined],
  ['null', () => null],
  ['bool', () => true],
  ['str_plain', () => 'hello'],
  ['str_single_quote', () => "it's"],
  ['str_both_quotes', () => 'it\'s "x"'],
  ['str_all_quotes', () => 'it\'s "x" `y`'],
  ['str_dollar_brace', () => 'it\'s "x" ${y}'],
  ['str_escapes', () => 'a\nb\tc\x1B\x00\x7f\x85\\\x0b\r\b\f'],
  ['str_lone_surrogates', () => ['\uD83D', 'a\uDE00b', '\uD83D\uDE00']],
  ['str_emoji', () => '😀 ok'],
  ['str_long_lines', () => 'first line of text\nsecond line of text here\nthird line which is long enough to break'],
  ['str_long_no_newline', () => 'x'.repeat(100)],
  ['str_long_in_object', () => ({ text: 'alpha beta gamma delta\nepsilon zeta eta theta iota\nkappa lambda mu nu xi omicron' })],
  ['str_max_length', () => 'ab'.repeat(5001)],
  ['symbol', () => Symbol('foo')],
  ['symbol_empty', () => Symbol()],
  ['obj_empty', () => ({})],
  ['obj_simple', () => ({ a: 1, b: 'x', c: [1, 2] })],
  ['obj_keys_quoted', () => ({ 'a-b': 1, 1: 2, 'x y': 3, _ok: 4, "it's": 5, '': 6, $d: 7 })],
  ['obj_proto_key', () => ({ ['__proto__']: 1 })],
  ['obj_symbol_key', () => ({ [Symbol('s')]: 1, a: 2, [Symbol('new\nline')]: 3 })],
  ['obj_accessors', () => ({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} })],
  ['obj_7_keys', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 })],
  ['obj_12_keys', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12 })],
  ['obj_30_keys', () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i]))],
  ...[58, 59, 60, 61, 62, 63, 64].map((n) => [`obj_width_${n}`, () => ({ k: 'x'.repeat(n) })]),
  ...[44, 45, 46, 47, 48].map((n) => [`obj_two_width_${n}`, () => ({ a: 'x'.repeat(n), b: 'y'.repeat(10) })]),
  ...[50, 51, 52, 53, 54, 55].map((n) => [`obj_nested_width_${n}`, () => ({ outer: { k: 'x'.repeat(n) } })]),
  ...[46, 48, 50, 52, 53, 54].map((n) => [`obj_nested2_width_${n}`, () => ({ o: { p: { k: 'x'.repeat(n) } } })]),
  ['depth_object', () => ({ a: { b: { c: { d: 1 } } } })],
  ['depth_array', () => ({ a: { b: { c: [1] } } })],
  ['depth_empty', () => ({ a: { b: { c: {}, d: [] } } })],
  ['depth_class', () => ({ a: { b: { c: new Foo(), d: new Bar() } } })],
  ['depth_map_set', () => ({ a: { b: { m: new Map([[1, 2]]), s: new Set([1]), e: new Map() } } })],
  ['depth_null_proto', () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } })],
  ['depth_function', () => ({ a: { b: { f: named, g: Bar } } })],
  ['depth_5_compact', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: 5 }],
  ['depth_infinite', () => ({ a: { b: { c: { d: { e: { f: [1, 2] } } } } } }), { depth: Infinity }],
  ['compact_mixed', () => ({ x: { y: { z: 1 } }, w: 2 }), { depth: 5 }],
  ['arr_empty', () => []],
  ['arr_simple', () => [1, 2, 3]],
  ['arr_holes', () => [1, , 3]],
  ['arr_all_holes', () => [, ,]],
  ['arr_new_array', () => new Array(5)],
  ['arr_mixed_holes', () => [1, , , , 5, , 'x', , ,]],
  ['arr_extra_keys', () => Object.assign([1, 2], { foo: 'bar', 'a b': 1 })],
  ['arr_only_extra', () => Object.assign([], { foo: 1 })],
  ['arr_sparse_big', () => { const a = []; a[5] = 1; a[200] = 2; return a; }],
  ['arr_sparse_capped', () => { const a = []; for (let i = 0; i < 300; i += 2) a[i] = i; return a; }],
  ['arr_101', () => Array.from({ length: 101 }, (_, i) => i)],
  ['arr_250', () => Array.from({ length: 250 }, (_, i) => i * 3)],
  ['arr_101_strings', () => Array.from({ length: 101 }, (_, i) => words[i % 20])],
  ...[7, 8, 9, 10, 12, 16, 20, 26, 30].map((n) => [`arr_nums_${n}`, () => Array.from({ length: n }, (_, i) => mixedNum(i))]),
  ...[7, 10, 15, 20].map((n) => [`arr_words_${n}`, () => words.slice(0, n)]),
  ['arr_floats', () => [-1, 2.5, -0, 1e21, 0.1, 123456, -3.75, 1e-7, 42]],
  ['arr_mixed_types', () => [1, 'a', 2, 'bb', 3, 'ccc', 4, true, null]],
  ['arr_bigints', () => [1n, 22n, 333n, 4444n, 55555n, 6n, 77n, 888n]],
  ['arr_matrix', () => Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j))],
  ['arr_pairs', () => Array.from({ length: 8 }, (_, i) => [i, i * i, words[i]])],
  ['arr_objects', () => [{ a: 1 }, { b: 2 }, { c: { d: 3 } }]],
  ['arr_long_entries', () => Array.from({ length: 8 }, (_, i) => words[i].repeat(4))],
  ['arr_one_long', () => [1, 2, 3, 4, 5, 6, 'a much longer string entry that dominates the rest']],
  ['arr_cjk', () => ['日本', '中文字', '한국어', 'abc', '漢字', 'x', 'テスト', 'ok']],
  ['arr_nested_in_obj', () => ({ list: Array.from({ length: 12 }, (_, i) => mixedNum(i)) })],
  ['arr_extra_and_many', () => Object.assign(Array.from({ length: 8 }, (_, i) => i), { tag: 'x' })],
  ['arr_subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); }],
  ['map_basic', () => new Map([['a', 1], ['b', { x: 1 }]])],
  ['map_empty', () => new Map()],
  ['set_one', () => new Set([1])],
  ['set_empty', () => new Set()],
  ['set_many', () => new Set(Array.from({ length: 30 }, (_, i) => i))],
  ['map_object_keys', () => new Map([[{ k: 1 }, [1, 2]], [null, undefined]])],
  ['map_in_object', () => ({ m: new Map([['k', new Set(['v'])]]), s: new Set() })],
  ['map_extra_prop', () => Object.assign(new Map([['a', 1]]), { foo: 1 })],
  ['circular_self', () => { const a = {}; a.self = a; return a; }],
  ['circular_two', () => { const a = { b: {} }; a.b.a = a; a.c = { n: 1 }; a.c.c = a.c; return a; }],
  ['circular_array', () => { const a = [1]; a.push(a); return a; }],
  ['circular_map', () => { const m = new Map(); m.set('m', m); return m; }],
  ['circular_inner', () => { const o = { x: { y: {} } }; o.x.y.back = o.x; return o; }],
  ['shared_not_circular', () => { const o = { x: 1 }; return { a: o, b: o }; }],
  ['class_instance', () => new Foo()],
  ['class_empty', () => new Bar()],
  ['class_nested', () => ({ foo: new Foo(), list: [new Bar(), new Foo()] })],
  ['class_tagged', () => new Tagged()],
  ['obj_tag_own_nonenum', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'T' })],
  ['null_proto', () => Object.assign(Object.create(null), { a: 1 })],
  ['null_proto_empty', () => Object.create(null)],
  ['fn_named', () => named],
  ['fn_plain', () => function f() {}],
  ['fn_anonymous', () => [() => {}][0]],
  ['fn_async', () => async function af() {}],
  ['fn_generator', () => function* gen() {}],
  ['fn_async_generator', () => async function* ag() {}],
  ['fn_in_object', () => ({ f: function f() {}, g: [() => {}][0] })],
  ['class_plain', () => Animal],
  ['class_extends', () => Dog],
  ['class_anonymous', () => [class {}][0]],
  ['class_static', () => Static],
  ['boxed_number', () => new Number(3)],
  ['boxed_neg_zero', () => new Number(-0)],
  ['boxed_string', () => new String('ab')],
  ['boxed_string_prop', () => Object.assign(new String('ab'), { x: 1 })],
  ['boxed_boolean', () => new Boolean(true)],
  ['boxed_symbol', () => Object(Symbol('s'))],
  ['boxed_bigint', () => Object(10n)],
  ['error_stack', () => err('boom', STACK)],
  ['error_prop', () => Object.assign(err('boom', STACK), { code: 'E1' })],
  ['error_no_frames', () => err('boom', 'Error: boom')],
  ['error_no_frames_prop', () => Object.assign(err('boom', 'Error: boom'), { code: 1 })],
  ['error_nested', () => ({ e: err('boom', STACK), n: 1 })],
  ['error_type', () => err('bad', 'TypeError: bad\n    at x (y.js:3:4)', TypeError)],
  ['error_subclass', () => err('x', 'Error: x\n    at z (q.js:1:2)', MyError)],
  ['error_renamed', () => { const e = err('boom', STACK); e.name = 'Custom'; return e; }],
  ['error_message_prop', () => Object.assign(err('boom', STACK), { message: 'boom', extra: true })],
  ['error_cause', () => { const c = err('inner', 'Error: inner\n    at a (f.js:1:1)'); const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at b (f.js:2:2)'; return e; }],
  ['error_cause_shared', () => {
    const frames = '\n    at a (f.js:1:1)\n    at b (f.js:2:2)\n    at c (f.js:3:3)\n    at d (f.js:4:4)\n    at e (f.js:5:5)';
    const c = err('inner', 'Error: inner\n    at x (f.js:9:9)' + frames);
    const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at y (f.js:8:8)' + frames; return e; }],
  ['error_in_array_deep', () => [[err('deep', 'Error: deep\n    at q (w.js:1:1)')]]],
  ['date', () => new Date(0)],
  ['date_invalid', () => new Date(NaN)],
  ['date_prop', () => Object.assign(new Date(0), { p: 1 })],
  ['regexp', () => /ab+c/gi],
  ['regexp_prop', () => Object.assign(/x/, { p: 1 })],
  ['promise_resolved', () => Promise.resolve({ v: 1 })],
  ['promise_rejected', () => { const p = Promise.reject(3); p.catch(() => {}); return p; }],
  ['promise_pending', () => new Promise(() => {})],
  ['weakmap', () => new WeakMap()],
  ['weakset', () => new WeakSet()],
  ['typed_array', () => new Uint8Array([1, 2, 3])],
  ['typed_array_grouped', () => new Float64Array([1.5, 2, 3.25, 4, 5, 6.5, 7, 8])],
  ['typed_array_empty', () => new Uint8Array(0)],
  ['arguments', () => (function () { return arguments; })(1, 'a')],
  ['custom_inspect', () => ({ c: { [util.inspect.custom]() { return 'CUSTOM\nline2'; } } })],
  ['log_strings', () => ['hello', 'world'], 'log'],
  ['log_single_string', () => ['just %s'], 'log'],
  ['log_s_d', () => ['%s is %d years', 'Bob', 42], 'log'],
  ['log_s_object', () => ['%s', { a: { b: 1 }, c: [1, [2]] }], 'log'],
  ['log_s_array', () => ['%s!', [1, [2, [3]]]], 'log'],
  ['log_s_primitives', () => ['%s %s %s %s %s %s', null, undefined, 5n, Symbol('q'), -0, 'str'], 'log'],
  ['log_s_user_tostring', () => ['%s', new WithToString()], 'log'],
  ['log_d_string', () => ['%d', '42'], 'log'],
  ['log_d_conversions', () => ['%d %d %d %d', -0, 5n, Symbol('x'), {}], 'log'],
  ['log_i_f', () => ['%i %f %i', 42.9, '3.5abc', 5n], 'log'],
  ['log_j', () => ['%j', { a: [1, 'x'] }], 'log'],
  ['log_o', () => ['%o', [1, 2]], 'log'],
  ['log_O', () => ['%O', { a: { b: { c: { d: 1 } } } }], 'log'],
  ['log_c', () => ['%cstyled', 'color: red'], 'log'],
  ['log_percent', () => ['100%%', 1], 'log'],
  ['log_percent_no_args', () => ['100%% and %s'], 'log'],
  ['log_unknown_directive', () => ['%x', 1], 'log'],
  ['log_missing_args', () => ['%s %s', 'a'], 'log'],
  ['log_trailing_percent', () => ['50%', 'x'], 'log'],
  ['log_mixed', () => ['a', { b: 1 }, 3, 'c'], 'log'],
  ['log_non_string_first', () => [1, 'a', [2]], 'log'],
  ['log_extra_after_directives', () => ['%s:', 'k', { v: 1 }, 'tail'], 'log'],
];

let out = '';
const seen = new Set();
for (const [name, make, opts] of cases) {
  if (seen.has(name)) throw new Error(`duplicate case ${name}`);
  seen.add(name);
  const text = opts === 'log' ? util.format(...make()) : util.inspect(make(), opts);
  out += `#### ${name}\n${text}\n`;
}
fs.writeFileSync(path.join(__dirname, 'expected.txt'), out);
console.log(`${cases.length} cases`);

//! Unit tests of `JSON.parse`/`JSON.stringify` and `Map`/`Set`, run through
//! `testing::NativeHost` (native callbacks only). Expected strings and
//! error messages come from node v20.

use kiln_runtime::atoms;
use kiln_runtime::builtins::mapdata;
use kiln_runtime::host::{Host, JsResult};
use kiln_runtime::object::{Class, IterKind};
use kiln_runtime::ops;
use kiln_runtime::shape::{PropFlags, PropKey};
use kiln_runtime::testing::NativeHost;
use kiln_runtime::Value;

// ---- helpers ------------------------------------------------------------------

fn s(h: &mut NativeHost, text: &str) -> Value {
    h.rt.str(text)
}

/// "Name: message" of the pending exception.
fn thrown(h: &mut NativeHost) -> String {
    let e = h.rt.pending_exception;
    let name = ops::get(h, e, PropKey::Atom(atoms::NAME)).unwrap();
    let msg = ops::get(h, e, PropKey::Atom(atoms::MESSAGE)).unwrap();
    format!("{}: {}", h.text(name), h.text(msg))
}

fn show_result(h: &mut NativeHost, r: JsResult<Value>) -> String {
    match r {
        Ok(v) if v.is_undefined() => "undefined".into(),
        Ok(v) if h.rt.is_string(v) => h.text(v),
        Ok(v) => {
            let t = ops::to_string(h, v).unwrap();
            h.text(t)
        }
        Err(_) => thrown(h),
    }
}

fn parse(h: &mut NativeHost, text: &str) -> JsResult<Value> {
    let t = s(h, text);
    h.call_path("JSON.parse", Value::UNDEFINED, &[t])
}

fn parse_err(h: &mut NativeHost, text: &str) -> String {
    let r = parse(h, text);
    show_result(h, r)
}

fn stringify(h: &mut NativeHost, args: &[Value]) -> String {
    let r = h.call_path("JSON.stringify", Value::UNDEFINED, args);
    show_result(h, r)
}

/// Parses `text` then stringifies the result again (with `space`).
fn round(h: &mut NativeHost, text: &str, space: Value) -> String {
    let v = parse(h, text).unwrap();
    stringify(h, &[v, Value::UNDEFINED, space])
}

fn get(h: &mut NativeHost, o: Value, name: &str) -> Value {
    let k = h.rt.key_from_str(name);
    ops::get(h, o, k).unwrap()
}

/// Calls method `name` of `o`.
fn method(h: &mut NativeHost, o: Value, name: &str, args: &[Value]) -> JsResult<Value> {
    let f = get(h, o, name);
    h.call(f, o, args)
}

fn new(h: &mut NativeHost, ctor: &str, args: &[Value]) -> JsResult<Value> {
    let c = h.global_path(ctor);
    h.construct(c, args, c)
}

// ---- JSON.parse -----------------------------------------------------------------

#[test]
fn parse_values() {
    let mut h = NativeHost::new();
    let text = r#"{"b":[1,{"c":"x\ny"}],"a":null,"1":true,"t":-0.5e-3}"#;
    assert_eq!(
        round(&mut h, text, Value::int(2)),
        "{\n  \"1\": true,\n  \"b\": [\n    1,\n    {\n      \"c\": \"x\\ny\"\n    }\n  ],\n  \"a\": null,\n  \"t\": -0.0005\n}"
    );
    assert_eq!(round(&mut h, "[1e21, 1.5, -0, 123456789012, 0.1, 1E2, 1e400]", Value::UNDEFINED), "[1e+21,1.5,0,123456789012,0.1,100,null]");
    assert_eq!(round(&mut h, r#""\u00e9\uD83D\uDE00\/""#, Value::UNDEFINED), "\"é😀/\"");
    assert_eq!(round(&mut h, " \t\n\r[ ] ", Value::UNDEFINED), "[]");
    assert_eq!(round(&mut h, r#"{"a":1,"b":2,"a":3}"#, Value::UNDEFINED), r#"{"a":3,"b":2}"#);
    let v = parse(&mut h, "-0").unwrap();
    assert!(v.is_double() && v.as_double() == 0.0 && v.as_double().is_sign_negative());
    let v = parse(&mut h, r#"{"__proto__":{"x":1}}"#).unwrap();
    assert_eq!(h.rt.obj(v).unwrap().proto, h.rt.intrinsics.object_proto);
    let first = h.rt.own_keys(v, true)[0];
    assert_eq!(h.rt.key_text(first), "__proto__");
    // Deep nesting parses (the parser is iterative).
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse(&mut h, &deep).is_ok());
}

#[test]
fn parse_errors_match_v8() {
    let mut h = NativeHost::new();
    let cases: &[(&str, &str)] = &[
        ("{\"a\":1,}", "Expected double-quoted property name in JSON at position 7"),
        ("", "Unexpected end of JSON input"),
        ("{", "Expected property name or '}' in JSON at position 1"),
        ("[1,2", "Expected ',' or ']' after array element in JSON at position 4"),
        ("tru", "Unexpected end of JSON input"),
        ("x", "Unexpected token 'x', \"x\" is not valid JSON"),
        ("{\"a\" 1}", "Expected ':' after property name in JSON at position 5"),
        ("{\"a\":1,\"b\"+", "Unexpected token '+', \"{\"a\":1,\"b\"+\" is not valid JSON"),
        ("{\"a\":1,\"b\" 2", "Unexpected number in JSON at position 11"),
        ("{\"a\":1,\"b\"", "Unexpected end of JSON input"),
        ("\"abc", "Unterminated string in JSON at position 4"),
        ("\"a\nb\"", "Bad control character in string literal in JSON at position 2"),
        ("01", "Unexpected number in JSON at position 1"),
        ("1.", "Unterminated fractional number in JSON at position 2"),
        ("-", "No number after minus sign in JSON at position 1"),
        ("1e", "Exponent part is missing a number in JSON at position 2"),
        ("1e+", "Exponent part is missing a number in JSON at position 3"),
        ("[1] x", "Unexpected non-whitespace character after JSON at position 4"),
        ("\"\\x\"", "Bad escaped character in JSON at position 2"),
        ("\"\\u12g4\"", "Bad Unicode escape in JSON at position 5"),
        ("\"\\u12", "Bad Unicode escape in JSON at position 5"),
        ("\"\\", "Unexpected end of JSON input"),
        ("undefined", "\"undefined\" is not valid JSON"),
        ("[object Object]", "\"[object Object]\" is not valid JSON"),
        ("NaN", "\"NaN\" is not valid JSON"),
        ("{1:2}", "Expected property name or '}' in JSON at position 1"),
        ("[,]", "Unexpected token ',', \"[,]\" is not valid JSON"),
        ("nulx", "Unexpected token 'x', \"nulx\" is not valid JSON"),
        ("nul1", "Unexpected number in JSON at position 3"),
        ("tr\"", "Unexpected string in JSON at position 2"),
        ("[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"),
        ("{\"a\":}", "Unexpected token '}', \"{\"a\":}\" is not valid JSON"),
        ("{\"a\":1 \"b\":2}", "Expected ',' or '}' after property value in JSON at position 7"),
        ("{}}", "Unexpected non-whitespace character after JSON at position 2"),
        (".5", "Unexpected token '.', \".5\" is not valid JSON"),
        ("\u{a0} 1", "Unexpected token '\u{a0}', \"\u{a0} 1\" is not valid JSON"),
        ("0x10", "Unexpected non-whitespace character after JSON at position 1"),
        ("-0x", "Unexpected non-whitespace character after JSON at position 2"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxx", "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON"),
        (
            "[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x,2,2,2,2,2,2,2,2,2,2,2,2]",
            "Unexpected token 'x', ...\"1,1,1,1,1,x,2,2,2,2,\"... is not valid JSON",
        ),
        ("[1,2,3,4,5,6,7,8,9,10,11,28,29,30,x]", "Unexpected token 'x', ...\",28,29,30,x]\" is not valid JSON"),
        ("         x         ", "Unexpected token 'x', \"         x         \" is not valid JSON"),
        ("         x           ", "Unexpected token 'x', \"         x         \"... is not valid JSON"),
        ("          x          ", "Unexpected token 'x', ...\"          x         \"... is not valid JSON"),
        ("           x         ", "Unexpected token 'x', ...\"          x         \" is not valid JSON"),
    ];
    for (text, want) in cases {
        assert_eq!(parse_err(&mut h, text), format!("SyntaxError: {}", want), "JSON.parse({:?})", text);
    }
}

#[test]
fn parse_converts_its_argument() {
    let mut h = NativeHost::new();
    let r = h.call_path("JSON.parse", Value::UNDEFINED, &[Value::int(123)]);
    assert_eq!(show_result(&mut h, r), "123");
    let r = h.call_path("JSON.parse", Value::UNDEFINED, &[Value::NULL]);
    assert_eq!(show_result(&mut h, r), "null");
    let r = h.call_path("JSON.parse", Value::UNDEFINED, &[]);
    assert_eq!(show_result(&mut h, r), "SyntaxError: \"undefined\" is not valid JSON");
    let o = h.rt.new_object();
    let r = h.call_path("JSON.parse", Value::UNDEFINED, &[o]);
    assert_eq!(show_result(&mut h, r), "SyntaxError: \"[object Object]\" is not valid JSON");
}

#[test]
fn reviver_walks_post_order_and_deletes() {
    let mut h = NativeHost::new();
    // `Array.prototype.push` bound to a log array records (key, value) pairs
    // and returns the new length: a number, so every value is replaced.
    let log = h.rt.new_array(vec![]);
    h.rt.roots.push(log);
    let push = h.global_path("Array.prototype.push");
    let bind = h.global_path("Function.prototype.bind");
    let reviver = h.call(bind, push, &[log]).unwrap();
    let text = s(&mut h, r#"{"a":{"b":1},"c":[2]}"#);
    let v = h.call_path("JSON.parse", Value::UNDEFINED, &[text, reviver]).unwrap();
    assert_eq!(stringify(&mut h, &[v]), "10");
    assert_eq!(stringify(&mut h, &[log]), r#"["b",1,"a",{"b":2},"0",2,"c",[6],"",{"a":4,"c":8}]"#);
    // A reviver returning undefined deletes (arrays get holes → null).
    let noop = h.global_path("Function.prototype");
    let text = s(&mut h, "[1,[2,3],{\"x\":1}]");
    let v = h.call_path("JSON.parse", Value::UNDEFINED, &[text, noop]).unwrap();
    assert!(v.is_undefined());
}

// ---- JSON.stringify -------------------------------------------------------------

#[test]
fn stringify_primitives_and_quoting() {
    let mut h = NativeHost::new();
    let text = s(&mut h, "\u{0}\u{1f}\u{7f}x\"\\\u{8}\u{c}\n\r\t/é😀");
    assert_eq!(stringify(&mut h, &[text]), "\"\\u0000\\u001f\u{7f}x\\\"\\\\\\b\\f\\n\\r\\t/é😀\"");
    let lone = h.rt.heap.alloc_string(&[0xD800, 0x78, 0xDC00, 0xDBFF]);
    assert_eq!(stringify(&mut h, &[lone]), "\"\\ud800x\\udc00\\udbff\"");
    assert_eq!(stringify(&mut h, &[Value::double(-0.0)]), "0");
    assert_eq!(stringify(&mut h, &[Value::double(f64::NAN)]), "null");
    assert_eq!(stringify(&mut h, &[Value::double(f64::INFINITY)]), "null");
    assert_eq!(stringify(&mut h, &[Value::double(1e21)]), "1e+21");
    assert_eq!(stringify(&mut h, &[Value::TRUE]), "true");
    assert_eq!(stringify(&mut h, &[Value::NULL]), "null");
    assert_eq!(stringify(&mut h, &[Value::UNDEFINED]), "undefined");
    assert_eq!(stringify(&mut h, &[]), "undefined");
    let f = h.global_path("Math.max");
    assert_eq!(stringify(&mut h, &[f]), "undefined");
    // Wrapper objects are unwrapped.
    let n = new(&mut h, "Number", &[Value::int(5)]).unwrap();
    let st = s(&mut h, "w");
    let st = ops::to_object(&mut h, st).unwrap();
    let b = ops::to_object(&mut h, Value::FALSE).unwrap();
    let a = h.rt.new_array(vec![n, st, b, f, Value::UNDEFINED, Value::HOLE]);
    assert_eq!(stringify(&mut h, &[a]), "[5,\"w\",false,null,null,null]");
}

#[test]
fn stringify_objects_and_indentation() {
    let mut h = NativeHost::new();
    let o = parse(&mut h, r#"{"a":[1,{}],"b":{"c":[]},"2":"two","1":null}"#).unwrap();
    h.rt.roots.push(o);
    let f = h.global_path("Math.max");
    let k = h.rt.key_from_str("f");
    h.rt.define_own(o, k, f, PropFlags::DATA);
    let k = h.rt.key_from_str("u");
    h.rt.define_own(o, k, Value::UNDEFINED, PropFlags::DATA);
    let k = h.rt.key_from_str("hidden");
    h.rt.define_own(o, k, Value::int(1), PropFlags::HIDDEN);
    assert_eq!(stringify(&mut h, &[o]), r#"{"1":null,"2":"two","a":[1,{}],"b":{"c":[]}}"#);
    let tab = s(&mut h, "\t");
    assert_eq!(
        stringify(&mut h, &[o, Value::NULL, tab]),
        "{\n\t\"1\": null,\n\t\"2\": \"two\",\n\t\"a\": [\n\t\t1,\n\t\t{}\n\t],\n\t\"b\": {\n\t\t\"c\": []\n\t}\n}"
    );
    let long = s(&mut h, "abcdefghijklmnop");
    let small = parse(&mut h, r#"{"a":[1]}"#).unwrap();
    assert_eq!(stringify(&mut h, &[small, Value::NULL, long]), "{\nabcdefghij\"a\": [\nabcdefghijabcdefghij1\nabcdefghij]\n}");
    assert_eq!(stringify(&mut h, &[small, Value::NULL, Value::int(20)]), format!("{{\n{0}\"a\": [\n{0}{0}1\n{0}]\n}}", " ".repeat(10)));
    assert_eq!(stringify(&mut h, &[small, Value::NULL, Value::double(2.7)]), "{\n  \"a\": [\n    1\n  ]\n}");
    assert_eq!(stringify(&mut h, &[small, Value::NULL, Value::int(-5)]), r#"{"a":[1]}"#);
    let three = new(&mut h, "Number", &[Value::int(1)]).unwrap();
    assert_eq!(stringify(&mut h, &[small, Value::NULL, three]), "{\n \"a\": [\n  1\n ]\n}");
    let empty = parse(&mut h, "[[],{}]").unwrap();
    assert_eq!(stringify(&mut h, &[empty, Value::NULL, Value::int(2)]), "[\n  [],\n  {}\n]");
    // Maps, Sets and errors have no enumerable own properties.
    let m = new(&mut h, "Map", &[]).unwrap();
    assert_eq!(stringify(&mut h, &[m]), "{}");
}

#[test]
fn stringify_replacer_array_and_function() {
    let mut h = NativeHost::new();
    let o = parse(&mut h, r#"{"b":[1,{"c":"x","d":2}],"a":null,"1":true,"c":3}"#).unwrap();
    h.rt.roots.push(o);
    let one = s(&mut h, "1");
    let c = s(&mut h, "c");
    let b = s(&mut h, "b");
    let boxed_c = ops::to_object(&mut h, c).unwrap();
    let list = h.rt.new_array(vec![b, c, boxed_c, Value::int(1), one, Value::TRUE, Value::NULL]);
    let ab = s(&mut h, "ab");
    assert_eq!(
        stringify(&mut h, &[o, list, ab]),
        "{\nab\"b\": [\nabab1,\nabab{\nababab\"c\": \"x\"\nabab}\nab],\nab\"c\": 3,\nab\"1\": true\n}"
    );
    let empty = h.rt.new_array(vec![]);
    assert_eq!(stringify(&mut h, &[o, empty]), "{}");
    // A replacer function is called with (key, value): `String` returns the
    // key, "" for the root.
    let string = h.global_path("String");
    assert_eq!(stringify(&mut h, &[o, string]), "\"\"");
}

#[test]
fn stringify_to_json() {
    let mut h = NativeHost::new();
    let o = parse(&mut h, r#"{"x":{"y":1},"z":[{"w":2}]}"#).unwrap();
    h.rt.roots.push(o);
    // toJSON = String.prototype.concat-like natives are called with the key.
    let to_upper = h.global_path("String.prototype.toUpperCase");
    let x = get(&mut h, o, "x");
    h.rt.define_own(x, PropKey::Atom(atoms::TO_JSON), to_upper, PropFlags::DATA);
    assert_eq!(stringify(&mut h, &[o]), r#"{"x":"[OBJECT OBJECT]","z":[{"w":2}]}"#);
    // toJSON receives the key: `String` returns it as the value.
    let string = h.global_path("String");
    let z = get(&mut h, o, "z");
    let w = get(&mut h, z, "0");
    h.rt.define_own(w, PropKey::Atom(atoms::TO_JSON), string, PropFlags::DATA);
    assert_eq!(stringify(&mut h, &[o]), r#"{"x":"[OBJECT OBJECT]","z":["0"]}"#);
}

#[test]
fn stringify_cycles_match_v8() {
    let mut h = NativeHost::new();
    let cases: &[(&str, &[&str], &str)] = &[
        (r#"{"x":1}"#, &["x"], "\n    --> starting at object with constructor 'Object'\n    --- property 'x' closes the circle"),
        (
            r#"{"b":[{}]}"#,
            &["b", "0", "c"],
            "\n    --> starting at object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Array'\n    |     index 0 -> object with constructor 'Object'\n    --- property 'c' closes the circle",
        ),
        (
            r#"{"q":{"r":{"s":{"t":{}}}}}"#,
            &["q", "r", "s", "t", "u"],
            "\n    --> starting at object with constructor 'Object'\n    |     property 'q' -> object with constructor 'Object'\n    |     property 'r' -> object with constructor 'Object'\n    |     ...\n    |     property 't' -> object with constructor 'Object'\n    --- property 'u' closes the circle",
        ),
        (r#"{"":1}"#, &[""], "\n    --> starting at object with constructor 'Object'\n    --- <anonymous> closes the circle"),
        (r#"[[1]]"#, &["0", "1"], "\n    --> starting at object with constructor 'Array'\n    |     index 0 -> object with constructor 'Array'\n    --- index 1 closes the circle"),
    ];
    for (text, path, want) in cases {
        let root = parse(&mut h, text).unwrap();
        h.rt.roots.push(root);
        let mut holder = root;
        for name in &path[..path.len() - 1] {
            holder = get(&mut h, holder, name);
        }
        let k = h.rt.key_from_str(path[path.len() - 1]);
        h.rt.define_own(holder, k, root, PropFlags::DATA);
        assert_eq!(stringify(&mut h, &[root]), format!("TypeError: Converting circular structure to JSON{}", want));
    }
    // The cycle may start below the root; a Map names its constructor.
    let m = new(&mut h, "Map", &[]).unwrap();
    let k = h.rt.key_from_str("self");
    h.rt.define_own(m, k, m, PropFlags::DATA);
    let top = h.rt.new_array(vec![m]);
    assert_eq!(
        stringify(&mut h, &[top]),
        "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Map'\n    --- property 'self' closes the circle"
    );
    // Shared (non-circular) references are fine.
    let shared = h.rt.new_object();
    let pair = h.rt.new_array(vec![shared, shared]);
    assert_eq!(stringify(&mut h, &[pair]), "[{},{}]");
}

#[test]
fn stringify_deep_nesting_is_a_range_error() {
    let mut h = NativeHost::new();
    let mut v = h.rt.new_array(vec![]);
    for _ in 0..10_000 {
        v = h.rt.new_array(vec![v]);
    }
    assert_eq!(stringify(&mut h, &[v]), "RangeError: Maximum call stack size exceeded");
}

// ---- Map and Set --------------------------------------------------------------------

#[test]
fn map_basics() {
    let mut h = NativeHost::new();
    let pairs = parse(&mut h, r#"[["a",1],["b",2],["a",3]]"#).unwrap();
    let m = new(&mut h, "Map", &[pairs]).unwrap();
    h.rt.roots.push(m);
    assert_eq!(get(&mut h, m, "size"), Value::int(2));
    let a = s(&mut h, "a");
    assert_eq!(method(&mut h, m, "get", &[a]).unwrap(), Value::int(3));
    // Numbers: -0 is 0, NaN is NaN, an int and an equal double are one key.
    method(&mut h, m, "set", &[Value::double(-0.0), Value::int(7)]).unwrap();
    assert_eq!(method(&mut h, m, "get", &[Value::int(0)]).unwrap(), Value::int(7));
    method(&mut h, m, "set", &[Value::double(f64::NAN), Value::int(8)]).unwrap();
    assert_eq!(method(&mut h, m, "get", &[Value::double(-f64::NAN)]).unwrap(), Value::int(8));
    method(&mut h, m, "set", &[Value::double(5.0), Value::int(9)]).unwrap();
    assert_eq!(method(&mut h, m, "get", &[Value::int(5)]).unwrap(), Value::int(9));
    let five = s(&mut h, "5");
    assert_eq!(method(&mut h, m, "has", &[five]).unwrap(), Value::FALSE);
    // Objects by identity, undefined and null as keys.
    let o1 = h.rt.new_object();
    let o2 = h.rt.new_object();
    method(&mut h, m, "set", &[o1, Value::TRUE]).unwrap();
    assert_eq!(method(&mut h, m, "has", &[o2]).unwrap(), Value::FALSE);
    method(&mut h, m, "set", &[Value::UNDEFINED, Value::NULL]).unwrap();
    assert_eq!(method(&mut h, m, "has", &[]).unwrap(), Value::TRUE);
    assert_eq!(get(&mut h, m, "size"), Value::int(7));
    assert_eq!(method(&mut h, m, "delete", &[a]).unwrap(), Value::TRUE);
    assert_eq!(method(&mut h, m, "delete", &[a]).unwrap(), Value::FALSE);
    let it = method(&mut h, m, "keys", &[]).unwrap();
    let keys = h.call_path("Array.from", Value::UNDEFINED, &[it]).unwrap();
    assert_eq!(stringify(&mut h, &[keys]), r#"["b",0,null,5,{},null]"#);
    let it = method(&mut h, m, "entries", &[]).unwrap();
    let entries = h.call_path("Array.from", Value::UNDEFINED, &[it]).unwrap();
    assert_eq!(stringify(&mut h, &[entries]), r#"[["b",2],[0,7],[null,8],[5,9],[{},true],[null,null]]"#);
    // The stored key is +0, not -0.
    let zero = mapdata::step(&h.rt, m, &mut 2).unwrap().0;
    assert_eq!(zero, Value::int(0));
    assert_eq!(method(&mut h, m, "clear", &[]).unwrap(), Value::UNDEFINED);
    assert_eq!(get(&mut h, m, "size"), Value::int(0));
    // `new Map(map)` copies.
    method(&mut h, m, "set", &[a, Value::int(1)]).unwrap();
    let copy = new(&mut h, "Map", &[m]).unwrap();
    assert_eq!(get(&mut h, copy, "size"), Value::int(1));
    assert_eq!(method(&mut h, copy, "get", &[a]).unwrap(), Value::int(1));
}

#[test]
fn set_basics() {
    let mut h = NativeHost::new();
    let items = parse(&mut h, r#"[3,1,3,2,1,"1"]"#).unwrap();
    let st = new(&mut h, "Set", &[items]).unwrap();
    h.rt.roots.push(st);
    assert_eq!(get(&mut h, st, "size"), Value::int(4));
    method(&mut h, st, "add", &[Value::double(-0.0)]).unwrap();
    method(&mut h, st, "add", &[Value::int(0)]).unwrap();
    let values = method(&mut h, st, "values", &[]).unwrap();
    let arr = h.call_path("Array.from", Value::UNDEFINED, &[values]).unwrap();
    assert_eq!(stringify(&mut h, &[arr]), r#"[3,1,2,"1",0]"#);
    let last = h.rt.obj(arr).map(|o| match &o.class {
        Class::Array(e) => e[4],
        _ => Value::UNDEFINED,
    });
    assert_eq!(last, Some(Value::int(0)));
    let entries = method(&mut h, st, "entries", &[]).unwrap();
    let arr = h.call_path("Array.from", Value::UNDEFINED, &[entries]).unwrap();
    assert_eq!(stringify(&mut h, &[arr]), r#"[[3,3],[1,1],[2,2],["1","1"],[0,0]]"#);
    let keys = get(&mut h, st, "keys");
    let values = get(&mut h, st, "values");
    assert_eq!(keys, values);
    let word = s(&mut h, "mississippi");
    let letters = new(&mut h, "Set", &[word]).unwrap();
    assert_eq!(get(&mut h, letters, "size"), Value::int(4));
    let d = s(&mut h, "1");
    assert_eq!(method(&mut h, st, "delete", &[d]).unwrap(), Value::TRUE);
    assert_eq!(method(&mut h, st, "has", &[d]).unwrap(), Value::FALSE);
}

#[test]
fn map_set_errors_match_v8() {
    let mut h = NativeHost::new();
    for name in ["Map", "Set"] {
        let r = h.call_path(name, Value::UNDEFINED, &[]);
        assert_eq!(show_result(&mut h, r), format!("TypeError: Constructor {} requires 'new'", name));
    }
    let bad = parse(&mut h, r#"[[1,2],"ab"]"#).unwrap();
    let r = new(&mut h, "Map", &[bad]);
    assert_eq!(show_result(&mut h, r), "TypeError: Iterator value ab is not an entry object");
    let bad = parse(&mut h, "[null]").unwrap();
    let r = new(&mut h, "Map", &[bad]);
    assert_eq!(show_result(&mut h, r), "TypeError: Iterator value null is not an entry object");
    let r = new(&mut h, "Map", &[Value::int(5)]);
    assert_eq!(show_result(&mut h, r), "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))");
    let o = h.rt.new_object();
    let r = new(&mut h, "Set", &[o]);
    assert_eq!(show_result(&mut h, r), "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))");
    let r = new(&mut h, "Set", &[Value::NULL]);
    assert!(r.is_ok());
    let m = new(&mut h, "Map", &[]).unwrap();
    h.rt.roots.push(m);
    let st = new(&mut h, "Set", &[]).unwrap();
    h.rt.roots.push(st);
    let get_fn = get(&mut h, m, "get");
    let r = h.call(get_fn, o, &[]);
    assert_eq!(show_result(&mut h, r), "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>");
    let add = get(&mut h, st, "add");
    let r = h.call(add, m, &[]);
    assert_eq!(show_result(&mut h, r), "TypeError: Method Set.prototype.add called on incompatible receiver #<Map>");
    let clear = get(&mut h, m, "clear");
    let r = h.call(clear, Value::NULL, &[]);
    assert_eq!(show_result(&mut h, r), "TypeError: Method Map.prototype.clear called on incompatible receiver null");
    let proto = h.rt.intrinsics.map_proto;
    let r = ops::get(&mut h, proto, PropKey::Atom(atoms::SIZE));
    assert_eq!(show_result(&mut h, r), "TypeError: Method get Map.prototype.size called on incompatible receiver #<Map>");
    let r = method(&mut h, m, "forEach", &[Value::int(1)]);
    assert_eq!(show_result(&mut h, r), "TypeError: number 1 is not a function");
    let r = method(&mut h, st, "forEach", &[]);
    assert_eq!(show_result(&mut h, r), "TypeError: undefined is not a function");
    let abc = s(&mut h, "abc");
    let r = method(&mut h, m, "forEach", &[abc]);
    assert_eq!(show_result(&mut h, r), "TypeError: string \"abc\" is not a function");
    let r = method(&mut h, m, "forEach", &[Value::NULL]);
    assert_eq!(show_result(&mut h, r), "TypeError: object null is not a function");
}

#[test]
fn prototype_shapes_match_node() {
    let mut h = NativeHost::new();
    for (proto, want) in [
        (h.rt.intrinsics.map_proto, "constructor,get,set,has,delete,clear,entries,forEach,keys,size,values"),
        (h.rt.intrinsics.set_proto, "constructor,has,add,delete,clear,entries,forEach,size,values,keys"),
    ] {
        let names: Vec<String> = h.rt.own_keys(proto, false).into_iter().map(|k| h.rt.key_text(k)).collect();
        assert_eq!(names.join(","), want);
        assert!(h.rt.own_keys(proto, true).is_empty());
    }
    let lengths: Vec<String> = ["Map", "Set", "Map.prototype.forEach", "Map.prototype.set", "Set.prototype.add", "JSON.parse", "JSON.stringify"]
        .iter()
        .map(|p| {
            let f = h.global_path(p);
            let n = get(&mut h, f, "length");
            format!("{}", n.as_int())
        })
        .collect();
    assert_eq!(lengths.join(" "), "0 0 1 2 1 2 3");
    let keys = h.global_path("Set.prototype.keys");
    let name = get(&mut h, keys, "name");
    assert_eq!(h.text(name), "values");
}

#[test]
fn for_each_visits_additions_and_skips_deletions() {
    let mut h = NativeHost::new();
    let pairs = parse(&mut h, r#"[[1,"x"],[2,"y"]]"#).unwrap();
    let m = new(&mut h, "Map", &[pairs]).unwrap();
    h.rt.roots.push(m);
    // The callback is `log.push` bound to an array: it records (value, key, map).
    let log = h.rt.new_array(vec![]);
    h.rt.roots.push(log);
    let push = h.global_path("Array.prototype.push");
    let bind = h.global_path("Function.prototype.bind");
    let cb = h.call(bind, push, &[log]).unwrap();
    // Mutate between the entries by hand: delete 2 and add 3 before iterating 2.
    mapdata::begin_iteration(&mut h.rt, m);
    let mut pos = 0;
    assert_eq!(mapdata::step(&h.rt, m, &mut pos).map(|e| e.0), Some(Value::int(1)));
    mapdata::remove(&mut h.rt, m, Value::int(2));
    let z = s(&mut h, "z");
    mapdata::insert(&mut h.rt, m, Value::int(3), z);
    assert_eq!(mapdata::step(&h.rt, m, &mut pos).map(|e| e.0), Some(Value::int(3)));
    assert_eq!(mapdata::step(&h.rt, m, &mut pos), None);
    mapdata::end_iteration(&mut h.rt, m);
    method(&mut h, m, "forEach", &[cb]).unwrap();
    assert_eq!(get(&mut h, log, "length"), Value::int(6));
    let first = get(&mut h, log, "0");
    assert_eq!(h.text(first), "x");
    assert_eq!(get(&mut h, log, "1"), Value::int(1));
    assert_eq!(get(&mut h, log, "2"), m);
}

#[test]
fn iterators_survive_deletes_compaction_and_clear() {
    let mut h = NativeHost::new();
    let m = new(&mut h, "Map", &[]).unwrap();
    h.rt.roots.push(m);
    for i in 0..100 {
        mapdata::insert(&mut h.rt, m, Value::int(i), Value::int(i));
    }
    let it = mapdata::new_iterator(&mut h.rt, m, IterKind::Keys);
    h.rt.roots.push(it);
    assert_eq!(mapdata::iterator_step(&mut h.rt, it).map(|e| e.0 .0), Some(Value::int(0)));
    // Deleting most entries (behind and ahead of the iterator) must not
    // make it skip or repeat any live entry.
    for i in 0..90 {
        if i != 50 {
            mapdata::remove(&mut h.rt, m, Value::int(i));
        }
    }
    let mut seen = vec![];
    while let Some(((k, _), _)) = mapdata::iterator_step(&mut h.rt, it) {
        seen.push(k.as_int());
    }
    assert_eq!(seen, vec![50, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
    // No iterator left: deleting compacts the tombstones away.
    for i in 90..99 {
        mapdata::remove(&mut h.rt, m, Value::int(i));
    }
    let d = mapdata::data(&h.rt, m).unwrap();
    assert_eq!((d.live, d.iterators), (2, 0));
    assert!(d.entries.len() < 20, "{} entries kept", d.entries.len());
    // Clear during iteration: the iterator sees only what is added after.
    let it = mapdata::new_iterator(&mut h.rt, m, IterKind::Keys);
    h.rt.roots.push(it);
    assert!(mapdata::iterator_step(&mut h.rt, it).is_some());
    mapdata::clear(&mut h.rt, m);
    mapdata::insert(&mut h.rt, m, Value::int(7), Value::int(7));
    assert_eq!(mapdata::iterator_step(&mut h.rt, it).map(|e| e.0 .0), Some(Value::int(7)));
    assert!(mapdata::iterator_step(&mut h.rt, it).is_none());
    assert_eq!(mapdata::data(&h.rt, m).unwrap().iterators, 0);
    // A churning map with a long-lived first entry stays small.
    for i in 0..10_000 {
        mapdata::insert(&mut h.rt, m, Value::int(1000 + i), Value::int(0));
        mapdata::remove(&mut h.rt, m, Value::int(1000 + i));
    }
    assert!(mapdata::data(&h.rt, m).unwrap().entries.len() < 40);
}

#[test]
fn string_keys_compare_by_content() {
    let mut h = NativeHost::new();
    let m = new(&mut h, "Map", &[]).unwrap();
    h.rt.roots.push(m);
    let a1 = s(&mut h, "key");
    let a2 = s(&mut h, "key");
    assert_ne!(a1, a2);
    method(&mut h, m, "set", &[a1, Value::int(1)]).unwrap();
    assert_eq!(method(&mut h, m, "get", &[a2]).unwrap(), Value::int(1));
    // A rope with the same content is the same key.
    let left = s(&mut h, "abcdefghijklmnop");
    let right = s(&mut h, "qrstuvwxyz0123456789");
    let rope = h.rt.heap.concat_strings(left.as_ref(), right.as_ref());
    let flat = s(&mut h, "abcdefghijklmnopqrstuvwxyz0123456789");
    method(&mut h, m, "set", &[rope, Value::int(2)]).unwrap();
    assert_eq!(method(&mut h, m, "get", &[flat]).unwrap(), Value::int(2));
    assert_eq!(get(&mut h, m, "size"), Value::int(2));
}

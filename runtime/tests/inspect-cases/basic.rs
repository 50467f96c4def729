//! Trees for gen.js's primitive, string, plain-object, line-width and depth
//! cases (see ../inspect.rs for the harness and the builder helpers).

use super::*;
use kiln_runtime::inspect::{ObjectKind, ObjectNode, Prop, PropValue};

fn utf16(units: &[u16]) -> Node {
    Node::String(units.to_vec())
}

fn x(count: usize) -> Node {
    s(&"x".repeat(count))
}

fn opts(depth: Option<u32>) -> InspectOptions {
    InspectOptions { depth, ..InspectOptions::default() }
}

pub fn cases(out: &mut Vec<(&'static str, Case)>) {
    let mut add = |name: &'static str, node: Node| out.push((name, Case::Inspect(node)));
    add("num_int", n("42"));
    add("num_neg_zero", n("-0"));
    add("num_float", n("1.5"));
    add("num_nan", n("NaN"));
    add("num_neg_inf", n("-Infinity"));
    add("bigint", Node::BigInt("123".into()));
    add("undefined", Node::Undefined);
    add("null", Node::Null);
    add("bool", Node::Bool(true));
    add("str_plain", s("hello"));
    add("str_single_quote", s("it's"));
    add("str_both_quotes", s("it's \"x\""));
    add("str_all_quotes", s("it's \"x\" `y`"));
    add("str_dollar_brace", s("it's \"x\" ${y}"));
    add("str_escapes", s("a\nb\tc\x1B\x00\x7f\u{85}\\\x0b\r\x08\x0c"));
    add(
        "str_lone_surrogates",
        arr(vec![utf16(&[0xD83D]), utf16(&[0x61, 0xDE00, 0x62]), utf16(&[0xD83D, 0xDE00])]),
    );
    add("str_emoji", s("😀 ok"));
    add(
        "str_long_lines",
        s("first line of text\nsecond line of text here\nthird line which is long enough to break"),
    );
    add("str_long_no_newline", x(100));
    add(
        "str_long_in_object",
        obj(vec![(
            "text",
            s("alpha beta gamma delta\nepsilon zeta eta theta iota\nkappa lambda mu nu xi omicron"),
        )]),
    );
    add("str_max_length", s(&"ab".repeat(5001)));
    add("symbol", Node::Symbol(js("foo")));
    add("symbol_empty", Node::Symbol(Vec::new()));

    add("obj_empty", obj(vec![]));
    add("obj_simple", obj(vec![("a", i(1)), ("b", s("x")), ("c", ints([1, 2]))]));
    add(
        "obj_keys_quoted",
        obj(vec![("1", i(2)), ("a-b", i(1)), ("x y", i(3)), ("_ok", i(4)), ("it's", i(5)), ("", i(6)), ("$d", i(7))]),
    );
    add("obj_proto_key", obj(vec![("__proto__", i(1))]));
    let sym = ObjectNode::plain(next_id(), vec![Prop::new("a", i(2)), Prop::symbol("s", i(1)), Prop::symbol("new\nline", i(3))]);
    add("obj_symbol_key", sym.node());
    let acc = ObjectNode::plain(
        next_id(),
        vec![Prop::with("a", PropValue::Getter), Prop::with("b", PropValue::Setter), Prop::with("c", PropValue::GetterSetter)],
    );
    add("obj_accessors", acc.node());
    let letters = |count: usize| -> Node {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
        obj(names[..count].iter().enumerate().map(|(k, name)| (*name, i(k as i64 + 1))).collect())
    };
    add("obj_7_keys", letters(7));
    add("obj_12_keys", letters(12));
    let keys: Vec<String> = (0..30).map(|k| format!("k{k}")).collect();
    add("obj_30_keys", obj(keys.iter().enumerate().map(|(k, name)| (name.as_str(), i(k as i64))).collect()));

    for (name, w) in [
        ("obj_width_58", 58),
        ("obj_width_59", 59),
        ("obj_width_60", 60),
        ("obj_width_61", 61),
        ("obj_width_62", 62),
        ("obj_width_63", 63),
        ("obj_width_64", 64),
    ] {
        add(name, obj(vec![("k", x(w))]));
    }
    for (name, w) in [
        ("obj_two_width_44", 44),
        ("obj_two_width_45", 45),
        ("obj_two_width_46", 46),
        ("obj_two_width_47", 47),
        ("obj_two_width_48", 48),
    ] {
        add(name, obj(vec![("a", x(w)), ("b", s(&"y".repeat(10)))]));
    }
    for (name, w) in [
        ("obj_nested_width_50", 50),
        ("obj_nested_width_51", 51),
        ("obj_nested_width_52", 52),
        ("obj_nested_width_53", 53),
        ("obj_nested_width_54", 54),
        ("obj_nested_width_55", 55),
    ] {
        add(name, obj(vec![("outer", obj(vec![("k", x(w))]))]));
    }
    for (name, w) in [
        ("obj_nested2_width_46", 46),
        ("obj_nested2_width_48", 48),
        ("obj_nested2_width_50", 50),
        ("obj_nested2_width_52", 52),
        ("obj_nested2_width_53", 53),
        ("obj_nested2_width_54", 54),
    ] {
        add(name, obj(vec![("o", obj(vec![("p", obj(vec![("k", x(w))]))]))]));
    }

    // Objects at level 3 are past the default depth: their children are elided.
    let deep = |inner: Node| obj(vec![("a", obj(vec![("b", inner)]))]);
    add("depth_object", deep(obj(vec![("c", obj(vec![("d", Node::Elided)]))])));
    add("depth_array", deep(obj(vec![("c", arr(vec![Node::Elided]))])));
    add("depth_empty", deep(obj(vec![("c", obj(vec![])), ("d", arr(vec![]))])));
    add(
        "depth_class",
        deep(obj(vec![("c", inst("Foo", vec![("x", Node::Elided), ("y", Node::Elided)])), ("d", inst("Bar", vec![]))])),
    );
    add(
        "depth_map_set",
        deep(obj(vec![
            ("m", map(vec![(Node::Elided, Node::Elided)]).node()),
            ("s", set(vec![Node::Elided]).node()),
            ("e", map(vec![]).node()),
        ])),
    );
    let null_proto =
        ObjectNode { props: props(vec![("x", Node::Elided)]), ..ObjectNode::new(next_id(), None, ObjectKind::Plain) };
    add("depth_null_proto", deep(obj(vec![("c", null_proto.node())])));
    let named = func("named", FunctionKind::Normal).prop(Prop::new("prop", Node::Elided));
    add("depth_function", deep(obj(vec![("f", named.node()), ("g", class("Bar", None).node())])));

    let five = obj(vec![("a", obj(vec![("b", obj(vec![("c", obj(vec![("d", obj(vec![("e", i(1))]))]))]))]))]);
    out.push(("depth_5_compact", Case::With(five, opts(Some(5)))));
    let six = obj(vec![(
        "a",
        obj(vec![("b", obj(vec![("c", obj(vec![("d", obj(vec![("e", obj(vec![("f", ints([1, 2]))]))]))]))]))]),
    )]);
    out.push(("depth_infinite", Case::With(six, opts(None))));
    let mixed = obj(vec![("x", obj(vec![("y", obj(vec![("z", i(1))]))])), ("w", i(2))]);
    out.push(("compact_mixed", Case::With(mixed, opts(Some(5)))));

    out.push((
        "more_key_escapes",
        Case::Inspect(obj(vec![("a\nb", i(1)), ("q'uote", i(2)), ("d\"q", i(3)), ("é", i(4)), ("a1", i(5)), ("1a", i(6))])),
    ));
    let hidden_key = ObjectNode::plain(next_id(), vec![hidden("it's", i(1))]).node();
    out.push(("more_hidden_key_escape", Case::With(hidden_key, InspectOptions { show_hidden: true, ..opts(Some(2)) })));
    let nested = obj(vec![
        ("a", x(30)),
        ("b", obj(vec![("c", s(&"y".repeat(30))), ("d", s(&"z".repeat(30)))])),
        ("e", i(1)),
    ]);
    out.push(("more_nested_multiline", Case::Inspect(nested)));
    let symbols = arr(vec![Node::Symbol(js("a")), Node::Symbol(js("Symbol.iterator")), Node::Symbol(js("it's"))]);
    out.push(("more_symbol_values", Case::Inspect(symbols)));
    out.push(("more_top_strings", Case::Inspect(strs(&["x", "y'", "\t"]))));
}

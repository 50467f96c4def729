//! Argument lists for gen.js's `console.log` (util.format) cases: plain
//! argument joining and the `%s %d %i %f %j %o %O %c %%` directives.

use super::*;

fn a(node: Node) -> Arg {
    Arg::new(node)
}

fn with_number(node: Node, number: &str) -> Arg {
    Arg { number: Some(number.into()), ..Arg::new(node) }
}

pub fn cases(out: &mut Vec<(&'static str, Case)>) {
    let mut add = |name: &'static str, args: Vec<Arg>| out.push((name, Case::Log(args)));
    add("log_strings", vec![a(s("hello")), a(s("world"))]);
    add("log_single_string", vec![a(s("just %s"))]);
    add("log_s_d", vec![a(s("%s is %d years")), a(s("Bob")), a(i(42))]);
    add(
        "log_s_object",
        vec![
            a(s("%s")),
            a(obj(vec![("a", obj(vec![("b", i(1))])), ("c", arr(vec![i(1), ints([2])]))])),
        ],
    );
    add("log_s_array", vec![a(s("%s!")), a(arr(vec![i(1), arr(vec![i(2), ints([3])])]))]);
    add(
        "log_s_primitives",
        vec![
            a(s("%s %s %s %s %s %s")),
            a(Node::Null),
            a(Node::Undefined),
            a(Node::BigInt("5".into())),
            a(Node::Symbol(js("q"))),
            a(n("-0")),
            a(s("str")),
        ],
    );
    let custom = Arg { to_string: Some("custom!".into()), ..a(inst("WithToString", vec![])) };
    add("log_s_user_tostring", vec![a(s("%s")), custom]);
    add("log_d_string", vec![a(s("%d")), with_number(s("42"), "42")]);
    add(
        "log_d_conversions",
        vec![
            a(s("%d %d %d %d")),
            a(n("-0")),
            a(Node::BigInt("5".into())),
            a(Node::Symbol(js("x"))),
            with_number(obj(vec![]), "NaN"),
        ],
    );
    add(
        "log_i_f",
        vec![a(s("%i %f %i")), with_number(n("42.9"), "42"), with_number(s("3.5abc"), "3.5"), a(Node::BigInt("5".into()))],
    );
    let json = Arg { json: Some(r#"{"a":[1,"x"]}"#.into()), ..a(obj(vec![("a", arr(vec![i(1), s("x")]))])) };
    add("log_j", vec![a(s("%j")), json]);
    let mut shown = kiln_runtime::inspect::ObjectNode::array(next_id(), vec![i(1), i(2)]);
    shown.props.push(hidden("length", i(2)));
    let o = Arg { hidden: Some(shown.node()), ..a(ints([1, 2])) };
    add("log_o", vec![a(s("%o")), o]);
    let deep = obj(vec![("a", obj(vec![("b", obj(vec![("c", obj(vec![("d", Node::Elided)]))]))]))]);
    add("log_O", vec![a(s("%O")), a(deep)]);
    add("log_c", vec![a(s("%cstyled")), a(s("color: red"))]);
    add("log_percent", vec![a(s("100%%")), a(i(1))]);
    add("log_percent_no_args", vec![a(s("100%% and %s"))]);
    add("log_unknown_directive", vec![a(s("%x")), a(i(1))]);
    add("log_missing_args", vec![a(s("%s %s")), a(s("a"))]);
    add("log_trailing_percent", vec![a(s("50%")), a(s("x"))]);
    add("log_mixed", vec![a(s("a")), a(obj(vec![("b", i(1))])), a(i(3)), a(s("c"))]);
    add("log_non_string_first", vec![a(i(1)), a(s("a")), a(ints([2]))]);
    add("log_extra_after_directives", vec![a(s("%s:")), a(s("k")), a(obj(vec![("v", i(1))])), a(s("tail"))]);

    add("log_top_string_escapes", vec![a(s("a\tb")), a(s("it's")), a(obj(vec![("s", s("it's"))]))]);
    add("log_percent_at_end", vec![a(s("ends with %")), a(i(1))]);
    add("log_directive_s_string_obj", vec![a(s("[%s] [%O]")), a(s("str")), a(s("str"))]);
    add("log_only_objects", vec![a(obj(vec![("a", i(1))])), a(ints([1, 2])), a(map(vec![]).node())]);
    add("log_empty_format", vec![a(s("")), a(i(1))]);
}

//! Trees for gen.js's Map/Set, circular, class, function, boxed primitive,
//! error, Date, RegExp, Promise, weak collection, typed array and custom
//! inspection cases.

use super::*;
use kiln_runtime::inspect::{ObjectKind, ObjectNode, PromiseState, Prop};

fn kind(id: u32, ctor: Option<&str>, kind: ObjectKind) -> ObjectNode {
    ObjectNode::new(id, ctor, kind)
}

fn boxed(ctor: &str, prim: Node) -> ObjectNode {
    kind(next_id(), Some(ctor), ObjectKind::Boxed(prim))
}

pub fn cases(out: &mut Vec<(&'static str, Case)>) {
    let mut add = |name: &'static str, node: Node| out.push((name, Case::Inspect(node)));
    add("map_basic", map(vec![(s("a"), i(1)), (s("b"), obj(vec![("x", i(1))]))]).node());
    add("map_empty", map(vec![]).node());
    add("set_one", set(vec![i(1)]).node());
    add("set_empty", set(vec![]).node());
    add("set_many", set((0..30).map(i).collect()).node());
    add(
        "map_object_keys",
        map(vec![(obj(vec![("k", i(1))]), ints([1, 2])), (Node::Null, Node::Undefined)]).node(),
    );
    add(
        "map_in_object",
        obj(vec![("m", map(vec![(s("k"), set(vec![s("v")]).node())]).node()), ("s", set(vec![]).node())]),
    );
    add("map_extra_prop", map(vec![(s("a"), i(1))]).prop(Prop::new("foo", i(1))).node());

    add("circular_self", obj_id(1, vec![("self", Node::Circular(1))]));
    add(
        "circular_two",
        obj_id(
            1,
            vec![("b", obj(vec![("a", Node::Circular(1))])), ("c", obj_id(2, vec![("n", i(1)), ("c", Node::Circular(2))]))],
        ),
    );
    add("circular_array", ObjectNode::array(1, vec![i(1), Node::Circular(1)]).node());
    let mut m = map(vec![(s("m"), Node::Circular(7))]);
    m.id = 7;
    add("circular_map", m.node());
    add(
        "circular_inner",
        obj(vec![("x", obj_id(3, vec![("y", obj(vec![("back", Node::Circular(3))]))]))]),
    );
    let shared = || obj_id(4, vec![("x", i(1))]);
    add("shared_not_circular", obj(vec![("a", shared()), ("b", shared())]));

    let foo_instance = || inst("Foo", vec![("x", i(1)), ("y", s("a"))]);
    add("class_instance", foo_instance());
    add("class_empty", inst("Bar", vec![]));
    add("class_nested", obj(vec![("foo", foo_instance()), ("list", arr(vec![inst("Bar", vec![]), foo_instance()]))]));
    add("class_tagged", kind(next_id(), Some("Tagged"), ObjectKind::Plain).tag("Tag").node());
    add("obj_tag_own_nonenum", ObjectNode::plain(next_id(), props(vec![("a", i(1))])).tag("T").node());
    add("null_proto", ObjectNode { props: props(vec![("a", i(1))]), ..kind(next_id(), None, ObjectKind::Plain) }.node());
    add("null_proto_empty", kind(next_id(), None, ObjectKind::Plain).node());

    add("fn_named", func("named", FunctionKind::Normal).prop(Prop::new("prop", i(1))).node());
    add("fn_plain", func("f", FunctionKind::Normal).node());
    add("fn_anonymous", func("", FunctionKind::Normal).node());
    add("fn_async", func("af", FunctionKind::Async).node());
    add("fn_generator", func("gen", FunctionKind::Generator).node());
    add("fn_async_generator", func("ag", FunctionKind::AsyncGenerator).node());
    add(
        "fn_in_object",
        obj(vec![("f", func("f", FunctionKind::Normal).node()), ("g", func("", FunctionKind::Normal).node())]),
    );
    add("class_plain", class("Animal", None).node());
    add("class_extends", class("Dog", Some("Animal")).node());
    add("class_anonymous", class("", None).node());
    add("class_static", class("Static", None).prop(Prop::new("x", i(1))).node());

    add("boxed_number", boxed("Number", n("3")).node());
    add("boxed_neg_zero", boxed("Number", n("-0")).node());
    add("boxed_string", boxed("String", s("ab")).node());
    add("boxed_string_prop", boxed("String", s("ab")).prop(Prop::new("x", i(1))).node());
    add("boxed_boolean", boxed("Boolean", Node::Bool(true)).node());
    add("boxed_symbol", boxed("Symbol", Node::Symbol(js("s"))).node());
    add("boxed_bigint", boxed("BigInt", Node::BigInt("10".into())).node());

    let boom = || error("Error", "Error", "boom", STACK);
    add("error_stack", boom().node());
    add("error_prop", boom().prop(Prop::new("code", s("E1"))).node());
    add("error_no_frames", error("Error", "Error", "boom", "Error: boom").node());
    add(
        "error_no_frames_prop",
        error("Error", "Error", "boom", "Error: boom").prop(Prop::new("code", i(1))).node(),
    );
    add("error_nested", obj(vec![("e", boom().node()), ("n", i(1))]));
    add("error_type", error("TypeError", "TypeError", "bad", "TypeError: bad\n    at x (y.js:3:4)").node());
    add("error_subclass", error("MyError", "Error", "x", "Error: x\n    at z (q.js:1:2)").node());
    add("error_renamed", error("Error", "Custom", "boom", STACK).prop(Prop::new("name", s("Custom"))).node());
    add("error_message_prop", boom().prop(Prop::new("extra", Node::Bool(true))).node());
    let inner = error("Error", "Error", "inner", "Error: inner\n    at a (f.js:1:1)");
    let outer = error("Error", "Error", "outer", "Error: outer\n    at b (f.js:2:2)").prop(hidden("cause", inner.node()));
    add("error_cause", outer.node());
    let frames = "\n    at a (f.js:1:1)\n    at b (f.js:2:2)\n    at c (f.js:3:3)\n    at d (f.js:4:4)\n    at e (f.js:5:5)";
    let inner = error("Error", "Error", "inner", &format!("Error: inner\n    at x (f.js:9:9){frames}"));
    let outer = error("Error", "Error", "outer", &format!("Error: outer\n    at y (f.js:8:8){frames}"));
    add("error_cause_shared", outer.prop(hidden("cause", inner.node())).node());
    let deep = error("Error", "Error", "deep", "Error: deep\n    at q (w.js:1:1)");
    add("error_in_array_deep", arr(vec![arr(vec![deep.node()])]));

    let date = |text: &str| kind(next_id(), Some("Date"), ObjectKind::Date(text.into()));
    add("date", date("1970-01-01T00:00:00.000Z").node());
    add("date_invalid", date("Invalid Date").node());
    add("date_prop", date("1970-01-01T00:00:00.000Z").prop(Prop::new("p", i(1))).node());
    let re = |text: &str| kind(next_id(), Some("RegExp"), ObjectKind::RegExp(text.into()));
    add("regexp", re("/ab+c/gi").node());
    add("regexp_prop", re("/x/").prop(Prop::new("p", i(1))).node());
    let promise = |state| kind(next_id(), Some("Promise"), ObjectKind::Promise(state)).node();
    add("promise_resolved", promise(PromiseState::Fulfilled(obj(vec![("v", i(1))]))));
    add("promise_rejected", promise(PromiseState::Rejected(i(3))));
    add("promise_pending", promise(PromiseState::Pending));
    add("weakmap", kind(next_id(), Some("WeakMap"), ObjectKind::WeakMap).node());
    add("weakset", kind(next_id(), Some("WeakSet"), ObjectKind::WeakSet).node());

    let typed = |ctor: &str, values: &[&str]| {
        let mut a = ObjectNode::array(next_id(), values.iter().map(|t| n(t)).collect());
        a.constructor = Some(ctor.into());
        a.node()
    };
    add("typed_array", typed("Uint8Array", &["1", "2", "3"]));
    add("typed_array_grouped", typed("Float64Array", &["1.5", "2", "3.25", "4", "5", "6.5", "7", "8"]));
    add("typed_array_empty", typed("Uint8Array", &[]));
    let args = ObjectNode { props: props(vec![("0", i(1)), ("1", s("a"))]), ..kind(next_id(), Some("Object"), ObjectKind::Arguments) };
    add("arguments", args.node());
    add("custom_inspect", obj(vec![("c", Node::Custom("CUSTOM\nline2".into()))]));

    add("more_circular_deep", obj_id(1, vec![("l1", obj(vec![("l2", obj(vec![("l3", obj(vec![("back", Node::Elided)]))]))]))]));
    let m = map(vec![(s("self"), Node::Circular(5)), (s("list"), arr(vec![Node::Circular(5)]))]);
    add("more_circular_in_map_value", obj_id(5, vec![("name", s("o")), ("m", m.node())]));
    add(
        "more_circular_twice",
        obj_id(6, vec![("x", obj(vec![("p", Node::Circular(6)), ("q", Node::Circular(6))]))]),
    );
    let tstack = "TypeError: boom\n    at f (g.js:1:1)";
    let e = error("TypeError", "TypeError", "boom", tstack).prop(Prop::new("name", s("TypeError")));
    add("more_error_dedupe_name", e.node());
    add("more_error_dedupe_message", boom().prop(Prop::new("message", s("boom"))).node());
    let np = ObjectNode { constructor: None, ..error("Error", "Error", "np", "Error: np\n    at n (p.js:1:1)") };
    add("more_error_null_proto", np.node());
    let oops = error("Error", "Oops", "m", "Oops: m\n    at o (p.js:1:1)").prop(Prop::new("name", s("Oops")));
    add("more_error_name_not_error", oops.node());
    add("more_error_empty_message", error("Error", "Error", "", "Error\n    at e (m.js:1:1)").node());
    add("more_error_stack_no_name", error("Error", "Error", "plain", "plain\n    at s (t.js:1:1)").node());
    add("more_error_in_map", map(vec![(s("e"), error("Error", "Error", "m", "Error: m").node())]).node());
    let rejected = error("Error", "Error", "r", "Error: r\n    at p (q.js:1:1)").node();
    add("more_promise_rejected_error", obj(vec![("p", promise(PromiseState::Rejected(rejected)))]));
    let deep_value = obj(vec![("c", obj(vec![("d", Node::Elided)]))]);
    add("more_promise_deep", obj(vec![("a", obj(vec![("b", promise(PromiseState::Fulfilled(deep_value)))]))]));
    let long = format!("{}\n{}", "a".repeat(40), "b".repeat(40));
    add("more_boxed_long_string", boxed("String", s(&long)).node());
    let big = func("big", FunctionKind::Normal)
        .prop(Prop::new("a", s(&"x".repeat(40))))
        .prop(Prop::new("b", s(&"y".repeat(40))));
    add("more_fn_props_multi", big.node());
    let many = inst(
        "Foo",
        vec![
            ("x", i(1)),
            ("y", s("a")),
            ("z", ints([1, 2, 3])),
            ("w", obj(vec![("deep", obj(vec![("er", obj(vec![("est", Node::Elided)]))]))])),
        ],
    );
    add("more_class_instance_many", many);

    let e = error("Error", "Error", "x", "Error: x\n    at a (b.js:1:1)").prop(Prop::new("code", Node::Elided));
    let kinds = obj(vec![
        ("e", e.node()),
        ("f", func("named", FunctionKind::Normal).prop(Prop::new("prop", Node::Elided)).node()),
        ("r", re("/re/").prop(Prop::new("p", Node::Elided)).node()),
        ("d", date("1970-01-01T00:00:00.000Z").prop(Prop::new("p", Node::Elided)).node()),
        ("e2", error("Error", "Error", "y", "Error: y").node()),
    ]);
    add("more_depth_special_kinds", obj(vec![("a", obj(vec![("b", kinds)]))]));
}

//! Trees for gen.js's array cases: holes, extra keys, more than 100 items,
//! and the column grouping of numbers, strings, bigints and nested arrays.

use super::*;
use kiln_runtime::inspect::{ObjectNode, Prop};

fn name(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

pub fn cases(out: &mut Vec<(&'static str, Case)>) {
    let mut add = |name: &'static str, node: Node| out.push((name, Case::Inspect(node)));
    add("arr_empty", arr(vec![]));
    add("arr_simple", ints([1, 2, 3]));
    add("arr_holes", sparse(3, vec![(0, i(1)), (2, i(3))]).node());
    add("arr_all_holes", sparse(2, vec![]).node());
    add("arr_new_array", sparse(5, vec![]).node());
    add("arr_mixed_holes", sparse(9, vec![(0, i(1)), (4, i(5)), (6, s("x"))]).node());
    let extra = ObjectNode::array(next_id(), vec![i(1), i(2)])
        .prop(Prop::new("foo", s("bar")))
        .prop(Prop::new("a b", i(1)));
    add("arr_extra_keys", extra.node());
    add("arr_only_extra", ObjectNode::array(next_id(), vec![]).prop(Prop::new("foo", i(1))).node());
    add("arr_sparse_big", sparse(201, vec![(5, i(1)), (200, i(2))]).node());
    // Only the first 100 present elements are needed by the formatter.
    let evens: Vec<(u32, Node)> = (0..300).step_by(2).take(101).map(|k| (k as u32, i(k))).collect();
    add("arr_sparse_capped", sparse(299, evens).node());
    add("arr_101", ints(0..101));
    add("arr_250", ints((0..250).map(|k| k * 3)));
    add("arr_101_strings", arr((0..101).map(|k| s(WORDS[k % 20])).collect()));
    for len in [7, 8, 9, 10, 12, 16, 20, 26, 30] {
        add(name(format!("arr_nums_{len}")), ints((0..len).map(mixed_num)));
    }
    for len in [7, 10, 15, 20] {
        add(name(format!("arr_words_{len}")), strs(&WORDS[..len]));
    }
    let floats = ["-1", "2.5", "-0", "1e+21", "0.1", "123456", "-3.75", "1e-7", "42"];
    add("arr_floats", arr(floats.iter().map(|t| n(t)).collect()));
    add(
        "arr_mixed_types",
        arr(vec![i(1), s("a"), i(2), s("bb"), i(3), s("ccc"), i(4), Node::Bool(true), Node::Null]),
    );
    let bigs = ["1", "22", "333", "4444", "55555", "6", "77", "888"];
    add("arr_bigints", arr(bigs.iter().map(|d| Node::BigInt(d.to_string())).collect()));
    add("arr_matrix", arr((0..10).map(|r| ints((0..10).map(|c| r * 10 + c))).collect()));
    add("arr_pairs", arr((0..8).map(|k| arr(vec![i(k), i(k * k), s(WORDS[k as usize])])).collect()));
    add(
        "arr_objects",
        arr(vec![obj(vec![("a", i(1))]), obj(vec![("b", i(2))]), obj(vec![("c", obj(vec![("d", i(3))]))])]),
    );
    add("arr_long_entries", arr((0..8).map(|k| s(&WORDS[k].repeat(4))).collect()));
    add(
        "arr_one_long",
        arr(vec![i(1), i(2), i(3), i(4), i(5), i(6), s("a much longer string entry that dominates the rest")]),
    );
    add("arr_cjk", strs(&["日本", "中文字", "한국어", "abc", "漢字", "x", "テスト", "ok"]));
    add("arr_nested_in_obj", obj(vec![("list", ints((0..12).map(mixed_num)))]));
    let many = ObjectNode::array(next_id(), (0..8).map(i).collect()).prop(Prop::new("tag", s("x")));
    add("arr_extra_and_many", many.node());
    let mut sub = ObjectNode::array(next_id(), vec![i(1), i(2)]);
    sub.constructor = Some("MyArr".into());
    add("arr_subclass", sub.node());
}

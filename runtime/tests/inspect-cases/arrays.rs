//! Trees for gen.js's array cases: holes, extra keys, more than 100 items,
//! and the column grouping of numbers, strings, bigints and nested arrays.

use super::*;
use kiln_runtime::inspect::{ObjectKind, ObjectNode, Prop, PropValue};

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

    let over = ObjectNode::array(next_id(), (0..100).map(|k| i(k % 10)).collect()).prop(Prop::new("extra", i(1)));
    add("more_arr_extra_keys_over_100", over.node());
    let mut getter = ObjectNode::array(next_id(), (1..=7).map(i).collect());
    if let ObjectKind::Array { elements, .. } = &mut getter.kind {
        elements[2].1 = PropValue::Getter;
    }
    add("more_arr_getter_elements", getter.node());
    add("more_arr_nested_grouped_deep", obj(vec![("a", obj(vec![("b", ints((0..26).map(|k| k * 11)))]))]));
    add("more_arr_combining", strs(&["e\u{301}", "a\u{300}b", "x", "yy", "zzz", "w", "v", "uu"]));
    add("more_arr_emoji", strs(&["😀", "😀😀", "a", "bb", "🎉x", "c", "dd", "e"]));
    add("more_arr_empty_strings", strs(&[""; 8]));
    add("more_arr_small_arrays", arr((0..9).map(|k| ints([k])).collect()));
    add("more_arr_small_objects", arr((0..7).map(|_| obj(vec![])).collect()));
    let items: Vec<String> = (0..16).map(|k| format!("item-{}{}", "x".repeat(k % 7), k)).collect();
    add("more_arr_long_strings_grouped", arr(items.iter().map(|t| s(t)).collect()));
    add("more_arr_wide_numbers", ints((1..=12).map(|k| 123456789012345 * k)));
    add(
        "more_arr_multiline_string",
        strs(&["short", "line one of a long string here\nline two of the long string here", "z"]),
    );
    add("more_arr_neg_zero", arr(["-0", "0", "-0", "1", "-1", "2", "-2"].iter().map(|t| n(t)).collect()));
    add("more_arr_deep_nesting", arr(vec![arr(vec![arr(vec![arr(vec![Node::Elided])])])]));
    let five = arr(vec![arr(vec![arr(vec![arr(vec![ints([1, 2])])])])]);
    out.push(("more_arr_deep_nesting_inf", Case::With(five, InspectOptions { depth: None, ..Default::default() })));
    let mut add = |name: &'static str, node: Node| out.push((name, Case::Inspect(node)));
    add("more_map_101", map((0..101).map(|k| (i(k), i(k))).collect()).node());
    add("more_set_101", set((0..101).map(i).collect()).node());
}

//! Line layout for the inspect formatter: node's `reduceToSingleString`,
//! `isBelowBreakLength` and `groupArrayElements`, which decide whether the
//! formatted entries of an object go on one line, one per line, or into
//! aligned columns (arrays of more than six short entries).

use alloc::string::String;
use alloc::vec::Vec;

use super::format::Ctx;
use super::strings::{js_len, pad_end, pad_start, string_width};

/// node's `extrasType`: how entries of an object are laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Extras {
    /// `kObjectType`: `key: value` entries.
    Object,
    /// `kArrayExtrasType`: array-like entries, eligible for grouping.
    Array,
}

fn join(output: &[String], sep: &str) -> String {
    let mut s = String::new();
    for (i, o) in output.iter().enumerate() {
        if i != 0 {
            s.push_str(sep);
        }
        s.push_str(o);
    }
    s
}

fn spaces(n: usize) -> String {
    let mut s = String::with_capacity(n);
    for _ in 0..n {
        s.push(' ');
    }
    s
}

/// node's `isBelowBreakLength` (lengths in UTF-16 units, as node counts them).
fn is_below_break_length(ctx: &Ctx, output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > ctx.opts.break_length {
        return false;
    }
    for o in output {
        total += js_len(o);
        if total > ctx.opts.break_length {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// node's `reduceToSingleString` for a numeric `compact` mode.
/// `numeric_at(i)` tells whether `value[i]` is a number or bigint (used to
/// right-align grouped numbers); it is only consulted for arrays.
pub fn reduce_to_single_string(
    ctx: &Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: (&str, &str),
    extras: Extras,
    recurse_times: usize,
    numeric_at: &dyn Fn(usize) -> bool,
) -> String {
    let entries = output.len();
    if extras == Extras::Array && entries > 6 {
        output = group_array_elements(ctx, output, numeric_at);
    }
    if ctx.current_depth.saturating_sub(recurse_times) < ctx.opts.compact && entries == output.len() {
        let start = output.len() + ctx.indentation_lvl + js_len(braces.0) + js_len(base) + 10;
        if is_below_break_length(ctx, &output, start, base) {
            let joined = join(&output, ", ");
            if !joined.contains('\n') {
                let mut s = String::new();
                if !base.is_empty() {
                    s.push_str(base);
                    s.push(' ');
                }
                s.push_str(braces.0);
                s.push(' ');
                s.push_str(&joined);
                s.push(' ');
                s.push_str(braces.1);
                return s;
            }
        }
    }
    let mut indentation = String::from("\n");
    indentation.push_str(&spaces(ctx.indentation_lvl));
    let mut s = String::new();
    if !base.is_empty() {
        s.push_str(base);
        s.push(' ');
    }
    s.push_str(braces.0);
    s.push_str(&indentation);
    s.push_str("  ");
    let mut sep = String::from(",");
    sep.push_str(&indentation);
    sep.push_str("  ");
    s.push_str(&join(&output, &sep));
    s.push_str(&indentation);
    s.push_str(braces.1);
    s
}

/// JS `Math.round` for the non-negative values used here.
fn js_round(x: f64) -> f64 {
    libm_floor(x + 0.5)
}

fn libm_floor(x: f64) -> f64 {
    // no_std: f64::floor needs std; values here are small and non-negative
    // except for the column bound, which may be negative.
    let t = x as i64 as f64;
    if t > x {
        t - 1.0
    } else {
        t
    }
}

fn sqrt(x: f64) -> f64 {
    if x <= 0.0 {
        return if x == 0.0 { 0.0 } else { f64::NAN };
    }
    // Newton iteration from a good first guess, exact to the last ulp for the
    // magnitudes involved (< 2^32).
    let mut r = f64::from_bits((x.to_bits() >> 1) + (1023u64 << 51));
    for _ in 0..8 {
        r = 0.5 * (r + x / r);
    }
    // Correct any residual rounding so that r is the correctly rounded root.
    while r * r > x && (r - ulp(r)) * (r - ulp(r)) >= x {
        r -= ulp(r);
    }
    while (r + ulp(r)) * (r + ulp(r)) <= x {
        r += ulp(r);
    }
    r
}

fn ulp(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1) - x
}

/// node's `groupArrayElements`: lays out many short array entries in columns.
fn group_array_elements(ctx: &Ctx, output: Vec<String>, numeric_at: &dyn Fn(usize) -> bool) -> Vec<String> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if ctx.opts.max_array_length < output.len() {
        // The "... n more items" entry is not grouped.
        output_length -= 1;
    }
    let separator_space = 2;
    let mut data_len = Vec::with_capacity(output_length);
    for o in &output[..output_length] {
        let len = string_width(o);
        data_len.push(len);
        total_length += len + separator_space;
        if max_length < len {
            max_length = len;
        }
    }
    let actual_max = max_length + separator_space;
    let break_length = ctx.opts.break_length;
    if actual_max * 3 + ctx.indentation_lvl < break_length
        && ((total_length as f64) / (actual_max as f64) > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = sqrt(actual_max as f64 - (total_length as f64) / (output.len() as f64));
        let biased_max = f64::max(actual_max as f64 - 3.0 - average_bias, 1.0);
        let columns = [
            js_round(sqrt(approx_char_heights * biased_max * output_length as f64) / biased_max),
            libm_floor((break_length as f64 - ctx.indentation_lvl as f64) / actual_max as f64),
            (ctx.opts.compact * 4) as f64,
            15.0,
        ]
        .into_iter()
        .fold(f64::INFINITY, f64::min);
        if columns.is_nan() || columns <= 1.0 {
            return output;
        }
        let columns = columns as usize;
        let mut max_line_length = Vec::with_capacity(columns);
        for i in 0..columns {
            let mut line_max = 0;
            let mut j = i;
            while j < output.len() {
                if j < output_length && data_len[j] > line_max {
                    line_max = data_len[j];
                }
                j += columns;
            }
            max_line_length.push(line_max + separator_space);
        }
        let pad_numbers = (0..output.len()).all(numeric_at);
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = usize::min(i + columns, output_length);
            let mut s = String::new();
            let mut j = i;
            while j < max - 1 {
                let padding = max_line_length[j - i] + js_len(&output[j]) - data_len[j];
                let mut cell = output[j].clone();
                cell.push_str(", ");
                if pad_numbers {
                    s.push_str(&pad_start(&cell, padding));
                } else {
                    s.push_str(&pad_end(&cell, padding));
                }
                j += 1;
            }
            if pad_numbers {
                let padding = (max_line_length[j - i] + js_len(&output[j]))
                    .saturating_sub(data_len[j] + separator_space);
                s.push_str(&pad_start(&output[j], padding));
            } else {
                s.push_str(&output[j]);
            }
            tmp.push(s);
            i += columns;
        }
        if ctx.opts.max_array_length < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

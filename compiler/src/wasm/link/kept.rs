//! What of the runtime's table and static data goes into the linked module
//! when its relocations are known (`reachability::Precise`): the table
//! slots of functions kept code or data takes the address of, and the
//! bytes of kept data symbols (plus any bytes no symbol claims). Nothing
//! moves: a dropped slot stays empty (null) and dropped data stays zero,
//! so every kept address and slot number is what the runtime was linked
//! with.

use std::ops::Range;

use super::reachability::Precise;

/// Runs of kept table slots: (first slot, the functions in them).
pub(super) fn kept_slots(precise: &Precise) -> Vec<(u32, Vec<u32>)> {
    let mut slots: Vec<(u32, u32)> = precise
        .uses
        .slots
        .iter()
        .copied()
        .filter(|&(_, function)| precise.slot_kept.get(function as usize).copied().unwrap_or(true))
        .collect();
    slots.sort_unstable();
    let mut runs: Vec<(u32, Vec<u32>)> = Vec::new();
    for (slot, function) in slots {
        match runs.last_mut() {
            Some((first, functions)) if *first + functions.len() as u32 == slot => functions.push(function),
            _ => runs.push((slot, vec![function])),
        }
    }
    runs
}

/// Zero bytes shorter than this between two kept runs are written out
/// rather than starting a new segment (a segment header costs ~6 bytes).
const MERGE_GAP: usize = 8;

/// Active data segments to write: (address, bytes). Zero bytes are left
/// out: memory starts zeroed and the runtime's segments do not overlap.
pub(super) fn kept_data<'a>(precise: &Precise<'a>) -> Vec<(u32, &'a [u8])> {
    let uses = &precise.uses;
    let mut out = Vec::new();
    for segment in &uses.segments {
        let len = segment.bytes.len();
        let start = segment.address;
        let local = |range: &Range<u32>| -> Option<Range<usize>> {
            let end = start.checked_add(len as u32)?;
            (range.start >= start && range.end <= end).then(|| (range.start - start) as usize..(range.end - start) as usize)
        };
        // Bytes no symbol claims are kept whatever happens.
        let mut covered = vec![false; len];
        let mut kept = vec![false; len];
        for (symbol, range) in uses.symbols.iter().enumerate() {
            let Some(range) = local(range) else { continue };
            covered[range.clone()].iter_mut().for_each(|c| *c = true);
            if precise.symbol_kept[symbol] {
                kept[range].iter_mut().for_each(|k| *k = true);
            }
        }
        let mut run: Option<Range<usize>> = None;
        for i in 0..len {
            if segment.bytes[i] == 0 || !(kept[i] || !covered[i]) {
                continue;
            }
            run = match run {
                Some(r) if i - r.end < MERGE_GAP => Some(r.start..i + 1),
                Some(r) => {
                    out.push((start + r.start as u32, &segment.bytes[r]));
                    Some(i..i + 1)
                }
                None => Some(i..i + 1),
            };
        }
        if let Some(r) = run {
            out.push((start + r.start as u32, &segment.bytes[r]));
        }
    }
    out
}

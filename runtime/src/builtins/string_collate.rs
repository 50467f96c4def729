//! `String.prototype.localeCompare`: an approximation of the ICU root
//! collation node uses (without locale data). Each character becomes a
//! collation element (primary, secondary, tertiary); strings compare by their
//! primary sequences, then secondary (accents), then tertiary (case:
//! lowercase first). The tables reproduce node's order for ASCII and
//! Latin-1/Latin Extended-A (measured with node v20: whitespace < punctuation
//! < symbols < digits < letters, `a < A < á < b`); other characters order by
//! code point after the Latin letters, case-folded when they map 1:1.

use core::cmp::Ordering;
use alloc::vec::Vec;

use super::string::code_point;

/// Primary weights of the non-letter characters (ASCII and Latin-1), in
/// node's order; entries in one inner slice share a primary weight (their
/// order inside the slice is their tertiary order).
const SYMBOL_ORDER: &[&[u16]] = &[
    &[0x09], &[0x0A], &[0x0B], &[0x0C], &[0x0D], &[0x85], &[0x20, 0xA0], &[0x5F], &[0x2D], &[0x2C],
    &[0x3B], &[0x3A], &[0x21], &[0xA1], &[0x3F], &[0xBF], &[0x2E], &[0xB7], &[0x27], &[0x22],
    &[0xAB], &[0xBB], &[0x28], &[0x29], &[0x5B], &[0x5D], &[0x7B], &[0x7D], &[0xA7], &[0xB6],
    &[0x40], &[0x2A], &[0x2F], &[0x5C], &[0x26], &[0x23], &[0x25], &[0x60], &[0xB4], &[0x5E],
    &[0xAF], &[0xA8], &[0xB8], &[0xB0], &[0xA9], &[0xAE], &[0x2B], &[0xB1], &[0xF7], &[0xD7],
    &[0x3C], &[0x3D], &[0x3E], &[0xAC], &[0x7C], &[0xA6], &[0x7E], &[0xA4], &[0xA2], &[0x24],
    &[0xA3], &[0xA5], &[0x30], &[0x31, 0xB9], &[0xBD], &[0xBC], &[0x32, 0xB2], &[0x33, 0xB3], &[0xBE], &[0x34],
    &[0x35], &[0x36], &[0x37], &[0x38], &[0x39],
];

/// Letters start here: letter `k` (a = 0) has primary `LETTERS + 4k`; the
/// three weights after it are for separate letters sorted after it (æ, ı, ŋ,
/// œ, ĸ, þ, ŉ).
const LETTERS: u32 = 100;
/// Characters without a table entry: `OTHER + code point`.
const OTHER: u32 = 1000;

/// Accent classes, in ICU's secondary order.
const ACUTE: u8 = 1;
const GRAVE: u8 = 2;
const BREVE: u8 = 3;
const CIRC: u8 = 4;
const CARON: u8 = 5;
const RING: u8 = 6;
const DIAER: u8 = 7;
const DACUTE: u8 = 8;
const TILDE: u8 = 9;
const DOT: u8 = 10;
const CEDIL: u8 = 11;
const STROKE: u8 = 12;
const OGONEK: u8 = 13;
const MACRON: u8 = 14;
const MIDDOT: u8 = 15;
const ETH: u8 = 16;

/// Latin-1 letters U+00C0..=U+00DE (uppercase; U+00E0.. are their
/// lowercase forms): base letter and accent. `0` marks a special entry.
const LATIN1: [(u8, u8); 31] = [
    (b'a', GRAVE), (b'a', ACUTE), (b'a', CIRC), (b'a', TILDE), (b'a', DIAER), (b'a', RING), (0, 0), (b'c', CEDIL),
    (b'e', GRAVE), (b'e', ACUTE), (b'e', CIRC), (b'e', DIAER), (b'i', GRAVE), (b'i', ACUTE), (b'i', CIRC), (b'i', DIAER),
    (b'd', ETH), (b'n', TILDE), (b'o', GRAVE), (b'o', ACUTE), (b'o', CIRC), (b'o', TILDE), (b'o', DIAER), (0, 0),
    (b'o', STROKE), (b'u', GRAVE), (b'u', ACUTE), (b'u', CIRC), (b'u', DIAER), (b'y', ACUTE), (0, 0),
];

/// Latin Extended-A U+0100..=U+017F in case pairs: (first code point of the
/// pair, base letter, accent). The uppercase form is the first of the pair.
const LATIN_EXT_A: &[(u16, u8, u8)] = &[
    (0x100, b'a', MACRON), (0x102, b'a', BREVE), (0x104, b'a', OGONEK), (0x106, b'c', ACUTE), (0x108, b'c', CIRC),
    (0x10A, b'c', DOT), (0x10C, b'c', CARON), (0x10E, b'd', CARON), (0x110, b'd', STROKE), (0x112, b'e', MACRON),
    (0x114, b'e', BREVE), (0x116, b'e', DOT), (0x118, b'e', OGONEK), (0x11A, b'e', CARON), (0x11C, b'g', CIRC),
    (0x11E, b'g', BREVE), (0x120, b'g', DOT), (0x122, b'g', CEDIL), (0x124, b'h', CIRC), (0x126, b'h', STROKE),
    (0x128, b'i', TILDE), (0x12A, b'i', MACRON), (0x12C, b'i', BREVE), (0x12E, b'i', OGONEK), (0x134, b'j', CIRC),
    (0x136, b'k', CEDIL), (0x139, b'l', ACUTE), (0x13B, b'l', CEDIL), (0x13D, b'l', CARON), (0x13F, b'l', MIDDOT),
    (0x141, b'l', STROKE), (0x143, b'n', ACUTE), (0x145, b'n', CEDIL), (0x147, b'n', CARON), (0x14C, b'o', MACRON),
    (0x14E, b'o', BREVE), (0x150, b'o', DACUTE), (0x154, b'r', ACUTE), (0x156, b'r', CEDIL), (0x158, b'r', CARON),
    (0x15A, b's', ACUTE), (0x15C, b's', CIRC), (0x15E, b's', CEDIL), (0x160, b's', CARON), (0x162, b't', CEDIL),
    (0x164, b't', CARON), (0x166, b't', STROKE), (0x168, b'u', TILDE), (0x16A, b'u', MACRON), (0x16C, b'u', BREVE),
    (0x16E, b'u', RING), (0x170, b'u', DACUTE), (0x172, b'u', OGONEK), (0x174, b'w', CIRC), (0x176, b'y', CIRC),
    (0x179, b'z', ACUTE), (0x17B, b'z', DOT), (0x17D, b'z', CARON),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Element {
    primary: u32,
    secondary: u8,
    tertiary: u8,
}

fn letter(base: u8, sub: u32, secondary: u8, upper: bool) -> Element {
    Element { primary: LETTERS + 4 * (base - b'a') as u32 + sub, secondary, tertiary: upper as u8 }
}

fn symbol_weight(cp: u32) -> Option<(u32, u8)> {
    for (rank, group) in SYMBOL_ORDER.iter().enumerate() {
        if let Some(t) = group.iter().position(|&c| c as u32 == cp) {
            return Some((1 + rank as u32, t as u8));
        }
    }
    None
}

/// True for characters the root collation ignores (controls, format chars).
fn is_ignorable(cp: u32) -> bool {
    matches!(cp, 0x00..=0x08 | 0x0E..=0x1F | 0x7F..=0x84 | 0x86..=0x9F | 0xAD | 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF)
}

/// Appends the collation elements of one code point.
fn elements_of(cp: u32, out: &mut Vec<Element>) {
    if is_ignorable(cp) {
        return;
    }
    if let Some((primary, tertiary)) = symbol_weight(cp) {
        out.push(Element { primary, secondary: 0, tertiary });
        return;
    }
    match cp {
        0x41..=0x5A => return out.push(letter(cp as u8 + 32, 0, 0, true)),
        0x61..=0x7A => return out.push(letter(cp as u8, 0, 0, false)),
        0xAA => return out.push(Element { tertiary: 2, ..letter(b'a', 0, 0, false) }),
        0xBA => return out.push(Element { tertiary: 2, ..letter(b'o', 0, 0, false) }),
        0xC6 | 0xE6 => return out.push(letter(b'a', 1, 0, cp == 0xC6)),
        0xDE | 0xFE => return out.push(letter(b'z', 1, 0, cp == 0xDE)),
        0xDF => {
            let s = Element { tertiary: 3, ..letter(b's', 0, 0, false) };
            out.push(s);
            return out.push(s);
        }
        0xC0..=0xDD | 0xE0..=0xFD => {
            let upper = cp < 0xE0;
            let (base, accent) = LATIN1[(cp - if upper { 0xC0 } else { 0xE0 }) as usize];
            return out.push(letter(base, 0, accent, upper));
        }
        0xFF => return out.push(letter(b'y', 0, DIAER, false)),
        0x178 => return out.push(letter(b'y', 0, DIAER, true)),
        0x130 => return out.push(letter(b'i', 0, DOT, true)),
        0x131 => return out.push(letter(b'i', 1, 0, false)),
        0x132 | 0x133 => {
            out.push(letter(b'i', 0, 0, cp == 0x132));
            return out.push(letter(b'j', 0, 0, cp == 0x132));
        }
        0x138 => return out.push(letter(b'q', 1, 0, false)),
        0x149 => return out.push(letter(b'z', 2, 0, false)),
        0x14A | 0x14B => return out.push(letter(b'n', 1, 0, cp == 0x14A)),
        0x152 | 0x153 => return out.push(letter(b'o', 1, 0, cp == 0x152)),
        0x17F => return out.push(Element { tertiary: 2, ..letter(b's', 0, 0, false) }),
        0x100..=0x17E => {
            let upper_is_odd = (0x139..=0x148).contains(&cp) || cp >= 0x179;
            let first = if (cp % 2 == 1) == upper_is_odd { cp } else { cp - 1 };
            if let Some(&(_, base, accent)) = LATIN_EXT_A.iter().find(|e| e.0 as u32 == first) {
                return out.push(letter(base, 0, accent, cp == first));
            }
        }
        _ => {}
    }
    if super::string_transform::is_js_whitespace(cp as u16) && cp < 0x10000 {
        let (primary, _) = symbol_weight(0x20).unwrap_or((7, 0));
        return out.push(Element { primary, secondary: 0, tertiary: 1 });
    }
    // Elsewhere: by code point, case-folded when the mapping is one-to-one.
    let (folded, upper) = match char::from_u32(cp) {
        Some(c) => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l != c => (l as u32, true),
                _ => (cp, false),
            }
        }
        None => (cp, false),
    };
    out.push(Element { primary: OTHER + folded, secondary: 0, tertiary: upper as u8 });
}

fn elements(units: &[u16]) -> Vec<Element> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let (cp, n) = code_point(units, i);
        elements_of(cp, &mut out);
        i += n;
    }
    out
}

/// Compares two strings: -1, 0 or 1, like `a.localeCompare(b)` in node's
/// default (root) locale.
pub fn compare(a: &[u16], b: &[u16]) -> i8 {
    if a == b {
        return 0;
    }
    let (ea, eb) = (elements(a), elements(b));
    let levels: [fn(&Element) -> u32; 3] = [|e| e.primary, |e| e.secondary as u32, |e| e.tertiary as u32];
    for level in levels {
        let ka = ea.iter().map(level);
        let kb = eb.iter().map(level);
        match ka.cmp(kb) {
            Ordering::Less => return -1,
            Ordering::Greater => return 1,
            Ordering::Equal => {}
        }
    }
    0
}

//! `Math.sin` and `Math.cos` exactly as V8 computes them (fdlibm 5.3):
//! reduce `x = n·(π/2) + (y0 + y1)` with |y0 + y1| <= π/4 (π/2 split into
//! 33-bit pieces up to 2^19·π/2, 24-bit chunks of 2/π beyond), then the
//! original fdlibm polynomial kernels on [-π/4, π/4]. libm has FreeBSD's
//! rewritten kernels, whose last bit differs from node's on ~3% of inputs;
//! the rounding of y0/y1 matters too, so the reduction follows fdlibm's
//! steps as well.
//!
//! Algorithm and constants from fdlibm: Copyright (C) 1993-2004 by Sun
//! Microsystems, Inc. All rights reserved. Permission to use, copy, modify,
//! and distribute this software is freely granted, provided that this notice
//! is preserved.

#![allow(clippy::excessive_precision, clippy::approx_constant, clippy::needless_range_loop)]

use super::math_fdlibm::{from_words, high};

/// `sin` on [-π/4, π/4] of `x + y` (`y` the tail; `iy == 0` means y is 0).
fn kernel_sin(x: f64, y: f64, iy: i32) -> f64 {
    const S1: f64 = -1.66666666666666324348e-01;
    const S2: f64 = 8.33333333332248946124e-03;
    const S3: f64 = -1.98412698298579493134e-04;
    const S4: f64 = 2.75573137070700676789e-06;
    const S5: f64 = -2.50507602534068634195e-08;
    const S6: f64 = 1.58969099521155010221e-10;
    if high(x) & 0x7fff_ffff < 0x3e40_0000 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if iy == 0 {
        x + v * (S1 + z * r)
    } else {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    }
}

/// `cos` on [-π/4, π/4] of `x + y`.
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = 4.16666666666666019037e-02;
    const C2: f64 = -1.38888888888741095749e-03;
    const C3: f64 = 2.48015872894767294178e-05;
    const C4: f64 = -2.75573143513906633035e-07;
    const C5: f64 = 2.08757232129817482790e-09;
    const C6: f64 = -1.13596475577881948265e-11;
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3fd3_3333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    let qx = if ix > 0x3fe9_0000 { 0.28125 } else { from_words((ix - 0x0020_0000) as u32, 0) };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

pub fn sin(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_sin(x, 0.0, 0);
    }
    if ix >= 0x7ff0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_sin(y0, y1, 1),
        1 => kernel_cos(y0, y1),
        2 => -kernel_sin(y0, y1, 1),
        _ => -kernel_cos(y0, y1),
    }
}

pub fn cos(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_cos(x, 0.0);
    }
    if ix >= 0x7ff0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_cos(y0, y1),
        1 => -kernel_sin(y0, y1, 1),
        2 => -kernel_cos(y0, y1),
        _ => kernel_sin(y0, y1, 1),
    }
}

// ---- argument reduction ----------------------------------------------------

/// 2/π in 24-bit chunks (1584 bits after the binary point).
const TWO_OVER_PI: [i32; 66] = [
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
    0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
    0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
    0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
    0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
    0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
];

/// High words of n·π/2 for n = 1..=32 (a cancellation check).
const NPIO2_HW: [i32; 32] = [
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB, 0x402C463A,
    0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
    0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C, 0x4043A28C, 0x40446B9C, 0x404534AC,
    0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
];

const INVPIO2: f64 = 6.36619772367581382433e-01;
const PIO2_1: f64 = 1.57079632673412561417e+00;
const PIO2_1T: f64 = 6.07710050650619224932e-11;
const PIO2_2: f64 = 6.07710050630396597660e-11;
const PIO2_2T: f64 = 2.02226624879595063154e-21;
const PIO2_3: f64 = 2.02226624871116645580e-21;
const PIO2_3T: f64 = 8.47842766036889956997e-32;


/// `(n, y0, y1)` with `x = n·π/2 + y0 + y1` (only `n mod 4` matters).
pub fn rem_pio2(x: f64) -> (i32, f64, f64) {
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return (0, x, 0.0);
    }
    if ix < 0x4002_d97c {
        // |x| < 3π/4: n = ±1
        let sign = if hx > 0 { 1.0 } else { -1.0 };
        let mut z = x - sign * PIO2_1;
        let (y0, y1) = if ix != 0x3ff9_21fb {
            let y0 = z - sign * PIO2_1T;
            (y0, (z - y0) - sign * PIO2_1T)
        } else {
            z -= sign * PIO2_2;
            let y0 = z - sign * PIO2_2T;
            (y0, (z - y0) - sign * PIO2_2T)
        };
        return (sign as i32, y0, y1);
    }
    if ix <= 0x4139_21fb {
        return medium(x, hx, ix);
    }
    if ix >= 0x7ff0_0000 {
        return (0, f64::NAN, f64::NAN);
    }
    large(x)
}

/// |x| <= 2^19·π/2: subtract n·π/2 in up to three 33-bit pieces.
fn medium(x: f64, hx: i32, ix: i32) -> (i32, f64, f64) {
    let t = libm::fabs(x);
    let n = (t * INVPIO2 + 0.5) as i32;
    let f_n = n as f64;
    let mut r = t - f_n * PIO2_1;
    let mut w = f_n * PIO2_1T;
    let mut y0;
    if n < 32 && ix != NPIO2_HW[n as usize - 1] {
        y0 = r - w;
    } else {
        let j = ix >> 20;
        y0 = r - w;
        let i = j - ((high(y0) >> 20) & 0x7ff);
        if i > 16 {
            let t = r;
            w = f_n * PIO2_2;
            r = t - w;
            w = f_n * PIO2_2T - ((t - r) - w);
            y0 = r - w;
            let i = j - ((high(y0) >> 20) & 0x7ff);
            if i > 49 {
                let t = r;
                w = f_n * PIO2_3;
                r = t - w;
                w = f_n * PIO2_3T - ((t - r) - w);
                y0 = r - w;
            }
        }
    }
    let y1 = (r - y0) - w;
    if hx < 0 {
        (-n, -y0, -y1)
    } else {
        (n, y0, y1)
    }
}

/// Huge arguments: split |x| into three 24-bit pieces and hand them to
/// `kernel_rem_pio2`.
fn large(x: f64) -> (i32, f64, f64) {
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    let e0 = (ix >> 20) - 1046; // ilogb(x) - 23
    let mut z = f64::from_bits((((ix - (e0 << 20)) as u32 as u64) << 32) | (x.to_bits() & 0xffff_ffff));
    let mut tx = [0.0f64; 3];
    for piece in tx.iter_mut().take(2) {
        *piece = (z as i32) as f64;
        z = (z - *piece) * TWO24;
    }
    tx[2] = z;
    let mut nx = 3;
    while tx[nx - 1] == 0.0 {
        nx -= 1;
    }
    let (n, y0, y1) = kernel_rem_pio2(&tx[..nx], e0);
    if hx < 0 {
        (-n, -y0, -y1)
    } else {
        (n, y0, y1)
    }
}

const TWO24: f64 = 16777216.0;
const TWON24: f64 = 5.96046447753906250000e-08;

/// π/2 in 24-bit pieces.
const PIO2: [f64; 8] = [
    1.57079625129699707031e+00,
    7.54978941586159635335e-08,
    5.39030252995776476554e-15,
    3.28200341580791294123e-22,
    1.27065575308067607349e-29,
    1.22933308981111328932e-36,
    2.73370053816464559624e-44,
    2.16741683877804819444e-51,
];

/// fdlibm's `__kernel_rem_pio2` at 53-bit precision: `x` holds 24-bit
/// pieces of |x|·2^-e0; returns `(n mod 8, y0, y1)`. The product with 2/π
/// skips the chunks that only contribute multiples of 8, and is recomputed
/// with more chunks when the fraction cancels to zero.
fn kernel_rem_pio2(x: &[f64], e0: i32) -> (i32, f64, f64) {
    const JK: usize = 4;
    let jx = x.len() - 1;
    let jv = ((e0 - 3) / 24).max(0) as usize;
    let mut q0 = e0 - 24 * (jv as i32 + 1);
    let mut f = [0.0f64; 20];
    let mut q = [0.0f64; 20];
    let mut iq = [0i32; 20];
    let mut fq = [0.0f64; 20];
    for (i, slot) in f.iter_mut().enumerate().take(jx + JK + 1) {
        let j = jv as i64 - jx as i64 + i as i64;
        *slot = if j < 0 { 0.0 } else { TWO_OVER_PI[j as usize] as f64 };
    }
    let product = |f: &[f64; 20], i: usize| -> f64 {
        let mut fw = 0.0;
        for (j, &xj) in x.iter().enumerate() {
            fw += xj * f[jx + i - j];
        }
        fw
    };
    for i in 0..=JK {
        q[i] = product(&f, i);
    }
    let mut jz = JK;
    let (mut n, mut z, mut ih);
    loop {
        // Distill q[] into 24-bit integers iq[], most significant last.
        z = q[jz];
        let mut i = 0;
        let mut j = jz;
        while j > 0 {
            let fw = ((TWON24 * z) as i32) as f64;
            iq[i] = (z - TWO24 * fw) as i32;
            z = q[j - 1] + fw;
            i += 1;
            j -= 1;
        }
        z = libm::scalbn(z, q0);
        z -= 8.0 * libm::floor(z * 0.125);
        n = z as i32;
        z -= n as f64;
        ih = 0;
        if q0 > 0 {
            let i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if q0 == 0 {
            ih = iq[jz - 1] >> 23;
        } else if z >= 0.5 {
            ih = 2;
        }
        if ih > 0 {
            // The fraction is >= 1/2: take 1 - fraction and round n up.
            n += 1;
            let mut carry = false;
            for digit in iq.iter_mut().take(jz) {
                if !carry {
                    if *digit != 0 {
                        carry = true;
                        *digit = 0x0100_0000 - *digit;
                    }
                } else {
                    *digit = 0x00ff_ffff - *digit;
                }
            }
            match q0 {
                1 => iq[jz - 1] &= 0x7f_ffff,
                2 => iq[jz - 1] &= 0x3f_ffff,
                _ => {}
            }
            if ih == 2 {
                z = 1.0 - z;
                if carry {
                    z -= libm::scalbn(1.0, q0);
                }
            }
        }
        if z == 0.0 && (JK..jz).all(|i| iq[i] == 0) {
            // Total cancellation: add more chunks of 2/π and redo.
            let mut k = 1;
            while JK >= k && iq[JK - k] == 0 {
                k += 1;
            }
            for i in jz + 1..=jz + k {
                f[jx + i] = TWO_OVER_PI[jv + i] as f64;
                q[i] = product(&f, i);
            }
            jz += k;
            continue;
        }
        break;
    }
    // Chop off zero terms, or split z into 24-bit pieces.
    if z == 0.0 {
        jz -= 1;
        q0 -= 24;
        while iq[jz] == 0 {
            jz -= 1;
            q0 -= 24;
        }
    } else {
        z = libm::scalbn(z, -q0);
        if z >= TWO24 {
            let fw = ((TWON24 * z) as i32) as f64;
            iq[jz] = (z - TWO24 * fw) as i32;
            jz += 1;
            q0 += 24;
            iq[jz] = fw as i32;
        } else {
            iq[jz] = z as i32;
        }
    }
    let mut fw = libm::scalbn(1.0, q0);
    for i in (0..=jz).rev() {
        q[i] = fw * iq[i] as f64;
        fw *= TWON24;
    }
    for i in (0..=jz).rev() {
        let mut fw = 0.0;
        let mut k = 0;
        while k <= JK && k <= jz - i {
            fw += PIO2[k] * q[i + k];
            k += 1;
        }
        fq[jz - i] = fw;
    }
    let mut fw = 0.0;
    for i in (0..=jz).rev() {
        fw += fq[i];
    }
    let y0 = if ih == 0 { fw } else { -fw };
    let mut fw = fq[0] - fw;
    for &v in fq.iter().take(jz + 1).skip(1) {
        fw += v;
    }
    let y1 = if ih == 0 { fw } else { -fw };
    (n & 7, y0, y1)
}

//! The Math functions for which the `libm` crate's algorithm differs from
//! the one V8 uses (fdlibm 5.3, as adapted in V8's `base/ieee754.cc`), so
//! that node-identical results come out bit for bit: exp (V8 returns the
//! correctly rounded `e` for `exp(1)`), log10, cbrt (libm's is CORE-MATH's
//! correctly rounded one), log and log1p (libm's round differently on rare
//! inputs), atan2 and the hyperbolic functions (libm has musl's). `math_pow` and
//! `math_trig` do the same for pow and sin/cos. Everything else (log2,
//! expm1, tan, atan, …) is libm's, which matches node on every vector in
//! `tests/math-vectors.txt`.
//!
//! The algorithms and constants are fdlibm's:
//! ====================================================
//! Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
//!
//! Developed at SunSoft, a Sun Microsystems, Inc. business.
//! Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice
//! is preserved.
//! ====================================================
//!
//! The argument reduction for huge arguments (|x| > 2^19·π/2) is our own:
//! an exact multi-word product of the mantissa with a 256-bit window of 2/π.

#![allow(clippy::excessive_precision, clippy::approx_constant, clippy::needless_range_loop)]

use libm::{expm1, fabs, sqrt};

pub(crate) fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

pub(crate) fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

pub(crate) fn from_words(hi: u32, lo: u32) -> f64 {
    f64::from_bits(((hi as u64) << 32) | lo as u64)
}

pub(crate) fn with_high(x: f64, hi: u32) -> f64 {
    from_words(hi, low(x))
}

pub(crate) fn with_low(x: f64, lo: u32) -> f64 {
    from_words(high(x) as u32, lo)
}

// ---- exp, log, log10, cbrt ----------------------------------------------------

/// `Math.log`: fdlibm's `__ieee754_log` (libm has musl's variant, which
/// rounds differently on rare inputs). `x = 2^k·(1+f)` with
/// `sqrt(2)/2 < 1+f < sqrt(2)`, then `log(1+f)` from `s = f/(2+f)`.
pub fn log(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const TWO54: f64 = 1.80143985094819840000e+16;
    const LG1: f64 = 6.666666666666735130e-01;
    const LG2: f64 = 3.999999999940941908e-01;
    const LG3: f64 = 2.857142874366239149e-01;
    const LG4: f64 = 2.222219843214978396e-01;
    const LG5: f64 = 1.818357216161805012e-01;
    const LG6: f64 = 1.531383769920937332e-01;
    const LG7: f64 = 1.479819860511658591e-01;
    let mut x = x;
    let mut hx = high(x);
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if (hx & 0x7fff_ffff) as u32 | low(x) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = high(x);
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    let hx = hx & 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x0010_0000;
    let x = with_high(x, (hx | (i ^ 0x3ff0_0000)) as u32);
    k += i >> 20;
    let f = x - 1.0;
    let dk = k as f64;
    if (0x000f_ffff & (2 + hx)) < 3 {
        // -2^-20 <= f < 2^-20
        if f == 0.0 {
            return if k == 0 { 0.0 } else { dk * LN2_HI + dk * LN2_LO };
        }
        let r = f * f * (0.5 - 0.33333333333333333 * f);
        return if k == 0 { f - r } else { dk * LN2_HI - ((r - dk * LN2_LO) - f) };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let r = t2 + t1;
    let i = (hx - 0x6147a) | (0x6b851 - hx);
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// `Math.exp`: fdlibm's exp, except that `exp(1)` is exactly `Math.E`.
pub fn exp(x: f64) -> f64 {
    if x == 1.0 {
        return core::f64::consts::E;
    }
    libm::exp(x)
}

/// `Math.log1p`: fdlibm's `log1p` (log of `u = 1+x` with a correction term
/// `c/u` for the rounding of `u`).
pub fn log1p(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const TWO54: f64 = 1.80143985094819840000e+16;
    const LP1: f64 = 6.666666666666735130e-01;
    const LP2: f64 = 3.999999999940941908e-01;
    const LP3: f64 = 2.857142874366239149e-01;
    const LP4: f64 = 2.222219843214978396e-01;
    const LP5: f64 = 1.818357216161805012e-01;
    const LP6: f64 = 1.531383769920937332e-01;
    const LP7: f64 = 1.479819860511658591e-01;
    let hx = high(x);
    let ax = hx & 0x7fff_ffff;
    let mut k = 1;
    let mut f = 0.0;
    let mut hu = 0;
    let mut c = 0.0;
    if hx < 0x3fda_827a {
        // 1+x < sqrt(2)+
        if ax >= 0x3ff0_0000 {
            return if x == -1.0 { f64::NEG_INFINITY } else { f64::NAN };
        }
        if ax < 0x3e20_0000 {
            // |x| < 2^-29
            if TWO54 + x > 0.0 && ax < 0x3c90_0000 {
                return x;
            }
            return x - x * x * 0.5;
        }
        if hx > 0 || hx <= 0xbfd2_bec4_u32 as i32 {
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = high(u);
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = high(u);
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000f_ffff;
        if hu < 0x6a09e {
            u = with_high(u, (hu | 0x3ff0_0000) as u32);
        } else {
            k += 1;
            u = with_high(u, (hu | 0x3fe0_0000) as u32);
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let dk = k as f64;
    if hu == 0 {
        // |f| < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        return if k == 0 { f - r } else { dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f) };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}

/// `Math.log10`: `n·log10(2) + log(x/2^n)/ln(10)` with `log10(2)` split in two.
pub fn log10(x: f64) -> f64 {
    const TWO54: f64 = 1.8014398509481984e16;
    const IVLN10: f64 = 4.34294481903251816668e-01;
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let mut x = x;
    let mut hx = high(x);
    let mut lx = low(x);
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if (hx & 0x7fff_ffff) as u32 | lx == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = high(x);
        lx = low(x);
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if hx == 0x3ff0_0000 && lx == 0 {
        return 0.0;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    let hx = ((hx as u32) & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = (k + i as i32) as f64;
    let x = from_words(hx, lx);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// `Math.cbrt`: a 5-bit estimate from the exponent, a polynomial to 23 bits,
/// rounding to 23 bits and one Newton step.
pub fn cbrt(x: f64) -> f64 {
    const B1: u32 = 715_094_163;
    const B2: u32 = 696_219_795;
    const P0: f64 = 1.87595182427177009643;
    const P1: f64 = -1.88497979543377169875;
    const P2: f64 = 1.621429720105354466140;
    const P3: f64 = -0.758397934778766047437;
    const P4: f64 = 0.145996192886612446982;
    let hx_signed = high(x) as u32;
    let sign = hx_signed & 0x8000_0000;
    let hx = hx_signed ^ sign;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    let mut t = if hx < 0x0010_0000 {
        if hx | low(x) == 0 {
            return x;
        }
        let t = from_words(0x4350_0000, 0) * x;
        from_words(sign | ((high(t) as u32 & 0x7fff_ffff) / 3 + B2), 0)
    } else {
        from_words(sign | (hx / 3 + B1), 0)
    };
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    t = f64::from_bits((t.to_bits().wrapping_add(0x8000_0000)) & 0xffff_ffff_c000_0000);
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t + t * r
}

// ---- hyperbolic functions ------------------------------------------------

pub fn sinh(x: f64) -> f64 {
    const OVERFLOW: f64 = 710.4758600739439;
    const TWO_M28: f64 = 3.725290298461914e-9;
    const LOG_MAXD: f64 = 709.7822265625;
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let ax = fabs(x);
    if ax < 22.0 {
        if ax < TWO_M28 {
            return x;
        }
        let t = expm1(ax);
        if ax < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ax < LOG_MAXD {
        return h * exp(ax);
    }
    if ax <= OVERFLOW {
        let w = exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

pub fn cosh(x: f64) -> f64 {
    const OVERFLOW: f64 = 710.4758600739439;
    let ix = high(x) & 0x7fff_ffff;
    let ax = fabs(x);
    if ix < 0x3fd6_2e43 {
        let t = expm1(ax);
        let w = 1.0 + t;
        if ix < 0x3c80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        let t = exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * exp(ax);
    }
    if ax <= OVERFLOW {
        let w = exp(0.5 * ax);
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    f64::INFINITY
}

pub fn tanh(x: f64) -> f64 {
    let jx = high(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 { 1.0 / x + 1.0 } else { 1.0 / x - 1.0 };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3e30_0000 {
            return x;
        }
        if ix >= 0x3ff0_0000 {
            let t = expm1(2.0 * fabs(x));
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * fabs(x));
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}

pub fn asinh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        log(fabs(x)) + LN2
    } else if ix > 0x4000_0000 {
        let t = fabs(x);
        log(2.0 * t + 1.0 / (sqrt(x * x + 1.0) + t))
    } else {
        let t = x * x;
        log1p(fabs(x) + t / (1.0 + sqrt(1.0 + t)))
    };
    if hx > 0 {
        w
    } else {
        -w
    }
}

pub fn acosh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    let hx = high(x);
    if hx < 0x3ff0_0000 {
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return log(x) + LN2;
    }
    if ((hx - 0x3ff0_0000) as u32 | low(x)) == 0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    log1p(t + sqrt(2.0 * t + t * t))
}

pub fn atanh(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    let lx = low(x);
    if (ix as u32 | ((lx | lx.wrapping_neg()) >> 31)) > 0x3ff0_0000 {
        return f64::NAN;
    }
    if ix == 0x3ff0_0000 {
        return if x > 0.0 { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let x = with_high(x, ix as u32);
    let t = if ix < 0x3fe0_0000 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if hx >= 0 {
        t
    } else {
        -t
    }
}

// ---- atan2 -----------------------------------------------------------------------

/// `Math.atan2(y, x)`: fdlibm's quadrant logic around `atan(|y/x|)` (musl's
/// differs for 2^60 < |y/x| < 2^64 with x < 0, where fdlibm returns ±π/2).
pub fn atan2(y: f64, x: f64) -> f64 {
    const PI_O_4: f64 = 7.8539816339744827900e-01;
    const PI_O_2: f64 = 1.5707963267948965580e+00;
    const PI: f64 = 3.1415926535897931160e+00;
    const PI_LO: f64 = 1.2246467991473531772e-16;
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == 1.0 {
        return libm::atan(y);
    }
    let (hx, hy) = (high(x), high(y));
    let (ix, iy) = (hx & 0x7fff_ffff, hy & 0x7fff_ffff);
    // m = 2·sign(x) + sign(y)
    let m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
    if y == 0.0 {
        return match m {
            0 | 1 => y,
            2 => PI,
            _ => -PI,
        };
    }
    if x == 0.0 {
        return if hy < 0 { -PI_O_2 } else { PI_O_2 };
    }
    if x.is_infinite() {
        return if y.is_infinite() {
            match m {
                0 => PI_O_4,
                1 => -PI_O_4,
                2 => 3.0 * PI_O_4,
                _ => -3.0 * PI_O_4,
            }
        } else {
            match m {
                0 => 0.0,
                1 => -0.0,
                2 => PI,
                _ => -PI,
            }
        };
    }
    if y.is_infinite() {
        return if hy < 0 { -PI_O_2 } else { PI_O_2 };
    }
    let k = (iy - ix) >> 20;
    let mut m = m;
    let z = if k > 60 {
        m &= 1;
        PI_O_2 + 0.5 * PI_LO
    } else if hx < 0 && k < -60 {
        0.0
    } else {
        libm::atan(fabs(y / x))
    };
    match m {
        0 => z,
        1 => -z,
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}

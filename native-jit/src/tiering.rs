//! The tiering policy: when a bytecode function leaves the interpreter for
//! baseline code. Kept apart from the Cranelift tier itself so the policy
//! (and the interpreter's one question, `Vm::runs_compiled`) exists on
//! every target, while the compiler exists only natively.
//!
//! A function tiers up on the call after its invocation count reaches
//! `threshold` (0: before its first call). The interpreter enters calls to
//! bytecode closures inside its own loop; for a function due to tier up it
//! takes the general call path instead, which reaches `Vm::executor`, and
//! the baseline executor compiles it there.
//!
//! On-stack replacement (OSR): a frame already running in the interpreter
//! leaves it at a loop header once its function's back-edge count reaches
//! `OSR_BACKEDGES_PER_CALL × threshold` (at least `OSR_BACKEDGES_PER_CALL`):
//! the interpreter's `Loop` asks `Vm::osr_due` after taking the back-edge,
//! and `osr` compiles the function if needed and runs the rest of the
//! frame in its baseline code from that loop header. This is what moves a
//! function called once (the top-level code) into compiled code. The
//! count is the function's total over every call and loop, as for
//! invocations: a function whose loops ran that often is hot.

use crate::vm::Vm;
use kiln_runtime::host::JsResult;
use kiln_runtime::Value;

/// Back-edges per invocation of the threshold before a running frame moves
/// into baseline code: a loop iteration weighs a tenth of a call (V8
/// similarly lets loops build up more budget than calls before OSR).
pub const OSR_BACKEDGES_PER_CALL: u32 = 10;

/// What the baseline tier knows about one bytecode function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TierState {
    /// Runs in the interpreter (not hot yet).
    Interpreted,
    /// Has baseline code: the address of its compiled body.
    Compiled(usize),
    /// Cranelift rejected it (a bug of ours, reported once with
    /// `--trace-tier`): it stays in the interpreter.
    Failed,
}

/// The baseline tier's settings and per-function state.
pub struct Tiering {
    /// Invocations before a function is compiled (0: every function is
    /// compiled before its first call); `u32::MAX`: never (the interpreter
    /// alone).
    pub threshold: u32,
    /// Print each compilation on stderr (`--trace-tier`).
    pub trace: bool,
    pub(crate) state: Vec<TierState>,
    /// The Cranelift module holding the compiled code (created at the
    /// first compilation: a run that compiles nothing pays nothing).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) jit: Option<Box<crate::baseline::Jit>>,
}

impl Tiering {
    /// The interpreter alone.
    pub(crate) fn off(functions: usize) -> Tiering {
        Tiering {
            threshold: u32::MAX,
            trace: false,
            state: vec![TierState::Interpreted; functions],
            #[cfg(not(target_arch = "wasm32"))]
            jit: None,
        }
    }
}

impl Vm {
    /// True when a call of bytecode function `func` must go through the
    /// executor (it has baseline code, or it is due to get some) rather
    /// than be entered in the interpreter's loop.
    #[inline]
    pub(crate) fn runs_compiled(&self, func: u32) -> bool {
        let t = &self.tiering;
        t.threshold != u32::MAX && (t.threshold == 0 || self.feedback.counters[func as usize].invocations >= t.threshold) && t.state[func as usize] != TierState::Failed
    }

    /// True when a frame of `func` running in the interpreter, which just
    /// took a loop's back-edge, must continue in baseline code (`osr`).
    #[inline]
    pub(crate) fn osr_due(&self, func: u32) -> bool {
        let t = &self.tiering;
        t.threshold != u32::MAX
            && self.feedback.counters[func as usize].backedges >= t.threshold.max(1).saturating_mul(OSR_BACKEDGES_PER_CALL)
            && t.state[func as usize] != TierState::Failed
    }
}

/// On-stack replacement of the frame on top of `vm.frames` (running `func`)
/// at loop header `header`; None when it stays in the interpreter (see
/// `baseline::osr`).
#[inline(never)]
pub(crate) fn osr(vm: &mut Vm, func: u32, header: u32) -> Option<JsResult<Value>> {
    #[cfg(not(target_arch = "wasm32"))]
    return crate::baseline::osr(vm, func, header);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (vm, func, header);
        None
    }
}

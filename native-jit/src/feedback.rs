//! Feedback vectors: one slot per property/call/arithmetic/comparison site
//! (allocated by the bytecode emitter). Property sites hold an inline cache
//! (shape → slot; monomorphic → polymorphic up to 4 → megamorphic) that
//! the interpreter itself uses; arithmetic sites record the operand types
//! seen, call sites the bytecode functions they called. The JIT tiers will
//! read them to decide what to speculate on.

use kiln_compiler::bytecode::FunctionCode;
use kiln_runtime::shape::ShapeId;

/// Operand types seen at an arithmetic or comparison site (bit set).
pub mod types {
    pub const INT32: u8 = 1;
    pub const DOUBLE: u8 = 2;
    pub const STRING: u8 = 4;
    pub const OTHER: u8 = 8;
}

pub const MAX_POLYMORPHIC: usize = 4;

#[derive(Clone, Copy, Debug, Default)]
pub struct Slot {
    pub shapes: [u32; MAX_POLYMORPHIC],
    pub slots: [u32; MAX_POLYMORPHIC],
    pub len: u8,
    pub megamorphic: bool,
    /// `types::*` bits for arithmetic/comparison sites.
    pub types: u8,
    pub hits: u32,
    /// A store site's cached property addition (see `Transition`).
    pub transition: Option<Transition>,
    /// A load site's cached prototype-chain hits (see `ProtoHit`), one per
    /// receiver shape seen, up to `MAX_POLYMORPHIC`; the oldest is replaced.
    pub proto_hits: [ProtoHit; MAX_POLYMORPHIC],
    pub proto_hit_count: u8,
    /// A call site's bytecode callee (see `Callee`).
    pub callee: Callee,
}

/// The bytecode functions a call site has called.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Callee {
    #[default]
    None,
    /// Always this bytecode function (a candidate for inlining).
    Monomorphic(u32),
    /// More than one.
    Megamorphic,
}

/// "A receiver of shape `receiver_shape` (or a string primitive, when
/// `receiver_shape` is `STRING_RECEIVER`) whose prototype is
/// `receiver_proto` finds the property in object `holder` at `slot`",
/// valid while the runtime's `proto_epoch` equals `epoch`. Every object
/// from the prototype to the holder is watched (`Object::watched`): a
/// change of their shapes or prototype links, or freeing one, bumps the
/// epoch, so a hit checks only the receiver, at any depth.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProtoHit {
    pub receiver_shape: u32,
    pub receiver_proto: u64,
    pub holder: u32,
    pub slot: u32,
    pub epoch: u64,
}

/// `ProtoHit::receiver_shape` of a string primitive receiver.
pub const STRING_RECEIVER: u32 = u32::MAX - 1;

/// "Storing the missing property at this site into an ordinary object of
/// shape `from` with prototype `proto` gives shape `to`", valid while the
/// runtime's `proto_epoch` equals `epoch`.
#[derive(Clone, Copy, Debug)]
pub struct Transition {
    pub from: u32,
    pub to: u32,
    pub proto: u64,
    pub epoch: u64,
}

impl Slot {
    /// The slot index cached for `shape`, if any.
    #[inline]
    pub fn lookup(&self, shape: ShapeId) -> Option<u32> {
        for i in 0..self.len as usize {
            if self.shapes[i] == shape.0 {
                return Some(self.slots[i]);
            }
        }
        None
    }

    /// Records a (shape, slot) pair seen at this site.
    pub fn record(&mut self, shape: ShapeId, slot: u32) {
        if self.megamorphic || self.lookup(shape).is_some() {
            return;
        }
        let n = self.len as usize;
        if n == MAX_POLYMORPHIC {
            self.megamorphic = true;
            self.len = 0;
            return;
        }
        self.shapes[n] = shape.0;
        self.slots[n] = slot;
        self.len += 1;
    }

    /// The cached prototype-chain hits.
    #[inline]
    pub fn proto_hits(&self) -> &[ProtoHit] {
        &self.proto_hits[..(self.proto_hit_count as usize).min(MAX_POLYMORPHIC)]
    }

    /// Caches a prototype-chain hit: a new receiver shape takes a free
    /// entry, or the oldest one; a known one is refreshed.
    pub fn record_proto_hit(&mut self, hit: ProtoHit) {
        let n = (self.proto_hit_count as usize).min(MAX_POLYMORPHIC);
        if let Some(known) = self.proto_hits[..n].iter_mut().find(|h| h.receiver_shape == hit.receiver_shape && h.receiver_proto == hit.receiver_proto) {
            *known = hit;
            return;
        }
        self.proto_hits[self.proto_hit_count as usize % MAX_POLYMORPHIC] = hit;
        // Counts on past the capacity: its remainder picks the oldest entry.
        self.proto_hit_count = if self.proto_hit_count as usize >= 2 * MAX_POLYMORPHIC - 1 { MAX_POLYMORPHIC as u8 } else { self.proto_hit_count + 1 };
    }

    /// Records that this call site called bytecode function `func`.
    #[inline]
    pub fn record_callee(&mut self, func: u32) {
        self.callee = match self.callee {
            Callee::None => Callee::Monomorphic(func),
            Callee::Monomorphic(f) if f == func => return,
            _ => Callee::Megamorphic,
        };
    }

    pub fn state(&self) -> &'static str {
        match (self.megamorphic, self.len) {
            (true, _) => "megamorphic",
            (false, 0) => "uninitialized",
            (false, 1) => "monomorphic",
            _ => "polymorphic",
        }
    }
}

#[derive(Debug, Default)]
pub struct FunctionFeedback {
    pub slots: Vec<Slot>,
    pub invocations: u32,
    pub backedges: u32,
}

impl FunctionFeedback {
    pub fn new(code: &FunctionCode) -> FunctionFeedback {
        FunctionFeedback { slots: vec![Slot::default(); code.feedback_slots as usize], invocations: 0, backedges: 0 }
    }
}

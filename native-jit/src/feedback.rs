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

/// The value of an unused `Slot::shapes` entry: no object has this shape.
pub const NO_SHAPE: u32 = u32::MAX - 2;

/// One site's feedback. `repr(C)`: compiled code checks `shapes` and reads
/// `slots` at fixed offsets (unused entries hold `NO_SHAPE`, so checking
/// all of them is the same as checking the first `len`).
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Slot {
    pub shapes: [u32; MAX_POLYMORPHIC],
    pub slots: [u32; MAX_POLYMORPHIC],
    pub len: u8,
    pub megamorphic: bool,
    /// `types::*` bits for arithmetic/comparison sites.
    pub types: u8,
    pub hits: u32,
    /// A store site's cached property addition (see `Transition`).
    pub transition: Transition,
    /// A load site's cached prototype-chain hits (see `ProtoHit`), one per
    /// receiver shape seen, up to `MAX_POLYMORPHIC`; the oldest is replaced.
    pub proto_hits: [ProtoHit; MAX_POLYMORPHIC],
    pub proto_hit_count: u8,
    /// A call site's bytecode callee (see `Callee`).
    pub callee: Callee,
    /// A global variable site's cached place (see `GlobalHit`).
    pub global: GlobalHit,
}

/// "The global variable is entry `index` of the global object's
/// dictionary", valid while the runtime's `global_epoch` equals `epoch`.
#[derive(Clone, Copy, Debug)]
pub struct GlobalHit {
    pub index: u32,
    pub epoch: u64,
}

impl GlobalHit {
    /// Nothing cached: no epoch has this value.
    pub const NONE: GlobalHit = GlobalHit { index: 0, epoch: u64::MAX };
}

impl Default for Slot {
    fn default() -> Slot {
        Slot {
            shapes: [NO_SHAPE; MAX_POLYMORPHIC],
            slots: [0; MAX_POLYMORPHIC],
            len: 0,
            megamorphic: false,
            types: 0,
            hits: 0,
            transition: Transition::NONE,
            proto_hits: [ProtoHit::default(); MAX_POLYMORPHIC],
            proto_hit_count: 0,
            callee: Callee::None,
            global: GlobalHit::NONE,
        }
    }
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
/// change of their shapes or prototype links (or any collection) bumps the
/// epoch, so a hit checks only the receiver, at any depth.
/// `repr(C)`: compiled code checks the entries itself (see `layout`).
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct ProtoHit {
    pub receiver_shape: u32,
    pub holder: u32,
    pub receiver_proto: u64,
    pub epoch: u64,
    pub slot: u32,
}

impl Default for ProtoHit {
    /// An unused entry: matches no receiver.
    fn default() -> ProtoHit {
        ProtoHit { receiver_shape: NO_SHAPE, holder: 0, receiver_proto: 0, epoch: 0, slot: 0 }
    }
}

/// `ProtoHit::receiver_shape` of a string primitive receiver.
pub const STRING_RECEIVER: u32 = u32::MAX - 1;

/// "Storing the missing property at this site into an ordinary object of
/// shape `from` with prototype `proto` gives shape `to`", valid while the
/// runtime's `proto_epoch` equals `epoch`.
/// `repr(C)`: compiled code adds properties itself (see `layout`).
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Transition {
    pub from: u32,
    pub to: u32,
    pub proto: u64,
    pub epoch: u64,
}

impl Transition {
    /// No cached transition: matches no shape.
    pub const NONE: Transition = Transition { from: NO_SHAPE, to: NO_SHAPE, proto: 0, epoch: 0 };

    pub fn is_cached(&self) -> bool {
        self.from != NO_SHAPE
    }
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
            self.shapes = [NO_SHAPE; MAX_POLYMORPHIC];
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

/// Counters of one function (the tiers' hotness measure).
#[derive(Debug, Default, Clone, Copy)]
pub struct Counters {
    pub invocations: u32,
    pub backedges: u32,
}

/// The feedback of a whole program: every site's `Slot` in one table (the
/// sites of function `f` start at `first_slot[f]`, in function order, so
/// compiled code can address a site's slot from the table's base), and
/// every function's counters.
#[derive(Debug, Default)]
pub struct Feedback {
    slots: Vec<Slot>,
    first_slot: Vec<u32>,
    pub counters: Vec<Counters>,
}

impl Feedback {
    pub fn new(functions: &[FunctionCode]) -> Feedback {
        let first_slot: Vec<u32> = functions.iter().scan(0, |next, f| Some(core::mem::replace(next, *next + f.feedback_slots))).collect();
        let total = functions.iter().map(|f| f.feedback_slots as usize).sum();
        Feedback { slots: vec![Slot::default(); total], first_slot, counters: vec![Counters::default(); functions.len()] }
    }

    /// Site `fb` of function `func`.
    #[inline]
    pub fn slot(&self, func: u32, fb: u32) -> &Slot {
        &self.slots[(self.first_slot[func as usize] + fb) as usize]
    }

    #[inline]
    pub fn slot_mut(&mut self, func: u32, fb: u32) -> &mut Slot {
        &mut self.slots[(self.first_slot[func as usize] + fb) as usize]
    }

    /// The address of the table (compiled code: site `fb` of function `f`
    /// is entry `first_slot(f) + fb`). It never moves.
    pub fn table(&self) -> *const Slot {
        self.slots.as_ptr()
    }

    /// Where function `func`'s sites start in the table.
    pub fn first_slot(&self, func: u32) -> u32 {
        self.first_slot[func as usize]
    }
}

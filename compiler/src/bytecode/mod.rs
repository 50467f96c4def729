//! The bytecode: the one IR every back end consumes. It is plain data —
//! indices into constant pools and function tables, no pointers — so one
//! compiled `Program` can be run by the interpreter, translated to CLIF or
//! to wasm, or shipped to a browser.

pub mod disasm;
pub mod flow;
pub mod image;
pub mod liveness;
pub mod numeric;
pub mod operands;
pub mod ops;
pub mod program;
pub mod property_keys;
pub mod verify;

pub use ops::{Op, Reg};
pub use program::{Constant, FunctionCode, FunctionFlavor, Handler, Program};
pub use verify::{verify, VerifyError};

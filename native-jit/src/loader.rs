//! Loading a compiled program into a runtime: every string constant becomes
//! a runtime atom string once (so `LoadConst` is a copy, not an allocation)
//! and every `Name` operand a ready `PropKey`.

use kiln_compiler::bytecode::{Constant, Program};
use kiln_runtime::shape::PropKey;
use kiln_runtime::{Runtime, Value};

pub(crate) struct Loaded {
    /// Per function: its constant pool as values.
    pub constants: Vec<Vec<Value>>,
    /// Per function: each constant as a property key (strings only).
    pub keys: Vec<Vec<PropKey>>,
    /// Per function: the `name` property value of its closures.
    pub function_names: Vec<Value>,
}

impl Loaded {
    pub fn new(rt: &mut Runtime, program: &Program) -> Loaded {
        let atom_map: Vec<_> = program.atoms.iter().map(|units| rt.atoms.intern(units)).collect();
        let mut constants = Vec::with_capacity(program.functions.len());
        let mut keys = Vec::with_capacity(program.functions.len());
        let mut function_names = Vec::with_capacity(program.functions.len());
        for f in &program.functions {
            let mut values = Vec::with_capacity(f.constants.len());
            let mut fkeys = Vec::with_capacity(f.constants.len());
            for c in &f.constants {
                match c {
                    Constant::Number(n) => {
                        values.push(Value::number(*n));
                        fkeys.push(PropKey::Atom(kiln_runtime::atoms::EMPTY));
                    }
                    Constant::String(a) => {
                        let atom = atom_map[a.0 as usize];
                        values.push(rt.atom_string(atom));
                        let units = rt.atoms.get(atom).to_vec();
                        fkeys.push(rt.key_from_units(&units));
                    }
                }
            }
            constants.push(values);
            keys.push(fkeys);
            function_names.push(rt.atom_string(atom_map[f.name.0 as usize]));
        }
        Loaded { constants, keys, function_names }
    }

    /// Values to keep alive (atom strings are already runtime roots; listed
    /// for clarity and safety).
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        self.constants.iter().flatten().copied().chain(self.function_names.iter().copied())
    }
}

//! Classes: the constructor function (explicit or the implicit default),
//! methods and accessors on the prototype or the constructor, instance
//! fields compiled into an initializer function that construction runs,
//! and static fields run once with `this` = the class.

use super::scope::BindingKind;
use super::Emitter;
use crate::ast::{self, Atom, ClassMemberKind, PropKey};
use crate::bytecode::ops::{Reg, METHOD_KIND_GETTER, METHOD_KIND_METHOD, METHOD_KIND_SETTER};
use crate::bytecode::{FunctionFlavor, Op};
use crate::diagnostic::Diagnostic;
use crate::resolver::function_key;

impl Emitter {
    /// `dst = class c`, named `name` (the class's own or an inferred name).
    pub(crate) fn class_expr(&mut self, c: &ast::Class, dst: Reg, name: Option<Atom>) -> Result<(), Diagnostic> {
        let empty = self.atoms.intern("");
        let class_name = name.unwrap_or(empty);
        // Inside the class body the class's own name is a const binding.
        let inner_scope = match &c.name {
            Some(id) => {
                self.enter_scope_with(&[(id.name, BindingKind::Const, id.span)])?;
                true
            }
            None => false,
        };
        let result = self.class_body(c, dst, class_name);
        if inner_scope {
            self.leave_scope();
        }
        result
    }

    fn class_body(&mut self, c: &ast::Class, dst: Reg, class_name: Atom) -> Result<(), Diagnostic> {
        let parent = self.temp(c.span)?;
        let has_parent = match &c.super_class {
            Some(s) => {
                self.expr(s, parent)?;
                1
            }
            None => 0,
        };
        let flavor = if has_parent == 1 { FunctionFlavor::DerivedClass } else { FunctionFlavor::BaseClass };
        let func = match &c.constructor {
            Some(ctor) => self.compile_function(ctor, flavor, class_name, None, function_key(ctor))?,
            None => self.synthetic_function(flavor, class_name, c.span, true, |e| {
                let r = e.temp(c.span)?;
                if flavor == FunctionFlavor::DerivedClass {
                    e.emit(Op::SuperCallForward { dst: r });
                }
                e.emit(Op::LoadUndefined { dst: r });
                e.emit(Op::Return { src: r });
                Ok(())
            })?,
        };
        // A class's source text (toString) is the whole class.
        self.set_function_span(func, c.span);
        self.emit(Op::MakeClass { dst, func, parent, has_parent });
        if let Some(id) = &c.name {
            self.store_var(id.name, dst, id.span, true)?;
        }
        let proto = self.temp(c.span)?;
        let prototype = self.const_str("prototype");
        let fb = self.feedback();
        self.emit(Op::GetNamed { dst: proto, obj: dst, name: prototype, fb });

        // Computed field names are evaluated once, here, in member order;
        // the initializers read them from hidden environment bindings.
        let computed_fields: Vec<(Atom, BindingKind, crate::span::Span)> = c
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m.kind, ClassMemberKind::Field(_)) && matches!(m.key, PropKey::Computed(_)))
            .map(|(i, m)| (self.atoms.intern(&format!("#field-key-{}", i)), BindingKind::Let, m.span))
            .collect();
        let hidden_scope = !computed_fields.is_empty();
        if hidden_scope {
            self.enter_env_scope_with(&computed_fields)?;
        }
        let result = self.class_members(c, dst, proto);
        if hidden_scope {
            self.leave_scope();
        }
        result
    }

    fn class_members(&mut self, c: &ast::Class, dst: Reg, proto: Reg) -> Result<(), Diagnostic> {
        let mut instance_fields = Vec::new();
        // Static fields and blocks run in source order once the class exists.
        let mut statics: Vec<StaticElement> = Vec::new();
        for (index, m) in c.members.iter().enumerate() {
            let old = self.set_position(m.span);
            let mark = self.reg_mark();
            match &m.kind {
                ClassMemberKind::Method(f) | ClassMemberKind::Getter(f) | ClassMemberKind::Setter(f) => {
                    let kind = match &m.kind {
                        ClassMemberKind::Getter(_) => METHOD_KIND_GETTER,
                        ClassMemberKind::Setter(_) => METHOD_KIND_SETTER,
                        _ => METHOD_KIND_METHOD,
                    };
                    let key = self.temp(m.span)?;
                    let name = self.class_key(&m.key, key)?;
                    let func = self.temp(m.span)?;
                    self.function_expr_named(f, func, FunctionFlavor::Method, name, false)?;
                    let target = if m.is_static { dst } else { proto };
                    self.emit(Op::DefineMethod { obj: target, key, func, kind });
                }
                ClassMemberKind::Field(init) => {
                    if let PropKey::Computed(k) = &m.key {
                        let key = self.temp(m.span)?;
                        self.expr(k, key)?;
                        self.emit(Op::ToPropertyKey { dst: key, src: key });
                        let hidden = self.atoms.intern(&format!("#field-key-{}", index));
                        self.store_var(hidden, key, m.span, true)?;
                    }
                    if m.is_static {
                        match statics.last_mut() {
                            Some(StaticElement::Fields(fields)) => fields.push((index, m, init)),
                            _ => statics.push(StaticElement::Fields(vec![(index, m, init)])),
                        }
                    } else {
                        instance_fields.push((index, m, init));
                    }
                }
                ClassMemberKind::StaticBlock(f) => statics.push(StaticElement::Block(f)),
            }
            self.release_to(mark);
            self.restore_position(old);
        }
        if !instance_fields.is_empty() {
            let empty = self.atoms.intern("");
            let init = self.synthetic_function(FunctionFlavor::Method, empty, c.span, false, |e| e.field_initializers(&instance_fields))?;
            let f = self.temp(c.span)?;
            self.emit(Op::MakeClosure { dst: f, func: init });
            self.emit(Op::SetHomeObject { func: f, home: proto });
            self.emit(Op::SetFields { ctor: dst, func: f });
        }
        for element in statics {
            let empty = self.atoms.intern("");
            let init = match element {
                StaticElement::Fields(fields) => {
                    self.synthetic_function(FunctionFlavor::Method, empty, c.span, false, |e| e.field_initializers(&fields))?
                }
                StaticElement::Block(f) => self.compile_function(f, FunctionFlavor::Method, empty, None, crate::resolver::function_key(f))?,
            };
            let mark = self.reg_mark();
            let base = self.temps(2, c.span)?;
            self.emit(Op::MakeClosure { dst: base, func: init });
            self.emit(Op::SetHomeObject { func: base, home: dst });
            self.emit(Op::Mov { dst: base + 1, src: dst });
            let fb = self.feedback();
            let desc = self.const_str("static initializer");
            let ignored = self.temp(c.span)?;
            self.emit(Op::Call { dst: ignored, func: base, argc: 0, fb, desc });
            self.release_to(mark);
        }
        Ok(())
    }

    /// Loads a class member's key into `dst`; returns the name for
    /// functions (empty for computed keys).
    fn class_key(&mut self, key: &PropKey, dst: Reg) -> Result<Atom, Diagnostic> {
        match key {
            PropKey::Named(n) => {
                let c = self.const_string(*n);
                self.emit(Op::LoadConst { dst, idx: c });
                Ok(*n)
            }
            PropKey::Computed(k) => {
                self.expr(k, dst)?;
                Ok(self.atoms.intern(""))
            }
        }
    }

    /// The body of a field initializer: `this.key = value` for each field,
    /// as own enumerable data properties.
    fn field_initializers(&mut self, fields: &[(usize, &ast::ClassMember, &Option<Box<ast::Expr>>)]) -> Result<(), Diagnostic> {
        let this = self.temp(Default::default())?;
        self.emit(Op::LoadThis { dst: this });
        for (index, m, init) in fields {
            let old = self.set_position(m.span);
            let mark = self.reg_mark();
            let key = self.temp(m.span)?;
            let name = match &m.key {
                PropKey::Computed(_) => {
                    let hidden = self.atoms.intern(&format!("#field-key-{}", index));
                    self.load_var(hidden, key, m.span)?;
                    self.atoms.intern("")
                }
                named => self.class_key(named, key)?,
            };
            let value = self.temp(m.span)?;
            match init {
                Some(e) => self.expr_named(e, value, Some(name))?,
                None => {
                    self.emit(Op::LoadUndefined { dst: value });
                }
            }
            self.emit(Op::DefineIndexed { obj: this, key, src: value });
            self.release_to(mark);
            self.restore_position(old);
        }
        let r = self.temp(Default::default())?;
        self.emit(Op::LoadUndefined { dst: r });
        self.emit(Op::Return { src: r });
        Ok(())
    }
}

/// A static part of a class body, run in order after the class is created.
enum StaticElement<'a> {
    Fields(Vec<(usize, &'a ast::ClassMember, &'a Option<Box<ast::Expr>>)>),
    Block(&'a ast::Function),
}

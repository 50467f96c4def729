//! kiln's native engine: the bytecode interpreter (tier 0) with inline caches
//! and type feedback. Cranelift tiers build on it.

//! Per-op entry points that generated code calls; generated from the op table.

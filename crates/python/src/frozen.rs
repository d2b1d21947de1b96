//! The beginner subset of Python's standard library, frozen into the runtime by `build.rs`.

use rustpython_vm::frozen::FrozenModule;

pub(crate) fn modules() -> impl IntoIterator<Item = (&'static str, FrozenModule)> {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"))
}

//! The beginner subset of Python's standard library, compiled by `build.rs`: the part frozen into
//! the runtime, and what the runtime knows of the on-demand library (see [`crate::on_demand`]).

use rustpython_vm::frozen::{FrozenLib, FrozenModule};

pub(crate) fn modules() -> impl IntoIterator<Item = (&'static str, FrozenModule)> {
    FrozenLib::from_ref(include_bytes!(concat!(env!("OUT_DIR"), "/frozen.bin")).as_slice())
}

/// The on-demand library's file name (`FILE`) and modules (`MODULES`).
pub mod on_demand_library {
    include!(concat!(env!("OUT_DIR"), "/on_demand.rs"));
}

//! The on-demand library: the standard library modules beginners import less often
//! (`decimal`, `datetime`, `statistics`, `typing`, …), left out of the runtime's download. The
//! first import of one of them loads the whole library through [`crate::Host::python_library`]:
//! the browser's worker downloads it from the portal (a file named by its contents, which the
//! browser keeps); natively it is built in. A finder on `sys.meta_path` answers for its modules.

use std::cell::RefCell;
use std::collections::HashMap;

use rustpython_vm::builtins::{PyCode, PyStrRef};
use rustpython_vm::frozen::{FrozenCodeObject, FrozenLib};
use rustpython_vm::{PyRef, PyResult, VirtualMachine};

pub use crate::frozen::on_demand_library::{FILE, MODULES};

/// The library built into native builds (the browser's worker downloads it instead).
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/on-demand.bin"));

/// A loaded library: each module's bytecode (as `FrozenLib` stores it) within `bytes`.
struct Library {
    bytes: Vec<u8>,
    modules: HashMap<String, std::ops::Range<usize>>,
}

impl Library {
    fn parse(bytes: Vec<u8>) -> Result<Library, String> {
        let base = bytes.as_ptr() as usize;
        let mut modules = HashMap::new();
        for (name, module) in FrozenLib::from_ref(bytes.as_slice()).decode() {
            let start = module.code.bytes.as_ptr() as usize - base;
            modules.insert(name.to_owned(), start..start + module.code.bytes.len());
        }
        // A library of another build (a stale cache) would not have this build's modules.
        match MODULES
            .iter()
            .find(|(name, _)| !modules.contains_key(*name))
        {
            Some((missing, _)) => Err(format!("it has no module {missing}")),
            None => Ok(Library { bytes, modules }),
        }
    }
}

/// The finder on `sys.meta_path`. `_modules` (name → is a package) and `_code(name)` come from
/// [`install`].
const FINDER: &str = r#"
import sys as _sys
from _frozen_importlib import ModuleSpec as _ModuleSpec

class _OnDemand:
    """Finds the modules of the on-demand library (see crates/python/src/on_demand.rs)."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        package = _modules.get(name)
        if package is None:
            return None
        return _ModuleSpec(name, cls, origin="on-demand", is_package=package)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        exec(_code(module.__spec__.name), module.__dict__)

_sys.meta_path.append(_OnDemand)
"#;

/// Puts the finder on `sys.meta_path`. `load` gets the library's bytes, the first time one of
/// its modules is imported (and again after a failure); an error says why, for the student.
pub(crate) fn install(
    vm: &VirtualMachine,
    load: impl Fn() -> Result<Vec<u8>, String> + 'static,
) -> PyResult<()> {
    let loaded = RefCell::new(None::<Library>);
    let code = vm.new_function(
        "_code",
        move |name: PyStrRef, vm: &VirtualMachine| -> PyResult<PyRef<PyCode>> {
            let name = name.to_string_lossy().into_owned();
            let mut library = loaded.borrow_mut();
            if library.is_none() {
                let fetched = load().and_then(|bytes| {
                    Library::parse(bytes).map_err(|why| format!("what came is damaged: {why}"))
                });
                match fetched {
                    Ok(fetched) => *library = Some(fetched),
                    Err(why) => {
                        return Err(vm.new_import_error(
                            format!("the module '{name}' could not be downloaded: {why}"),
                            vm.ctx.new_utf8_str(name),
                        ));
                    }
                }
            }
            let library = library.as_ref().expect("loaded above");
            let range = library.modules.get(&name).cloned().ok_or_else(|| {
                vm.new_import_error(
                    format!("No module named '{name}'"),
                    vm.ctx.new_utf8_str(name.as_str()),
                )
            })?;
            let bytes = &library.bytes[range];
            Ok(PyCode::new_ref_from_frozen(vm, FrozenCodeObject { bytes }))
        },
    );
    let modules = vm.ctx.new_dict();
    for (name, package) in MODULES {
        modules.set_item(*name, vm.ctx.new_bool(*package).into(), vm)?;
    }
    let scope = vm.new_scope_with_builtins();
    scope.globals.set_item("_modules", modules.into(), vm)?;
    scope.globals.set_item("_code", code.into(), vm)?;
    vm.run_string(scope, FINDER, "<darbnica>")?;
    Ok(())
}

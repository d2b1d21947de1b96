//! A small `posix` module, so that `os` (and through it `random`, `dataclasses`, `statistics`)
//! imports in a sandbox that has no files, processes or environment.

pub(crate) use stand_in::module_def;

#[rustpython_vm::pymodule(name = "posix")]
mod stand_in {
    use rustpython_vm::builtins::{PyDictRef, PyListRef, PyTypeRef};
    use rustpython_vm::function::FuncArgs;
    use rustpython_vm::{PyResult, VirtualMachine};

    #[pyattr]
    fn environ(vm: &VirtualMachine) -> PyDictRef {
        vm.ctx.new_dict()
    }

    /// `os.py` reads which `*_dir_fd` style functions exist: none here.
    #[pyattr]
    fn _have_functions(vm: &VirtualMachine) -> PyListRef {
        vm.ctx.new_list(Vec::new())
    }

    #[pyattr]
    fn error(vm: &VirtualMachine) -> PyTypeRef {
        vm.ctx.exceptions.os_error.to_owned()
    }

    // The file functions `os` reaches for: there are no files to find.
    #[pyfunction(name = "stat")]
    #[pyfunction(name = "lstat")]
    #[pyfunction(name = "scandir")]
    #[pyfunction(name = "listdir")]
    fn no_files(_args: FuncArgs, vm: &VirtualMachine) -> PyResult<()> {
        Err(vm.new_os_error(
            "there are no files here: programs on this page cannot read or write files".to_owned(),
        ))
    }

    #[pyfunction]
    fn getcwd() -> String {
        "/".to_owned()
    }

    #[pyfunction]
    fn getpid() -> i32 {
        1
    }

    #[pyfunction]
    fn cpu_count() -> i32 {
        1
    }

    #[pyfunction]
    fn urandom(size: isize, vm: &VirtualMachine) -> PyResult<Vec<u8>> {
        let size = usize::try_from(size)
            .map_err(|_| vm.new_value_error("negative argument not allowed"))?;
        let mut bytes = vec![0; size];
        getrandom::fill(&mut bytes).map_err(|error| vm.new_os_error(error.to_string()))?;
        Ok(bytes)
    }
}

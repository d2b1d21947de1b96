//! Freezes the part of the Python standard library that beginners use into the runtime.
//!
//! The modules come from the `rustpython-pylib` crate (a dependency, not a copy in this repository):
//! the listed files are copied from its `Lib/` into `OUT_DIR/pylib`, and `frozen.rs` is written to
//! freeze that folder with `py_freeze!`. Freezing the whole library would make the browser's download
//! about 8 MB (brotli) instead of about 3 MB.

use std::path::{Path, PathBuf};

/// Modules (files, or whole packages for folders) under pylib's `Lib/`. `tests/modules.rs` imports
/// what beginners import, so a missing dependency fails a test rather than a student's program.
const MODULES: &[&str] = &[
    // What `random`, `string`, `collections`, `re` and `os` need.
    "_collections_abc.py",
    "_py_abc.py",
    "_weakrefset.py",
    "abc.py",
    "bisect.py",
    "collections",
    "copyreg.py",
    "enum.py",
    "functools.py",
    "genericpath.py",
    "keyword.py",
    "operator.py",
    "os.py",
    "posixpath.py",
    "random.py",
    "re",
    "reprlib.py",
    "stat.py",
    "string",
    "types.py",
    // Beginner favourites and what they import.
    "_pydatetime.py",
    "_strptime.py",
    "annotationlib.py",
    "ast.py",
    "_ast_unparse.py",
    "calendar.py",
    "contextlib.py",
    "copy.py",
    "dataclasses.py",
    "datetime.py",
    "decimal.py",
    "_pydecimal.py",
    "dis.py",
    "_opcode_metadata.py",
    "opcode.py",
    "fractions.py",
    "heapq.py",
    "inspect.py",
    "io.py",
    "json",
    "linecache.py",
    "locale.py",
    "numbers.py",
    "statistics.py",
    "textwrap.py",
    "token.py",
    "tokenize.py",
    "typing.py",
    "warnings.py",
    "_py_warnings.py",
    "weakref.py",
    "__future__.py",
    "contextvars.py",
    // importlib without `metadata`, `resources` and their readers: nothing a beginner imports
    // needs them, and they weigh on the download.
    "importlib/__init__.py",
    "importlib/_abc.py",
    "importlib/_bootstrap.py",
    "importlib/_bootstrap_external.py",
    "importlib/abc.py",
    "importlib/machinery.py",
    "importlib/util.py",
];

/// The portal's own modules, in `py/`: `checks`, the API of exercises' `check.py`.
const OWN_MODULES: &[&str] = &["checks.py"];

fn main() {
    let lib = Path::new(rustpython_pylib::LIB_PATH);
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let pylib = out_dir.join("pylib");
    let _ = std::fs::remove_dir_all(&pylib);
    for module in MODULES {
        copy(&lib.join(module), &pylib.join(module));
    }
    // The portal's own modules.
    // Read when the script runs, not when it was compiled: clones in other folders share the
    // compiled script through one target directory.
    let manifest_dir =
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let own = Path::new(&manifest_dir).join("py");
    for module in OWN_MODULES {
        copy(&own.join(module), &pylib.join(module));
        println!("cargo:rerun-if-changed=py/{module}");
    }
    let frozen = format!(
        "rustpython_vm::py_freeze!(dir = {:?})\n",
        pylib.display().to_string()
    );
    std::fs::write(out_dir.join("frozen.rs"), frozen).expect("writing frozen.rs");
    println!("cargo:rerun-if-changed=build.rs");
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        for entry in std::fs::read_dir(from)
            .unwrap_or_else(|error| panic!("reading {}: {error}", from.display()))
        {
            let path = entry.expect("a directory entry").path();
            let is_python = path.extension().is_some_and(|extension| extension == "py");
            if path.is_dir() || is_python {
                copy(&path, &to.join(path.file_name().expect("a file name")));
            }
        }
    } else {
        std::fs::create_dir_all(to.parent().expect("a parent folder")).expect("creating a folder");
        std::fs::copy(from, to)
            .unwrap_or_else(|error| panic!("copying {}: {error}", from.display()));
    }
}

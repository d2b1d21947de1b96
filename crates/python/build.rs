//! Compiles the part of the Python standard library that beginners use, for the runtime.
//!
//! The modules come from the `rustpython-pylib` crate (a dependency, not a copy in this
//! repository). They are compiled here as `py_freeze!` would compile them, into two libraries in
//! `OUT_DIR`: `frozen.bin`, built into the runtime, and `on-demand.bin`, which the browser's worker
//! downloads when a program first imports one of its modules (`on_demand.rs` names its file and
//! modules). Freezing the whole Python library would make the browser's download about 8 MB
//! (brotli).

use std::path::{Path, PathBuf};

use rustpython_compiler_core::frozen::{FrozenCodeObject, FrozenLib, FrozenModule};

/// Modules (files, or whole packages for folders) under pylib's `Lib/`, frozen into the runtime:
/// what the runtime's start, the `checks` module and the most common beginner programs import
/// (`random`, `string`, `collections`, `re`, `json`, `copy`, `ast`, …). `tests/programs.rs`
/// checks that these never need the on-demand library.
const FROZEN: &[&str] = &[
    "_collections_abc.py",
    "_py_abc.py",
    "_weakrefset.py",
    "abc.py",
    "ast.py",
    "bisect.py",
    "collections",
    "copy.py",
    "copyreg.py",
    "enum.py",
    "functools.py",
    "genericpath.py",
    "io.py",
    "json",
    "keyword.py",
    "linecache.py",
    "operator.py",
    "os.py",
    "posixpath.py",
    "random.py",
    "re",
    "reprlib.py",
    "stat.py",
    "string",
    "types.py",
    "weakref.py",
];

/// Modules that beginners import less often, and what they import: compiled into the on-demand
/// library, `darbnica-pylib-<hash>.bin`, which the browser's worker downloads on the first import
/// of one of them (and the browser then keeps). Natively the library is built in.
/// `tests/programs.rs` imports each, so a missing dependency fails a test rather than a student's
/// program.
const ON_DEMAND: &[&str] = &[
    "_ast_unparse.py",
    "_opcode_metadata.py",
    "_py_warnings.py",
    "_pydatetime.py",
    "_pydecimal.py",
    "_strptime.py",
    "__future__.py",
    "annotationlib.py",
    "calendar.py",
    "contextlib.py",
    "contextvars.py",
    "dataclasses.py",
    "datetime.py",
    "decimal.py",
    "dis.py",
    // What `locale` (and so `datetime.strptime`) needs of `encodings`.
    "encodings/__init__.py",
    "encodings/aliases.py",
    "fractions.py",
    "heapq.py",
    "inspect.py",
    "locale.py",
    "numbers.py",
    "opcode.py",
    "statistics.py",
    "textwrap.py",
    "token.py",
    "tokenize.py",
    "typing.py",
    "warnings.py",
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
    // Read when the script runs, not when it was compiled: clones in other folders share the
    // compiled script through one target directory.
    let manifest_dir =
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let own = Path::new(&manifest_dir).join("py");

    let mut frozen = Vec::new();
    for module in FROZEN {
        compile(lib, Path::new(module), &mut frozen);
    }
    // The portal's own modules.
    for module in OWN_MODULES {
        compile(&own, Path::new(module), &mut frozen);
        println!("cargo:rerun-if-changed=py/{module}");
    }
    let mut on_demand = Vec::new();
    for module in ON_DEMAND {
        compile(lib, Path::new(module), &mut on_demand);
    }
    let frozen_names: Vec<&str> = frozen.iter().map(|module| module.name.as_str()).collect();
    if let Some(twice) = on_demand
        .iter()
        .find(|module| frozen_names.contains(&module.name.as_str()))
    {
        panic!("{} is both frozen and on demand", twice.name);
    }

    std::fs::write(out_dir.join("frozen.bin"), library(&frozen)).expect("writing frozen.bin");
    let bytes = library(&on_demand);
    let file = format!("darbnica-pylib-{:016x}.bin", fnv1a(&bytes));
    std::fs::write(out_dir.join("on-demand.bin"), &bytes).expect("writing on-demand.bin");
    // For `cargo xtask build`, which puts the library into `dist` under this name.
    std::fs::write(out_dir.join("on-demand.name"), &file).expect("writing on-demand.name");
    // What the runtime knows of the on-demand library: its file's name and its modules.
    let names = on_demand
        .iter()
        .map(|module| format!("({:?}, {}),", module.name, module.package))
        .collect::<String>();
    std::fs::write(
        out_dir.join("on_demand.rs"),
        format!(
            "/// The on-demand library's file, named by its contents.\n\
             pub const FILE: &str = {file:?};\n\
             /// Its modules, and whether each is a package.\n\
             pub const MODULES: &[(&str, bool)] = &[{names}];\n"
        ),
    )
    .expect("writing on_demand.rs");
    println!("cargo:rerun-if-changed=build.rs");
}

/// A module compiled to bytecode, as `py_freeze!` would.
struct Compiled {
    name: String,
    package: bool,
    code: Vec<u8>,
}

/// Compiles `path` (a `.py` file, or a folder of them: a package) under `root` into `out`.
fn compile(root: &Path, path: &Path, out: &mut Vec<Compiled>) {
    let full = root.join(path);
    if full.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&full)
            .unwrap_or_else(|error| panic!("reading {}: {error}", full.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            let is_python = entry.extension().is_some_and(|extension| extension == "py");
            if entry.is_dir() || is_python {
                compile(
                    root,
                    &path.join(entry.file_name().expect("a file name")),
                    out,
                );
            }
        }
        return;
    }
    let source = std::fs::read_to_string(&full)
        .unwrap_or_else(|error| panic!("reading {}: {error}", full.display()));
    let mut parts: Vec<String> = path
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    let package = parts.last().is_some_and(|last| last == "__init__");
    if package {
        parts.pop();
    }
    let name = parts.join(".");
    let code = rustpython_compiler::compile(
        &source,
        rustpython_compiler::Mode::Exec,
        &name,
        rustpython_compiler::CompileOpts {
            // Columns (for the `^^^` under a failing expression) are for the student's own code,
            // whose tracebacks show no frames of the library; lines are kept.
            debug_ranges: false,
            ..Default::default()
        },
    )
    .unwrap_or_else(|error| panic!("compiling {}: {error}", full.display()));
    let mut bytes = Vec::new();
    rustpython_compiler_core::marshal::serialize_code(&mut bytes, &code);
    out.push(Compiled {
        name,
        package,
        code: bytes,
    });
}

/// The modules as a `FrozenLib`, each module's bytecode stored in an LZ4 block of literals only
/// (the format the runtime reads), not compressed: LZ4's output would hardly compress again, and
/// the server sends the whole with brotli, which does much better on the plain bytecode.
fn library(modules: &[Compiled]) -> Vec<u8> {
    let stored: Vec<(&str, FrozenModule<Vec<u8>>)> = modules
        .iter()
        .map(|module| {
            let code = FrozenCodeObject {
                bytes: lz4_literals(&module.code),
            };
            (
                module.name.as_str(),
                FrozenModule {
                    code,
                    package: module.package,
                },
            )
        })
        .collect();
    FrozenLib::encode(stored.iter().map(|(name, module)| (*name, module.clone()))).bytes
}

/// `bytes` as `lz4_flex::compress_prepend_size` frames them (the length, little endian, then an
/// LZ4 block), with the block one sequence of literals: a token of 15, the length past 15 in bytes
/// of 255 and a last byte below 255, then the bytes themselves.
fn lz4_literals(bytes: &[u8]) -> Vec<u8> {
    let length = u32::try_from(bytes.len()).expect("a module under 4 GB");
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 255 + 8);
    out.extend_from_slice(&length.to_le_bytes());
    if bytes.len() < 15 {
        out.push((bytes.len() as u8) << 4);
    } else {
        out.push(0xF0);
        let mut rest = bytes.len() - 15;
        while rest >= 255 {
            out.push(255);
            rest -= 255;
        }
        out.push(rest as u8);
    }
    out.extend_from_slice(bytes);
    out
}

/// FNV-1a, 64 bits: names the on-demand library by its contents.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

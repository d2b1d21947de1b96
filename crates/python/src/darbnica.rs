//! `darbnica`: the Python module for 3D modelling, in Rust over the geometry kernel.
//!
//! ```python
//! from darbnica import *
//! height = param("height", 40, 10, 200, step=1, label={"lv": "Augstums", "en": "Height"})
//! cup = cylinder(height, 30) - cylinder(height, 27).translate(0, 0, 3)
//! show(cup + torus(18, 4).rotate(90, 0, 0).translate(34, 0, height / 2))
//! ```
//!
//! Solids are immutable and combine with `+` (union), `-` (difference) and `&` (intersection);
//! transforms return new solids, so they chain. `show` and `param` write to the run's [`Scene`],
//! which the runtime resets before each run and hands to the page (or `cargo xtask model`) after.

pub(crate) use module::module_def;
pub use scene::{Scene, Shown, export};
// `native.rs` builds the coloured mesh under the run's limits.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use scene::run_limits;
pub(crate) use scene::set_run_limits;

mod colours;
mod params;
mod scene;
mod sketches;
mod solids;

use std::cell::RefCell;
use std::rc::Rc;

use darbnica_geometry::{DVec3, GeometryError};
use rustpython_vm::function::KwArgs;
use rustpython_vm::{PyObject, PyObjectRef, PyPayload, PyRef, PyResult, VirtualMachine};

pub(crate) use colours::colour_of;
pub(crate) use solids::PySolid;

pub(crate) type SharedScene = Rc<RefCell<Scene>>;

/// Most solids one run may show.
const MAX_SHOWN: usize = 100;

/// The module: its classes and functions come from `solids` and `sketches`; `show` and `param`
/// are installed by [`install`], with the run's scene.
#[rustpython_vm::pymodule(name = "darbnica", with(solids::functions, sketches::functions))]
mod module {}

/// A geometry error raised in Python as a `ValueError` with the kernel's message.
pub(crate) trait OrRaise<T> {
    fn or_raise(self, vm: &VirtualMachine) -> PyResult<T>;
}

impl<T> OrRaise<T> for Result<T, GeometryError> {
    fn or_raise(self, vm: &VirtualMachine) -> PyResult<T> {
        self.map_err(|error| vm.new_value_error(error.to_string()))
    }
}

/// The module's shapes, `Solid` and `Sketch`: Python shows one as `<Solid>` or `<Sketch>`, and
/// combines two of a kind with `+` (union), `-` (difference) and `&` (intersection).
pub(crate) trait Shape: PyPayload + std::fmt::Debug {
    /// What `repr()` gives.
    const REPR: &'static str;

    fn union(&self, other: &Self) -> Self;
    fn difference(&self, other: &Self) -> Self;
    fn intersection(&self, other: &Self) -> Self;

    /// `a + b`.
    fn add(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> PyResult {
        combine(a, b, vm, Self::union)
    }
}

/// `operation(a, b)` when both are `T`s; otherwise NotImplemented, so that Python tries the other
/// operand's way (and raises a TypeError when that fails too).
pub(crate) fn combine<T: Shape>(
    a: &PyObject,
    b: &PyObject,
    vm: &VirtualMachine,
    operation: fn(&T, &T) -> T,
) -> PyResult {
    match (a.downcast_ref::<T>(), b.downcast_ref::<T>()) {
        (Some(a), Some(b)) => Ok(operation(a, b).into_pyobject(vm)),
        _ => Ok(vm.ctx.not_implemented()),
    }
}

/// The interpreter's `Representable` and `AsNumber` for a [`Shape`]: they are the same for every
/// shape, but the traits are the interpreter's, so each class needs impls of its own.
macro_rules! shape_slots {
    ($class:ty) => {
        impl ::rustpython_vm::types::Representable for $class {
            fn repr_str(
                _zelf: &::rustpython_vm::Py<Self>,
                _vm: &::rustpython_vm::VirtualMachine,
            ) -> ::rustpython_vm::PyResult<String> {
                Ok(<$class as $crate::darbnica::Shape>::REPR.to_owned())
            }
        }

        impl ::rustpython_vm::types::AsNumber for $class {
            fn as_number() -> &'static ::rustpython_vm::protocol::PyNumberMethods {
                use ::rustpython_vm::protocol::PyNumberMethods;
                use $crate::darbnica::{Shape, combine};
                static AS_NUMBER: PyNumberMethods = PyNumberMethods {
                    add: Some(<$class as Shape>::add),
                    subtract: Some(|a, b, vm| combine(a, b, vm, <$class as Shape>::difference)),
                    and: Some(|a, b, vm| combine(a, b, vm, <$class as Shape>::intersection)),
                    ..PyNumberMethods::NOT_IMPLEMENTED
                };
                &AS_NUMBER
            }
        }
    };
}
pub(crate) use shape_slots;

/// `(x, y, z)` as a Python tuple of floats.
fn triple(v: DVec3, vm: &VirtualMachine) -> PyObjectRef {
    vm.ctx
        .new_tuple(vec![
            vm.ctx.new_float(v.x).into(),
            vm.ctx.new_float(v.y).into(),
            vm.ctx.new_float(v.z).into(),
        ])
        .into()
}

/// How deep gallery models may use gallery models.
const MAX_GALLERY_DEPTH: usize = 3;

thread_local! {
    static GALLERY_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// `gallery_model("zobrats", teeth=12)`: a gallery project built with these slider values (the
/// rest at their defaults) as one solid, for a game's entity or for more modelling. Its `show`s
/// and `param`s stay its own: the run's scene is put back as it was.
fn build_gallery_model(
    scene: &SharedScene,
    id: &rustpython_vm::builtins::PyStr,
    values: KwArgs,
    vm: &VirtualMachine,
) -> PyResult<PySolid> {
    let id = id.to_string_lossy().into_owned();
    let code: String = vm
        .import("darbnica", 0)?
        .get_attr("_gallery_code", vm)?
        .call((id.clone(),), vm)?
        .try_into_value(vm)?;
    let mut chosen = std::collections::BTreeMap::new();
    for (name, value) in values {
        let name = name.as_str().unwrap_or_default().to_owned();
        // True and False are 1 and 0, as a checkbox's values.
        let number = value
            .try_float(vm)
            .map_err(|_| {
                vm.new_type_error(format!(
                    "gallery_model('{id}', {name}=...) takes a number, not {}",
                    value.class().name()
                ))
            })?
            .to_f64();
        chosen.insert(name, number);
    }
    if GALLERY_DEPTH.get() >= MAX_GALLERY_DEPTH {
        return Err(vm.new_recursion_error(format!(
            "gallery models are nested more than {MAX_GALLERY_DEPTH} deep"
        )));
    }
    let outer = std::mem::replace(
        &mut *scene.borrow_mut(),
        Scene {
            values: chosen,
            ..Scene::default()
        },
    );
    GALLERY_DEPTH.set(GALLERY_DEPTH.get() + 1);
    let ran = vm
        .compile(
            &code,
            rustpython_vm::compiler::Mode::Exec,
            format!("<gallery model {id}>"),
        )
        .map_err(|error| error.into_pyexception(vm, Some(&code)))
        .and_then(|compiled| vm.run_code_obj(compiled, vm.new_scope_with_builtins()));
    GALLERY_DEPTH.set(GALLERY_DEPTH.get() - 1);
    let built = std::mem::replace(&mut *scene.borrow_mut(), outer);
    ran?;
    if built.shown.is_empty() {
        return Err(vm.new_value_error(format!("the gallery model '{id}' shows nothing")));
    }
    let colours: std::collections::BTreeSet<_> =
        built.shown.iter().map(|shown| shown.colour).collect();
    let colour = match colours.len() {
        1 => colours.into_iter().next().flatten(),
        _ => None,
    };
    let mut solid = PySolid::from(darbnica_geometry::Solid::union(
        built.shown.into_iter().map(|shown| shown.solid),
    ));
    solid.colour = colour;
    Ok(solid)
}

/// Installs `show`, `param` and `_shown_facts` (for model checks), which reach the run's scene.
/// Called once, when the runtime is made (the functions are kept by the interpreter for its whole
/// life).
pub(crate) fn install(vm: &VirtualMachine, scene: &SharedScene) -> PyResult<()> {
    let module = vm.import("darbnica", 0)?;
    let shared = scene.clone();
    let show = vm.new_function(
        "show",
        move |models: rustpython_vm::function::PosArgs<PyRef<PySolid>>,
              options: KwArgs,
              vm: &VirtualMachine|
              -> PyResult<()> {
            let mut colour = None;
            for (key, value) in options {
                match key.as_str().unwrap_or_default() {
                    "color" | "colour" => colour = Some(colour_of(value, vm)?),
                    other => {
                        return Err(vm.new_type_error(format!(
                            "show() got an unexpected keyword argument '{other}'"
                        )));
                    }
                }
            }
            let mut scene = shared.borrow_mut();
            let models = models.into_vec();
            if scene.shown.len() + models.len() > MAX_SHOWN {
                return Err(vm.new_value_error(format!(
                    "show() can show at most {MAX_SHOWN} models in one run"
                )));
            }
            scene.built = std::sync::OnceLock::new();
            scene.shown.extend(models.iter().map(|model| Shown {
                solid: model.solid.clone(),
                colour: colour.or(model.colour),
            }));
            Ok(())
        },
    );
    module.set_attr("show", show, vm)?;

    let shared = scene.clone();
    let param = vm.new_function(
        "param",
        move |args: params::ParamArgs, vm: &VirtualMachine| -> PyResult<PyObjectRef> {
            params::declare(&mut shared.borrow_mut(), args, vm)
        },
    );
    module.set_attr("param", param, vm)?;

    let shared = scene.clone();
    let gallery_model = vm.new_function(
        "gallery_model",
        move |id: rustpython_vm::builtins::PyStrRef,
              values: KwArgs,
              vm: &VirtualMachine|
              -> PyResult<PySolid> { build_gallery_model(&shared, &id, values, vm) },
    );
    module.set_attr("gallery_model", gallery_model, vm)?;

    let shared = scene.clone();
    let facts = vm.new_function(
        "_shown_facts",
        move |vm: &VirtualMachine| -> PyResult<PyObjectRef> {
            scene::shown_facts(&shared.borrow(), vm)
        },
    );
    module.set_attr("_shown_facts", facts, vm)?;
    Ok(())
}

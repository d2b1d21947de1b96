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

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use darbnica_geometry::Solid;
use rustpython_vm::builtins::PyDictRef;
use rustpython_vm::function::{ArgIntoFloat, Either, PosArgs};
use rustpython_vm::{FromArgs, PyObjectRef, PyRef, PyResult, VirtualMachine};

use module::PySolid;

/// A parameter a script declared with `param(...)`: the page makes it a slider.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub step: Option<f64>,
    /// The label in each language given, by language code.
    pub label: BTreeMap<String, String>,
    /// True when the default was a whole number (the value then comes back as an `int`).
    pub integer: bool,
}

/// What a run modelled: the solids it showed and the parameters it declared.
#[derive(Debug, Clone, Default)]
pub struct Scene {
    pub shown: Vec<Solid>,
    pub params: Vec<Param>,
    /// Values chosen for parameters (by slider), by name; the declared default otherwise.
    pub values: BTreeMap<String, f64>,
}

pub(crate) type SharedScene = Rc<RefCell<Scene>>;

impl Scene {
    /// What the page needs to draw the scene and its sliders: the sliders, the model's measures,
    /// and its mesh (the shown solids as one), or why there is none.
    pub fn model(
        &self,
        limits: &darbnica_geometry::Limits,
    ) -> (
        darbnica_api::python::ModelInfo,
        Option<darbnica_geometry::Mesh>,
    ) {
        let mut info = darbnica_api::python::ModelInfo {
            params: self
                .params
                .iter()
                .map(|param| darbnica_api::python::ModelParam {
                    name: param.name.clone(),
                    default: param.default,
                    min: param.min,
                    max: param.max,
                    step: param.step,
                    label: param.label.clone(),
                    integer: param.integer,
                    value: self
                        .values
                        .get(&param.name)
                        .map_or(param.default, |value| value.clamp(param.min, param.max)),
                })
                .collect(),
            shown: self.shown.len() as u32,
            ..Default::default()
        };
        if self.shown.is_empty() {
            return (info, None);
        }
        match Solid::union(self.shown.iter().cloned()).mesh_within(limits) {
            Ok(mesh) => {
                info.triangles = mesh.triangle_count() as u32;
                info.vertices = mesh.vertex_count() as u32;
                info.bounds = mesh.bounds().map(|b| [b.min.to_array(), b.max.to_array()]);
                info.volume_mm3 = mesh.volume();
                info.watertight = mesh.is_watertight();
                (info, Some(darbnica_geometry::Mesh::clone(&mesh)))
            }
            Err(error) => {
                info.error_code = Some(error.code().to_owned());
                info.error = Some(error.to_string());
                (info, None)
            }
        }
    }
}

/// Most solids one run may show.
const MAX_SHOWN: usize = 100;
/// Most parameters one script may declare.
const MAX_PARAMS: usize = 50;

#[derive(FromArgs)]
struct ParamArgs {
    #[pyarg(any)]
    name: String,
    #[pyarg(any)]
    default: Either<i64, ArgIntoFloat>,
    #[pyarg(any)]
    min: ArgIntoFloat,
    #[pyarg(any)]
    max: ArgIntoFloat,
    #[pyarg(any, optional)]
    step: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    label: Option<Either<String, PyDictRef>>,
}

/// Installs `show` and `param`, which reach the run's scene. Called once, when the runtime is
/// made (the functions are kept by the interpreter for its whole life).
pub(crate) fn install(vm: &VirtualMachine, scene: &SharedScene) -> PyResult<()> {
    let module = vm.import("darbnica", 0)?;
    let shared = scene.clone();
    let show = vm.new_function(
        "show",
        move |models: PosArgs<PyRef<PySolid>>, vm: &VirtualMachine| -> PyResult<()> {
            let mut scene = shared.borrow_mut();
            let models = models.into_vec();
            if scene.shown.len() + models.len() > MAX_SHOWN {
                return Err(vm.new_value_error(format!(
                    "show() can show at most {MAX_SHOWN} models in one run"
                )));
            }
            scene
                .shown
                .extend(models.iter().map(|model| model.solid.clone()));
            Ok(())
        },
    );
    module.set_attr("show", show, vm)?;

    let shared = scene.clone();
    let param = vm.new_function(
        "param",
        move |args: ParamArgs, vm: &VirtualMachine| -> PyResult<PyObjectRef> {
            let (default, integer) = match args.default {
                Either::A(whole) => (whole as f64, true),
                Either::B(number) => (number.into_float(), false),
            };
            let (min, max) = (args.min.into_float(), args.max.into_float());
            let step = args.step.map(ArgIntoFloat::into_float);
            let name = args.name;
            if !(min.is_finite() && max.is_finite() && default.is_finite()) || min > max {
                return Err(vm.new_value_error(format!(
                    "param(\"{name}\"): min and max must be numbers with min ≤ max"
                )));
            }
            if !(min..=max).contains(&default) {
                return Err(vm.new_value_error(format!(
                    "param(\"{name}\"): the default {default} must be between {min} and {max}"
                )));
            }
            if step.is_some_and(|step| !(step > 0.0 && step.is_finite())) {
                return Err(
                    vm.new_value_error(format!("param(\"{name}\"): step must be a number above 0"))
                );
            }
            let mut label = BTreeMap::new();
            match args.label {
                Some(Either::A(text)) => {
                    label.insert("lv".to_owned(), text.clone());
                    label.insert("en".to_owned(), text);
                }
                Some(Either::B(dict)) => {
                    for (language, text) in dict.items_vec() {
                        label.insert(language.try_into_value(vm)?, text.try_into_value(vm)?);
                    }
                }
                None => {}
            }
            let mut scene = shared.borrow_mut();
            if scene.params.iter().any(|param| param.name == name) {
                return Err(vm.new_value_error(format!(
                    "param(\"{name}\") is declared twice: each parameter needs its own name"
                )));
            }
            if scene.params.len() >= MAX_PARAMS {
                return Err(vm.new_value_error(format!(
                    "a model may declare at most {MAX_PARAMS} parameters"
                )));
            }
            let chosen = scene
                .values
                .get(&name)
                .copied()
                .map_or(default, |value| value.clamp(min, max));
            scene.params.push(Param {
                name,
                default,
                min,
                max,
                step,
                label,
                integer,
            });
            Ok(if integer {
                vm.ctx.new_int(chosen.round() as i64).into()
            } else {
                vm.ctx.new_float(chosen).into()
            })
        },
    );
    module.set_attr("param", param, vm)?;
    Ok(())
}

#[rustpython_vm::pymodule(name = "darbnica")]
mod module {
    use darbnica_geometry::{DVec2, DVec3, GeometryError, Sketch, Solid, primitives};
    use rustpython_vm::builtins::{PyBaseExceptionRef, PyInt};
    use rustpython_vm::function::{ArgIntoFloat, Either, PosArgs};
    use rustpython_vm::protocol::PyNumberMethods;
    use rustpython_vm::types::{AsNumber, Representable};
    use rustpython_vm::{
        FromArgs, Py, PyObject, PyObjectRef, PyPayload, PyRef, PyResult, VirtualMachine, pyclass,
    };

    fn geometry_error(vm: &VirtualMachine, error: GeometryError) -> PyBaseExceptionRef {
        vm.new_value_error(error.to_string())
    }

    fn solid_of(
        vm: &VirtualMachine,
        mesh: Result<darbnica_geometry::Mesh, GeometryError>,
    ) -> PyResult<PySolid> {
        let mesh = mesh.map_err(|error| geometry_error(vm, error))?;
        Solid::from_mesh(mesh)
            .map(PySolid::from)
            .map_err(|error| geometry_error(vm, error))
    }

    #[pyattr]
    #[pyclass(name = "Solid")]
    #[derive(Debug, PyPayload)]
    pub(crate) struct PySolid {
        pub(crate) solid: Solid,
    }

    impl From<Solid> for PySolid {
        fn from(solid: Solid) -> PySolid {
            PySolid { solid }
        }
    }

    #[derive(FromArgs)]
    struct Vec3Args {
        #[pyarg(any, default = 0.0)]
        x: ArgIntoFloat,
        #[pyarg(any, default = 0.0)]
        y: ArgIntoFloat,
        #[pyarg(any, default = 0.0)]
        z: ArgIntoFloat,
    }

    impl Vec3Args {
        fn vector(self) -> DVec3 {
            DVec3::new(
                self.x.into_float(),
                self.y.into_float(),
                self.z.into_float(),
            )
        }
    }

    #[derive(FromArgs)]
    struct ScaleArgs {
        #[pyarg(any)]
        x: ArgIntoFloat,
        #[pyarg(any, optional)]
        y: Option<ArgIntoFloat>,
        #[pyarg(any, optional)]
        z: Option<ArgIntoFloat>,
    }

    #[pyclass(with(AsNumber, Representable), flags(DISALLOW_INSTANTIATION))]
    impl PySolid {
        /// `solid.translate(x, y, z)`: moved by so many millimetres.
        #[pymethod]
        fn translate(zelf: &Py<Self>, args: Vec3Args, vm: &VirtualMachine) -> PyResult<PySolid> {
            zelf.solid
                .translate(args.vector())
                .map(PySolid::from)
                .map_err(|error| geometry_error(vm, error))
        }

        /// `solid.rotate(x, y, z)`: turned by so many degrees about X, then Y, then Z.
        #[pymethod]
        fn rotate(zelf: &Py<Self>, args: Vec3Args, vm: &VirtualMachine) -> PyResult<PySolid> {
            zelf.solid
                .rotate(args.vector())
                .map(PySolid::from)
                .map_err(|error| geometry_error(vm, error))
        }

        /// `solid.scale(2)` or `solid.scale(1, 2, 0.5)`.
        #[pymethod]
        fn scale(zelf: &Py<Self>, args: ScaleArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            let x = args.x.into_float();
            let z_default = if args.y.is_some() { 1.0 } else { x };
            let y = args.y.map_or(x, ArgIntoFloat::into_float);
            let z = args.z.map_or(z_default, ArgIntoFloat::into_float);
            zelf.solid
                .scale(DVec3::new(x, y, z))
                .map(PySolid::from)
                .map_err(|error| geometry_error(vm, error))
        }

        /// `solid.mirror(1, 0, 0)`: the mirror image in the plane with that normal.
        #[pymethod]
        fn mirror(zelf: &Py<Self>, args: Vec3Args, vm: &VirtualMachine) -> PyResult<PySolid> {
            zelf.solid
                .mirror(args.vector())
                .map(PySolid::from)
                .map_err(|error| geometry_error(vm, error))
        }

        /// The enclosed volume, in cubic millimetres.
        #[pygetset]
        fn volume(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<f64> {
            Ok(zelf
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?
                .volume())
        }

        /// The surface area, in square millimetres.
        #[pygetset]
        fn area(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<f64> {
            Ok(zelf
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?
                .surface_area())
        }

        /// `((min x, y, z), (max x, y, z))`, or None for an empty solid.
        #[pygetset]
        fn bounds(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
            let mesh = zelf
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?;
            Ok(match mesh.bounds() {
                None => vm.ctx.none(),
                Some(bounds) => {
                    let corner = |v: DVec3| {
                        vm.ctx
                            .new_tuple(vec![
                                vm.ctx.new_float(v.x).into(),
                                vm.ctx.new_float(v.y).into(),
                                vm.ctx.new_float(v.z).into(),
                            ])
                            .into()
                    };
                    vm.ctx
                        .new_tuple(vec![corner(bounds.min), corner(bounds.max)])
                        .into()
                }
            })
        }

        #[pygetset]
        fn triangles(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<usize> {
            Ok(zelf
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?
                .triangle_count())
        }

        /// True when the surface is closed (a 3D printer can print it).
        #[pygetset]
        fn watertight(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<bool> {
            Ok(zelf
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?
                .is_watertight())
        }

        /// How many handles (holes through it) the solid has.
        #[pygetset]
        fn genus(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<Option<i64>> {
            Ok(zelf
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?
                .genus())
        }
    }

    impl Representable for PySolid {
        fn repr_str(_zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
            Ok("<Solid>".to_owned())
        }
    }

    fn combine(
        a: &PyObject,
        b: &PyObject,
        vm: &VirtualMachine,
        operation: fn(&Solid, &Solid) -> Solid,
    ) -> PyResult {
        match (a.downcast_ref::<PySolid>(), b.downcast_ref::<PySolid>()) {
            (Some(a), Some(b)) => {
                Ok(PySolid::from(operation(&a.solid, &b.solid)).into_pyobject(vm))
            }
            _ => Ok(vm.ctx.not_implemented()),
        }
    }

    impl AsNumber for PySolid {
        fn as_number() -> &'static PyNumberMethods {
            static AS_NUMBER: PyNumberMethods = PyNumberMethods {
                add: Some(|a, b, vm| {
                    // `sum(parts)` starts from 0.
                    let zero = a
                        .downcast_ref::<PyInt>()
                        .is_some_and(|int| int.try_to_primitive::<i64>(vm).ok() == Some(0));
                    match b.downcast_ref::<PySolid>() {
                        Some(b) if zero => Ok(b.to_owned().into()),
                        _ => combine(a, b, vm, |a, b| Solid::union([a.clone(), b.clone()])),
                    }
                }),
                subtract: Some(|a, b, vm| combine(a, b, vm, |a, b| a.difference([b.clone()]))),
                and: Some(|a, b, vm| {
                    combine(a, b, vm, |a, b| Solid::intersection([a.clone(), b.clone()]))
                }),
                ..PyNumberMethods::NOT_IMPLEMENTED
            };
            &AS_NUMBER
        }
    }

    /// A number or an `[x, y, z]` list: a size or a position.
    fn vector(
        value: Either<ArgIntoFloat, Vec<ArgIntoFloat>>,
        what: &str,
        vm: &VirtualMachine,
    ) -> PyResult<DVec3> {
        match value {
            Either::A(number) => Ok(DVec3::splat(number.into_float())),
            Either::B(list) => match ArgIntoFloat::vec_into_f64(list)[..] {
                [x, y, z] => Ok(DVec3::new(x, y, z)),
                _ => {
                    Err(vm.new_value_error(format!("{what} must be a number or a list [x, y, z]")))
                }
            },
        }
    }

    #[derive(FromArgs)]
    struct CubeArgs {
        #[pyarg(any)]
        size: Either<ArgIntoFloat, Vec<ArgIntoFloat>>,
        #[pyarg(any, default = false)]
        center: bool,
    }

    /// `cube(10)` or `cube([20, 10, 5], center=True)`.
    #[pyfunction]
    fn cube(args: CubeArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
        let size = vector(args.size, "cube's size", vm)?;
        solid_of(vm, primitives::cuboid(size, args.center))
    }

    #[derive(FromArgs)]
    struct SphereArgs {
        #[pyarg(any)]
        r: ArgIntoFloat,
        #[pyarg(any, default = 32)]
        segments: u32,
    }

    /// `sphere(5)` or `sphere(5, segments=64)`: about the origin.
    #[pyfunction]
    fn sphere(args: SphereArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
        solid_of(vm, primitives::sphere(args.r.into_float(), args.segments))
    }

    #[derive(FromArgs)]
    struct CylinderArgs {
        #[pyarg(any)]
        h: ArgIntoFloat,
        #[pyarg(any, optional)]
        r: Option<ArgIntoFloat>,
        #[pyarg(named, optional)]
        r1: Option<ArgIntoFloat>,
        #[pyarg(named, optional)]
        r2: Option<ArgIntoFloat>,
        #[pyarg(named, default = 32)]
        segments: u32,
        #[pyarg(named, default = false)]
        center: bool,
    }

    /// `cylinder(20, 5)`, or a cone: `cylinder(20, r1=5, r2=0)`.
    #[pyfunction]
    fn cylinder(args: CylinderArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
        let r = args.r.map(ArgIntoFloat::into_float);
        let r1 = args.r1.map(ArgIntoFloat::into_float).or(r);
        let r2 = args.r2.map(ArgIntoFloat::into_float).or(r);
        let (Some(r1), Some(r2)) = (r1, r2) else {
            return Err(vm.new_value_error("cylinder() needs a radius r (or r1 and r2)"));
        };
        solid_of(
            vm,
            primitives::cylinder(args.h.into_float(), r1, r2, args.segments, args.center),
        )
    }

    #[derive(FromArgs)]
    struct TorusArgs {
        #[pyarg(any)]
        r1: ArgIntoFloat,
        #[pyarg(any)]
        r2: ArgIntoFloat,
        #[pyarg(named, default = 48)]
        segments: u32,
        #[pyarg(named, default = 24)]
        tube_segments: u32,
    }

    /// `torus(20, 4)`: a ring about the Z axis, 20 to the tube's centre, the tube 4 thick.
    #[pyfunction]
    fn torus(args: TorusArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
        solid_of(
            vm,
            primitives::torus(
                args.r1.into_float(),
                args.r2.into_float(),
                args.segments,
                args.tube_segments,
            ),
        )
    }

    fn points3(points: Vec<Vec<ArgIntoFloat>>, vm: &VirtualMachine) -> PyResult<Vec<DVec3>> {
        points
            .into_iter()
            .map(|point| match ArgIntoFloat::vec_into_f64(point)[..] {
                [x, y, z] => Ok(DVec3::new(x, y, z)),
                _ => Err(vm.new_value_error("each point must be [x, y, z]")),
            })
            .collect()
    }

    /// `polyhedron(points, faces)`: a solid from corner points and the faces between them.
    #[pyfunction]
    fn polyhedron(
        points: Vec<Vec<ArgIntoFloat>>,
        faces: Vec<Vec<u32>>,
        vm: &VirtualMachine,
    ) -> PyResult<PySolid> {
        let points = points3(points, vm)?;
        solid_of(vm, primitives::polyhedron(&points, &faces))
    }

    /// `hull(a, b, ...)`: the smallest convex solid around all of them.
    #[pyfunction]
    fn hull(parts: PosArgs<PyRef<PySolid>>, vm: &VirtualMachine) -> PyResult<PySolid> {
        let mut points = Vec::new();
        for part in parts.into_vec() {
            let mesh = part
                .solid
                .mesh()
                .map_err(|error| geometry_error(vm, error))?;
            points.extend_from_slice(&mesh.vertices);
        }
        solid_of(vm, primitives::hull(&points))
    }

    #[pyfunction]
    fn union(parts: PosArgs<PyRef<PySolid>>) -> PySolid {
        Solid::union(parts.into_vec().into_iter().map(|part| part.solid.clone())).into()
    }

    #[pyfunction]
    fn difference(base: PyRef<PySolid>, cuts: PosArgs<PyRef<PySolid>>) -> PySolid {
        base.solid
            .difference(cuts.into_vec().into_iter().map(|cut| cut.solid.clone()))
            .into()
    }

    #[pyfunction]
    fn intersection(parts: PosArgs<PyRef<PySolid>>) -> PySolid {
        Solid::intersection(parts.into_vec().into_iter().map(|part| part.solid.clone())).into()
    }

    // --- sketches -----------------------------------------------------------------------------

    #[pyattr]
    #[pyclass(name = "Sketch")]
    #[derive(Debug, PyPayload)]
    pub(crate) struct PySketch {
        sketch: Sketch,
    }

    impl From<Sketch> for PySketch {
        fn from(sketch: Sketch) -> PySketch {
            PySketch { sketch }
        }
    }

    #[derive(FromArgs)]
    struct ExtrudeArgs {
        #[pyarg(any)]
        height: ArgIntoFloat,
        #[pyarg(named, default = 0.0)]
        twist: ArgIntoFloat,
        #[pyarg(named, default = 1.0)]
        scale: ArgIntoFloat,
        #[pyarg(named, default = 1)]
        slices: u32,
    }

    #[derive(FromArgs)]
    struct RevolveArgs {
        #[pyarg(any, default = 360.0)]
        angle: ArgIntoFloat,
        #[pyarg(named, default = 48)]
        segments: u32,
    }

    #[derive(FromArgs)]
    struct OffsetArgs {
        #[pyarg(any)]
        distance: ArgIntoFloat,
        #[pyarg(named, default = true)]
        round: bool,
    }

    #[derive(FromArgs)]
    struct Move2Args {
        #[pyarg(any, default = 0.0)]
        x: ArgIntoFloat,
        #[pyarg(any, default = 0.0)]
        y: ArgIntoFloat,
    }

    #[pyclass(with(AsNumber, Representable), flags(DISALLOW_INSTANTIATION))]
    impl PySketch {
        /// `sketch.extrude(20, twist=90, scale=0.5, slices=20)`: raised along Z into a solid.
        #[pymethod]
        fn extrude(zelf: &Py<Self>, args: ExtrudeArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            let scale = args.scale.into_float();
            solid_of(
                vm,
                zelf.sketch.extrude(
                    args.height.into_float(),
                    args.twist.into_float(),
                    DVec2::splat(scale),
                    args.slices,
                ),
            )
        }

        /// `sketch.revolve(360)`: turned about the Z axis (x is the distance from it, y the height).
        #[pymethod]
        fn revolve(zelf: &Py<Self>, args: RevolveArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            solid_of(
                vm,
                zelf.sketch.revolve(args.angle.into_float(), args.segments),
            )
        }

        /// `sketch.offset(2)`: the outline moved outwards (inwards when negative).
        #[pymethod]
        fn offset(zelf: &Py<Self>, args: OffsetArgs, vm: &VirtualMachine) -> PyResult<PySketch> {
            zelf.sketch
                .offset(args.distance.into_float(), args.round)
                .map(PySketch::from)
                .map_err(|error| geometry_error(vm, error))
        }

        #[pymethod]
        fn translate(zelf: &Py<Self>, args: Move2Args, vm: &VirtualMachine) -> PyResult<PySketch> {
            let by = DVec2::new(args.x.into_float(), args.y.into_float());
            zelf.sketch
                .transformed(by, 0.0, DVec2::ONE)
                .map(PySketch::from)
                .map_err(|error| geometry_error(vm, error))
        }

        /// Turned counter-clockwise by so many degrees.
        #[pymethod]
        fn rotate(
            zelf: &Py<Self>,
            degrees: ArgIntoFloat,
            vm: &VirtualMachine,
        ) -> PyResult<PySketch> {
            zelf.sketch
                .transformed(DVec2::ZERO, degrees.into_float(), DVec2::ONE)
                .map(PySketch::from)
                .map_err(|error| geometry_error(vm, error))
        }

        #[pygetset]
        fn area(zelf: &Py<Self>) -> f64 {
            zelf.sketch.area()
        }
    }

    impl Representable for PySketch {
        fn repr_str(_zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
            Ok("<Sketch>".to_owned())
        }
    }

    fn combine_sketches(
        a: &PyObject,
        b: &PyObject,
        vm: &VirtualMachine,
        operation: fn(&Sketch, &Sketch) -> Sketch,
    ) -> PyResult {
        match (a.downcast_ref::<PySketch>(), b.downcast_ref::<PySketch>()) {
            (Some(a), Some(b)) => {
                Ok(PySketch::from(operation(&a.sketch, &b.sketch)).into_pyobject(vm))
            }
            _ => Ok(vm.ctx.not_implemented()),
        }
    }

    impl AsNumber for PySketch {
        fn as_number() -> &'static PyNumberMethods {
            static AS_NUMBER: PyNumberMethods = PyNumberMethods {
                add: Some(|a, b, vm| {
                    combine_sketches(a, b, vm, |a, b| Sketch::union([a.clone(), b.clone()]))
                }),
                subtract: Some(|a, b, vm| {
                    combine_sketches(a, b, vm, |a, b| a.difference([b.clone()]))
                }),
                and: Some(|a, b, vm| {
                    combine_sketches(a, b, vm, |a, b| {
                        Sketch::intersection([a.clone(), b.clone()])
                    })
                }),
                ..PyNumberMethods::NOT_IMPLEMENTED
            };
            &AS_NUMBER
        }
    }

    #[derive(FromArgs)]
    struct RectangleArgs {
        #[pyarg(any)]
        width: ArgIntoFloat,
        #[pyarg(any, optional)]
        height: Option<ArgIntoFloat>,
        #[pyarg(named, default = false)]
        center: bool,
    }

    /// `rectangle(20, 10)`, or a square: `rectangle(10)`.
    #[pyfunction]
    fn rectangle(args: RectangleArgs, vm: &VirtualMachine) -> PyResult<PySketch> {
        let width = args.width.into_float();
        let height = args.height.map_or(width, ArgIntoFloat::into_float);
        Sketch::rectangle(DVec2::new(width, height), args.center)
            .map(PySketch::from)
            .map_err(|error| geometry_error(vm, error))
    }

    #[derive(FromArgs)]
    struct CircleArgs {
        #[pyarg(any)]
        r: ArgIntoFloat,
        #[pyarg(any, default = 32)]
        segments: u32,
    }

    #[pyfunction]
    fn circle(args: CircleArgs, vm: &VirtualMachine) -> PyResult<PySketch> {
        Sketch::circle(args.r.into_float(), args.segments)
            .map(PySketch::from)
            .map_err(|error| geometry_error(vm, error))
    }

    /// `polygon([[0, 0], [10, 0], [5, 8]])`.
    #[pyfunction]
    fn polygon(points: Vec<Vec<ArgIntoFloat>>, vm: &VirtualMachine) -> PyResult<PySketch> {
        let points: Vec<DVec2> = points
            .into_iter()
            .map(|point| match ArgIntoFloat::vec_into_f64(point)[..] {
                [x, y] => Ok(DVec2::new(x, y)),
                _ => Err(vm.new_value_error("each point of a polygon must be [x, y]")),
            })
            .collect::<PyResult<_>>()?;
        Sketch::polygon(&points)
            .map(PySketch::from)
            .map_err(|error| geometry_error(vm, error))
    }

    #[pyfunction]
    fn regular_polygon(sides: u32, r: ArgIntoFloat, vm: &VirtualMachine) -> PyResult<PySketch> {
        Sketch::regular_polygon(sides, r.into_float())
            .map(PySketch::from)
            .map_err(|error| geometry_error(vm, error))
    }

    // `show` and `param` are installed by `super::install`, with the run's scene.
}

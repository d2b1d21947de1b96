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

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use darbnica_api::python::{ModelInfo, ModelParam, ModelPart, ParamChoice, ParamKind};
use darbnica_geometry::{GeometryError, Limits, Mesh, Solid};
use rustpython_vm::builtins::{PyDictRef, PyStr};
use rustpython_vm::function::{ArgIntoFloat, Either, KwArgs};
use rustpython_vm::{FromArgs, PyObjectRef, PyRef, PyResult, VirtualMachine};

use module::PySolid;

/// A parameter a script declared with `param(...)`: the page makes it a slider, a checkbox
/// (`kind` toggle: 0 or 1) or a dropdown (choice: the index of one of `choices`).
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub step: Option<f64>,
    /// The label in each language given, by language code.
    pub label: BTreeMap<String, String>,
    /// True when the default was a whole number (the value then comes back as an `int`).
    pub integer: bool,
    pub choices: Vec<ParamChoice>,
}

impl Param {
    /// The value a run uses: the chosen one brought within range, or the default.
    fn value_from(&self, values: &BTreeMap<String, f64>) -> f64 {
        values
            .get(&self.name)
            .copied()
            .filter(|value| value.is_finite())
            .map_or(self.default, |value| {
                let value = value.clamp(self.min, self.max);
                if self.integer { value.round() } else { value }
            })
    }
}

/// A solid given to `show`, with the colour it is drawn in (`None`: the portal's own).
#[derive(Debug, Clone)]
pub struct Shown {
    pub solid: Solid,
    pub colour: Option<[u8; 3]>,
}

/// What a run modelled: the solids it showed and the parameters it declared.
#[derive(Debug, Clone, Default)]
pub struct Scene {
    pub shown: Vec<Shown>,
    pub params: Vec<Param>,
    /// Values chosen for parameters (by slider), by name; the declared default otherwise.
    pub values: BTreeMap<String, f64>,
    /// The coloured mesh, once built (natively, under the run's time limit): every later ask
    /// (the model, its thumbnail) gets it without building it again. `show` empties it.
    pub(crate) built: std::sync::OnceLock<Result<(Mesh, Vec<ModelPart>), GeometryError>>,
}

pub(crate) type SharedScene = Rc<RefCell<Scene>>;

thread_local! {
    /// The geometry limits of the run going on in this thread's runtime (its deadline, natively),
    /// for what the script asks of its solids (`volume`, `bounds`, the model checks).
    static RUN_LIMITS: Cell<Limits> = const { Cell::new(Limits::DEFAULT) };
}

/// Sets the limits for the solids of the run about to start on this thread.
pub(crate) fn set_run_limits(limits: Limits) {
    RUN_LIMITS.with(|cell| cell.set(limits));
}

/// The geometry limits of the run going on.
pub(crate) fn run_limits() -> Limits {
    RUN_LIMITS.with(Cell::get)
}

impl Scene {
    /// Everything shown, as one solid (for measures and checks).
    pub fn union(&self) -> Solid {
        Solid::union(self.shown.iter().map(|shown| shown.solid.clone()))
    }

    /// The shown solids as one mesh, with each colour's triangles together: the solids of one
    /// colour are joined, and the colours follow in the order they were first shown.
    /// Built once, with the limits of the first ask; each ask's own triangle limit holds.
    pub fn coloured_mesh(&self, limits: &Limits) -> Result<(Mesh, Vec<ModelPart>), GeometryError> {
        let (mesh, parts) = self
            .built
            .get_or_init(|| self.build_coloured_mesh(limits))
            .clone()?;
        limits.check_triangles(mesh.triangle_count())?;
        Ok((mesh, parts))
    }

    fn build_coloured_mesh(
        &self,
        limits: &Limits,
    ) -> Result<(Mesh, Vec<ModelPart>), GeometryError> {
        let mut groups: Vec<(Option<[u8; 3]>, Vec<Solid>)> = Vec::new();
        for shown in &self.shown {
            match groups
                .iter_mut()
                .find(|(colour, _)| *colour == shown.colour)
            {
                Some((_, solids)) => solids.push(shown.solid.clone()),
                None => groups.push((shown.colour, vec![shown.solid.clone()])),
            }
        }
        let mut mesh = Mesh::default();
        let mut parts = Vec::with_capacity(groups.len());
        for (colour, solids) in groups {
            let part = Solid::union(solids).mesh_within(limits)?;
            mesh = mesh.merged(&part);
            limits.check_triangles(mesh.triangle_count())?;
            parts.push(ModelPart {
                end: mesh.triangle_count() as u32,
                colour,
            });
        }
        Ok((mesh, parts))
    }

    /// What the page needs to draw the scene and its sliders: the sliders, the model's measures,
    /// and its mesh, or why there is none.
    pub fn model(&self, limits: &Limits) -> (ModelInfo, Option<Mesh>) {
        let mut info = ModelInfo {
            params: self
                .params
                .iter()
                .map(|param| ModelParam {
                    name: param.name.clone(),
                    kind: param.kind,
                    default: param.default,
                    min: param.min,
                    max: param.max,
                    step: param.step,
                    label: param.label.clone(),
                    integer: param.integer,
                    value: param.value_from(&self.values),
                    choices: param.choices.clone(),
                })
                .collect(),
            shown: self.shown.len() as u32,
            ..Default::default()
        };
        if self.shown.is_empty() {
            return (info, None);
        }
        match self.coloured_mesh(limits) {
            Ok((mesh, parts)) => {
                info.triangles = mesh.triangle_count() as u32;
                info.vertices = mesh.vertex_count() as u32;
                info.bounds = mesh.bounds().map(|b| [b.min.to_array(), b.max.to_array()]);
                info.volume_mm3 = mesh.volume();
                info.watertight = mesh.is_watertight();
                info.parts = parts;
                (info, Some(mesh))
            }
            Err(error) => {
                info.error_code = Some(error.code().to_owned());
                info.error = Some(error.to_string());
                (info, None)
            }
        }
    }
}

/// A model as a file: STL and 3MF in millimetres with Z up, for printers; OBJ and GLB in metres
/// with Y up and flat normals (as the viewport draws it), for game engines.
pub fn export(
    mesh: &Mesh,
    format: darbnica_api::python::ExportFormat,
) -> Result<Vec<u8>, GeometryError> {
    use darbnica_api::python::ExportFormat;
    use darbnica_geometry::export::{self, Shading};
    Ok(match format {
        ExportFormat::Stl => export::stl(mesh),
        ExportFormat::ThreeMf => export::three_mf(mesh)?,
        ExportFormat::Obj => export::obj(mesh, Shading::Flat).into_bytes(),
        ExportFormat::Glb => export::glb(mesh, Shading::Flat)?,
    })
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
    default: PyObjectRef,
    #[pyarg(any, optional)]
    min: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    max: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    step: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    label: Option<Either<String, PyDictRef>>,
    #[pyarg(named, optional)]
    choices: Option<PyObjectRef>,
}

/// `"Height"` (both languages) or `{"lv": "Augstums", "en": "Height"}`.
fn texts(
    value: Option<Either<String, PyDictRef>>,
    vm: &VirtualMachine,
) -> PyResult<BTreeMap<String, String>> {
    let mut texts = BTreeMap::new();
    match value {
        Some(Either::A(text)) => {
            texts.insert("lv".to_owned(), text.clone());
            texts.insert("en".to_owned(), text);
        }
        Some(Either::B(dict)) => {
            for (language, text) in dict.items_vec() {
                texts.insert(language.try_into_value(vm)?, text.try_into_value(vm)?);
            }
        }
        None => {}
    }
    Ok(texts)
}

/// A dropdown's options: `["spiral", "waves"]`, or labelled,
/// `{"spiral": {"lv": "Spirāle", "en": "Spiral"}, ...}`.
fn choices_of(value: PyObjectRef, vm: &VirtualMachine) -> PyResult<Vec<ParamChoice>> {
    if let Ok(dict) = value.clone().downcast::<rustpython_vm::builtins::PyDict>() {
        return dict
            .items_vec()
            .into_iter()
            .map(|(value, label)| {
                Ok(ParamChoice {
                    value: value.try_into_value(vm)?,
                    label: texts(Some(label.try_into_value(vm)?), vm)?,
                })
            })
            .collect();
    }
    let values: Vec<String> = value.try_into_value(vm)?;
    Ok(values
        .into_iter()
        .map(|value| ParamChoice {
            value,
            label: BTreeMap::new(),
        })
        .collect())
}

/// Reads `param(...)`'s arguments into a parameter, or says what is wrong with them.
fn param_of(args: ParamArgs, vm: &VirtualMachine) -> PyResult<Param> {
    let name = args.name;
    let label = texts(args.label, vm)?;
    let bad = |message: String| Err(vm.new_value_error(format!("param(\"{name}\"): {message}")));
    let default = &args.default;
    if default
        .downcast_ref::<rustpython_vm::builtins::PyBool>()
        .is_some()
    {
        let on = default.clone().try_to_bool(vm)?;
        return Ok(Param {
            kind: ParamKind::Toggle,
            default: if on { 1.0 } else { 0.0 },
            min: 0.0,
            max: 1.0,
            step: Some(1.0),
            label,
            integer: true,
            choices: Vec::new(),
            name,
        });
    }
    if let Some(text) = default.downcast_ref::<PyStr>() {
        let Some(choices) = args.choices else {
            return bad("a text default needs choices=[...] to choose from".to_owned());
        };
        let choices = choices_of(choices, vm)?;
        let Some(index) = choices
            .iter()
            .position(|choice| choice.value == text.to_string_lossy())
        else {
            return bad(format!(
                "the default \"{}\" must be one of the choices",
                text.to_string_lossy()
            ));
        };
        if choices.len() > MAX_CHOICES {
            return bad(format!("at most {MAX_CHOICES} choices"));
        }
        return Ok(Param {
            kind: ParamKind::Choice,
            default: index as f64,
            min: 0.0,
            max: (choices.len() - 1) as f64,
            step: Some(1.0),
            label,
            integer: true,
            choices,
            name,
        });
    }
    let (default, integer) = match default
        .clone()
        .try_into_value::<Either<i64, ArgIntoFloat>>(vm)
    {
        Ok(Either::A(whole)) => (whole as f64, true),
        Ok(Either::B(number)) => (number.into_float(), false),
        Err(_) => {
            return bad(
                "the default must be a number, True/False, or text with choices".to_owned(),
            );
        }
    };
    let (Some(min), Some(max)) = (args.min, args.max) else {
        return bad("a number needs a min and a max: param(name, default, min, max)".to_owned());
    };
    let (min, max) = (min.into_float(), max.into_float());
    let step = args.step.map(ArgIntoFloat::into_float);
    if !(min.is_finite() && max.is_finite() && default.is_finite()) || min > max {
        return bad("min and max must be numbers with min ≤ max".to_owned());
    }
    if !(min..=max).contains(&default) {
        return bad(format!(
            "the default {default} must be between {min} and {max}"
        ));
    }
    if step.is_some_and(|step| !(step > 0.0 && step.is_finite())) {
        return bad("step must be a number above 0".to_owned());
    }
    Ok(Param {
        name,
        kind: ParamKind::Number,
        default,
        min,
        max,
        step,
        label,
        integer,
        choices: Vec::new(),
    })
}

/// Most options one dropdown may have.
const MAX_CHOICES: usize = 50;

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
                    "color" | "colour" => colour = Some(module::colour_of(value, vm)?),
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
        move |args: ParamArgs, vm: &VirtualMachine| -> PyResult<PyObjectRef> {
            let param = param_of(args, vm)?;
            let mut scene = shared.borrow_mut();
            let name = &param.name;
            if scene.params.iter().any(|known| known.name == *name) {
                return Err(vm.new_value_error(format!(
                    "param(\"{name}\") is declared twice: each parameter needs its own name"
                )));
            }
            if scene.params.len() >= MAX_PARAMS {
                return Err(vm.new_value_error(format!(
                    "a model may declare at most {MAX_PARAMS} parameters"
                )));
            }
            let chosen = param.value_from(&scene.values);
            let value = match param.kind {
                ParamKind::Toggle => vm.ctx.new_bool(chosen >= 0.5).into(),
                ParamKind::Choice => vm
                    .ctx
                    .new_str(param.choices[chosen as usize].value.as_str())
                    .into(),
                ParamKind::Number if param.integer => vm.ctx.new_int(chosen as i64).into(),
                ParamKind::Number => vm.ctx.new_float(chosen).into(),
            };
            scene.params.push(param);
            Ok(value)
        },
    );
    module.set_attr("param", param, vm)?;

    let shared = scene.clone();
    let facts = vm.new_function(
        "_shown_facts",
        move |vm: &VirtualMachine| -> PyResult<PyObjectRef> { shown_facts(&shared.borrow(), vm) },
    );
    module.set_attr("_shown_facts", facts, vm)?;
    Ok(())
}

/// What the model checks (`checks.model_*`) look at: everything shown as one solid. `None` when
/// nothing was shown; a `ValueError` when it cannot be built.
fn shown_facts(scene: &Scene, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
    if scene.shown.is_empty() {
        return Ok(vm.ctx.none());
    }
    let mesh = scene
        .union()
        .mesh_within(&run_limits())
        .map_err(|error| vm.new_value_error(error.to_string()))?;
    let facts = vm.ctx.new_dict();
    let float = |value: f64| vm.ctx.new_float(value).into();
    facts.set_item("volume", float(mesh.volume()), vm)?;
    facts.set_item("area", float(mesh.surface_area()), vm)?;
    facts.set_item(
        "watertight",
        vm.ctx.new_bool(mesh.is_watertight()).into(),
        vm,
    )?;
    facts.set_item(
        "triangles",
        vm.ctx.new_int(mesh.triangle_count()).into(),
        vm,
    )?;
    facts.set_item("parts", vm.ctx.new_int(mesh.components()).into(), vm)?;
    let genus = match mesh.genus() {
        Some(genus) => vm.ctx.new_int(genus).into(),
        None => vm.ctx.none(),
    };
    facts.set_item("holes", genus, vm)?;
    if let Some(bounds) = mesh.bounds() {
        let triple = |v: darbnica_geometry::DVec3| -> PyObjectRef {
            vm.ctx
                .new_tuple(vec![float(v.x), float(v.y), float(v.z)])
                .into()
        };
        facts.set_item("min", triple(bounds.min), vm)?;
        facts.set_item("max", triple(bounds.max), vm)?;
        facts.set_item("size", triple(bounds.size()), vm)?;
    }
    Ok(facts.into())
}

#[rustpython_vm::pymodule(name = "darbnica")]
mod module {
    use super::run_limits;
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
        /// Set by `.color(...)`; kept by transforms, and by booleans from their first solid.
        pub(crate) colour: Option<[u8; 3]>,
    }

    impl From<Solid> for PySolid {
        fn from(solid: Solid) -> PySolid {
            PySolid {
                solid,
                colour: None,
            }
        }
    }

    impl PySolid {
        /// A changed solid with this one's colour.
        fn then(
            &self,
            solid: Result<Solid, GeometryError>,
            vm: &VirtualMachine,
        ) -> PyResult<PySolid> {
            solid
                .map(|solid| PySolid {
                    solid,
                    colour: self.colour,
                })
                .map_err(|error| geometry_error(vm, error))
        }
    }

    /// Colours by name, in English and in Latvian (both genders), as on a paint box.
    const COLOURS: &[(&[&str], [u8; 3])] = &[
        (&["red", "sarkans", "sarkana"], [0xd6, 0x45, 0x45]),
        (&["orange", "oranžs", "oranža"], [0xf0, 0x8c, 0x2e]),
        (&["yellow", "dzeltens", "dzeltena"], [0xf2, 0xc9, 0x3b]),
        (&["green", "zaļš", "zaļa"], [0x4c, 0xa6, 0x4c]),
        (&["teal", "zilganzaļš", "zilganzaļa"], [0x3f, 0x9f, 0x93]),
        (&["blue", "zils", "zila"], [0x3d, 0x7b, 0xd9]),
        (&["navy", "tumšzils", "tumšzila"], [0x24, 0x3b, 0x73]),
        (&["purple", "violets", "violeta"], [0x8e, 0x5c, 0xc2]),
        (&["pink", "rozā"], [0xec, 0x8f, 0xb5]),
        (&["brown", "brūns", "brūna"], [0x8b, 0x5a, 0x3c]),
        (&["white", "balts", "balta"], [0xf4, 0xf4, 0xf0]),
        (&["grey", "gray", "pelēks", "pelēka"], [0x9a, 0x9e, 0xa3]),
        (&["black", "melns", "melna"], [0x2b, 0x2b, 0x2e]),
        (&["gold", "zeltains", "zeltaina"], [0xd4, 0xaf, 0x37]),
        (&["silver", "sudrabains", "sudrabaina"], [0xc0, 0xc4, 0xc8]),
    ];

    /// A colour from a name (`"red"`, `"zils"`), `"#rrggbb"`, or `(r, g, b)` from 0 to 255.
    pub(crate) fn colour_of(value: PyObjectRef, vm: &VirtualMachine) -> PyResult<[u8; 3]> {
        if let Some(text) = value.downcast_ref::<rustpython_vm::builtins::PyStr>() {
            let name = text.to_string_lossy().trim().to_lowercase();
            if let Some(hex) = name.strip_prefix('#')
                && hex.len() == 6
                && let Ok(rgb) = u32::from_str_radix(hex, 16)
            {
                return Ok([(rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8]);
            }
            return COLOURS
                .iter()
                .find(|(names, _)| names.contains(&name.as_str()))
                .map(|(_, rgb)| *rgb)
                .ok_or_else(|| {
                    vm.new_value_error(format!(
                        "unknown colour \"{name}\": use a name like \"red\" or \"sarkans\", \"#ff8800\", or (255, 136, 0)"
                    ))
                });
        }
        let parts: Vec<ArgIntoFloat> = value.try_into_value(vm).map_err(|_| {
            vm.new_type_error("a colour is a name like \"red\", \"#ff8800\", or (255, 136, 0)")
        })?;
        match ArgIntoFloat::vec_into_f64(parts)[..] {
            [r, g, b] if [r, g, b].iter().all(|c| (0.0..=255.0).contains(c)) => {
                Ok([r.round() as u8, g.round() as u8, b.round() as u8])
            }
            _ => Err(vm.new_value_error("a colour (r, g, b) needs three numbers from 0 to 255")),
        }
    }

    #[derive(FromArgs)]
    struct ColourArgs {
        #[pyarg(positional)]
        first: PyObjectRef,
        #[pyarg(positional, optional)]
        g: Option<ArgIntoFloat>,
        #[pyarg(positional, optional)]
        b: Option<ArgIntoFloat>,
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
            zelf.then(zelf.solid.translate(args.vector()), vm)
        }

        /// `solid.rotate(x, y, z)`: turned by so many degrees about X, then Y, then Z.
        #[pymethod]
        fn rotate(zelf: &Py<Self>, args: Vec3Args, vm: &VirtualMachine) -> PyResult<PySolid> {
            zelf.then(zelf.solid.rotate(args.vector()), vm)
        }

        /// `solid.scale(2)` or `solid.scale(1, 2, 0.5)`.
        #[pymethod]
        fn scale(zelf: &Py<Self>, args: ScaleArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            let x = args.x.into_float();
            let z_default = if args.y.is_some() { 1.0 } else { x };
            let y = args.y.map_or(x, ArgIntoFloat::into_float);
            let z = args.z.map_or(z_default, ArgIntoFloat::into_float);
            zelf.then(zelf.solid.scale(DVec3::new(x, y, z)), vm)
        }

        /// `solid.mirror(1, 0, 0)`: the mirror image in the plane with that normal.
        #[pymethod]
        fn mirror(zelf: &Py<Self>, args: Vec3Args, vm: &VirtualMachine) -> PyResult<PySolid> {
            zelf.then(zelf.solid.mirror(args.vector()), vm)
        }

        /// `solid.color("red")`, `solid.color("#ff8800")` or `solid.color(255, 136, 0)`: the same
        /// solid, drawn in that colour.
        #[pymethod]
        fn color(zelf: &Py<Self>, args: ColourArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            let colour = match (args.g, args.b) {
                (Some(g), Some(b)) => colour_of(
                    vm.ctx
                        .new_tuple(vec![
                            args.first,
                            vm.ctx.new_float(g.into_float()).into(),
                            vm.ctx.new_float(b.into_float()).into(),
                        ])
                        .into(),
                    vm,
                )?,
                (None, None) => colour_of(args.first, vm)?,
                _ => {
                    return Err(vm.new_type_error("color() takes a name, or three numbers r, g, b"));
                }
            };
            Ok(PySolid {
                solid: zelf.solid.clone(),
                colour: Some(colour),
            })
        }

        /// The same as `color`, spelt the British way.
        #[pymethod]
        fn colour(zelf: &Py<Self>, args: ColourArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            Self::color(zelf, args, vm)
        }

        /// The enclosed volume, in cubic millimetres.
        #[pygetset]
        fn volume(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<f64> {
            Ok(zelf
                .solid
                .mesh_within(&run_limits())
                .map_err(|error| geometry_error(vm, error))?
                .volume())
        }

        /// The surface area, in square millimetres.
        #[pygetset]
        fn area(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<f64> {
            Ok(zelf
                .solid
                .mesh_within(&run_limits())
                .map_err(|error| geometry_error(vm, error))?
                .surface_area())
        }

        /// `((min x, y, z), (max x, y, z))`, or None for an empty solid.
        #[pygetset]
        fn bounds(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
            let mesh = zelf
                .solid
                .mesh_within(&run_limits())
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
                .mesh_within(&run_limits())
                .map_err(|error| geometry_error(vm, error))?
                .triangle_count())
        }

        /// True when the surface is closed (a 3D printer can print it).
        #[pygetset]
        fn watertight(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<bool> {
            Ok(zelf
                .solid
                .mesh_within(&run_limits())
                .map_err(|error| geometry_error(vm, error))?
                .is_watertight())
        }

        /// How many handles (holes through it) the solid has.
        #[pygetset]
        fn genus(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<Option<i64>> {
            Ok(zelf
                .solid
                .mesh_within(&run_limits())
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
            (Some(a), Some(b)) => Ok(PySolid {
                solid: operation(&a.solid, &b.solid),
                colour: a.colour.or(b.colour),
            }
            .into_pyobject(vm)),
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
                .mesh_within(&run_limits())
                .map_err(|error| geometry_error(vm, error))?;
            points.extend_from_slice(&mesh.vertices);
        }
        solid_of(vm, primitives::hull(&points))
    }

    /// The first colour among `parts`, which a boolean of them keeps.
    fn first_colour(parts: &[PyRef<PySolid>]) -> Option<[u8; 3]> {
        parts.iter().find_map(|part| part.colour)
    }

    #[pyfunction]
    fn union(parts: PosArgs<PyRef<PySolid>>) -> PySolid {
        let parts = parts.into_vec();
        PySolid {
            solid: Solid::union(parts.iter().map(|part| part.solid.clone())),
            colour: first_colour(&parts),
        }
    }

    #[pyfunction]
    fn difference(base: PyRef<PySolid>, cuts: PosArgs<PyRef<PySolid>>) -> PySolid {
        PySolid {
            solid: base
                .solid
                .difference(cuts.into_vec().into_iter().map(|cut| cut.solid.clone())),
            colour: base.colour,
        }
    }

    #[pyfunction]
    fn intersection(parts: PosArgs<PyRef<PySolid>>) -> PySolid {
        let parts = parts.into_vec();
        PySolid {
            solid: Solid::intersection(parts.iter().map(|part| part.solid.clone())),
            colour: first_colour(&parts),
        }
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

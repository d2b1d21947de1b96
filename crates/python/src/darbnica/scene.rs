//! The run's scene: the solids a script showed (with their colours) and the parameters it
//! declared; what the page is sent of it (`Scene::model`), files made of it, and the facts the model
//! checks read.

use std::cell::Cell;
use std::collections::BTreeMap;

use darbnica_api::python::{ModelInfo, ModelParam, ModelPart};
use darbnica_geometry::{GeometryError, Limits, Mesh, Solid};
use rustpython_vm::{PyObjectRef, PyResult, VirtualMachine};

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
    /// The sliders, checkboxes and dropdowns, in the order declared, each with the value the run
    /// used.
    pub params: Vec<ModelParam>,
    /// Values chosen for parameters (by slider), by name; the declared default otherwise.
    pub values: BTreeMap<String, f64>,
    /// The coloured mesh, once built (natively, under the run's time limit): every later ask
    /// (the model, its thumbnail) gets it without building it again. `show` empties it.
    pub(crate) built: std::sync::OnceLock<Result<(Mesh, Vec<ModelPart>), GeometryError>>,
}

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
            params: self.params.clone(),
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

/// What the model checks (`checks.model_*`) look at: everything shown as one solid. `None` when
/// nothing was shown; a `ValueError` when it cannot be built.
pub(super) fn shown_facts(scene: &Scene, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
    use super::OrRaise as _;
    if scene.shown.is_empty() {
        return Ok(vm.ctx.none());
    }
    let mesh = scene.union().mesh_within(&run_limits()).or_raise(vm)?;
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
        facts.set_item("min", super::triple(bounds.min, vm), vm)?;
        facts.set_item("max", super::triple(bounds.max, vm), vm)?;
        facts.set_item("size", super::triple(bounds.size(), vm), vm)?;
    }
    Ok(facts.into())
}

//! `Solid` and the functions that make solids: primitives, hulls, polyhedra and booleans.

pub(crate) use functions::PySolid;

#[rustpython_vm::pymodule(sub, name = "darbnica")]
pub(crate) mod functions {
    use darbnica_geometry::{DVec3, GeometryError, Mesh, Solid, primitives};
    use rustpython_vm::builtins::PyInt;
    use rustpython_vm::function::{ArgIntoFloat, Either, PosArgs};
    use rustpython_vm::types::{AsNumber, Representable};
    use rustpython_vm::{
        FromArgs, Py, PyObject, PyObjectRef, PyPayload, PyRef, PyResult, VirtualMachine, pyclass,
    };

    use super::super::colours::colour_of;
    use super::super::scene::run_limits;
    use super::super::{OrRaise as _, Shape, combine, shape_slots, triple};

    /// A solid from a primitive's mesh.
    pub(crate) fn solid_of(
        mesh: Result<Mesh, GeometryError>,
        vm: &VirtualMachine,
    ) -> PyResult<PySolid> {
        Solid::from_mesh(mesh.or_raise(vm)?)
            .map(PySolid::from)
            .or_raise(vm)
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
        /// Its mesh, within the run's limits.
        pub(crate) fn mesh(&self, vm: &VirtualMachine) -> PyResult<std::sync::Arc<Mesh>> {
            self.solid.mesh_within(&run_limits()).or_raise(vm)
        }

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
                .or_raise(vm)
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
            Ok(zelf.mesh(vm)?.volume())
        }

        /// The surface area, in square millimetres.
        #[pygetset]
        fn area(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<f64> {
            Ok(zelf.mesh(vm)?.surface_area())
        }

        /// `((min x, y, z), (max x, y, z))`, or None for an empty solid.
        #[pygetset]
        fn bounds(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
            let mesh = zelf.mesh(vm)?;
            Ok(match mesh.bounds() {
                None => vm.ctx.none(),
                Some(bounds) => vm
                    .ctx
                    .new_tuple(vec![triple(bounds.min, vm), triple(bounds.max, vm)])
                    .into(),
            })
        }

        #[pygetset]
        fn triangles(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<usize> {
            Ok(zelf.mesh(vm)?.triangle_count())
        }

        /// True when the surface is closed (a 3D printer can print it).
        #[pygetset]
        fn watertight(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<bool> {
            Ok(zelf.mesh(vm)?.is_watertight())
        }

        /// How many handles (holes through it) the solid has.
        #[pygetset]
        fn genus(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<Option<i64>> {
            Ok(zelf.mesh(vm)?.genus())
        }
    }

    impl PySolid {
        /// A boolean of this solid and `other`: it keeps the first colour of the two.
        fn joined(&self, other: &PySolid, solid: Solid) -> PySolid {
            PySolid {
                solid,
                colour: self.colour.or(other.colour),
            }
        }
    }

    impl Shape for PySolid {
        const REPR: &'static str = "<Solid>";

        fn union(&self, other: &Self) -> Self {
            self.joined(
                other,
                Solid::union([self.solid.clone(), other.solid.clone()]),
            )
        }

        fn difference(&self, other: &Self) -> Self {
            self.joined(other, self.solid.difference([other.solid.clone()]))
        }

        fn intersection(&self, other: &Self) -> Self {
            self.joined(
                other,
                Solid::intersection([self.solid.clone(), other.solid.clone()]),
            )
        }

        fn add(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> PyResult {
            // `sum(parts)` starts from 0.
            let zero = a
                .downcast_ref::<PyInt>()
                .is_some_and(|int| int.try_to_primitive::<i64>(vm).ok() == Some(0));
            match b.downcast_ref::<PySolid>() {
                Some(b) if zero => Ok(b.to_owned().into()),
                _ => combine(a, b, vm, PySolid::union),
            }
        }
    }

    shape_slots!(PySolid);

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
        solid_of(primitives::cuboid(size, args.center), vm)
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
        solid_of(primitives::sphere(args.r.into_float(), args.segments), vm)
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
            primitives::cylinder(args.h.into_float(), r1, r2, args.segments, args.center),
            vm,
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
            primitives::torus(
                args.r1.into_float(),
                args.r2.into_float(),
                args.segments,
                args.tube_segments,
            ),
            vm,
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
        solid_of(primitives::polyhedron(&points, &faces), vm)
    }

    /// `hull(a, b, ...)`: the smallest convex solid around all of them.
    #[pyfunction]
    fn hull(parts: PosArgs<PyRef<PySolid>>, vm: &VirtualMachine) -> PyResult<PySolid> {
        let mut points = Vec::new();
        for part in parts.into_vec() {
            let mesh = part.mesh(vm)?;
            points.extend_from_slice(&mesh.vertices);
        }
        solid_of(primitives::hull(&points), vm)
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
}

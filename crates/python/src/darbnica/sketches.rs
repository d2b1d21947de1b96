//! `Sketch`: 2D shapes (rectangles, circles, polygons) with booleans and offsets, extruded or
//! revolved into solids.

#[rustpython_vm::pymodule(sub, name = "darbnica")]
pub(crate) mod functions {
    use darbnica_geometry::{DVec2, Sketch};
    use rustpython_vm::function::ArgIntoFloat;
    use rustpython_vm::types::{AsNumber, Representable};
    use rustpython_vm::{FromArgs, Py, PyPayload, PyResult, VirtualMachine, pyclass};

    use super::super::solids::PySolid;
    use super::super::solids::functions::solid_of;
    use super::super::{OrRaise as _, Shape, shape_slots};

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
                zelf.sketch.extrude(
                    args.height.into_float(),
                    args.twist.into_float(),
                    DVec2::splat(scale),
                    args.slices,
                ),
                vm,
            )
        }

        /// `sketch.revolve(360)`: turned about the Z axis (x is the distance from it, y the height).
        #[pymethod]
        fn revolve(zelf: &Py<Self>, args: RevolveArgs, vm: &VirtualMachine) -> PyResult<PySolid> {
            solid_of(
                zelf.sketch.revolve(args.angle.into_float(), args.segments),
                vm,
            )
        }

        /// `sketch.offset(2)`: the outline moved outwards (inwards when negative).
        #[pymethod]
        fn offset(zelf: &Py<Self>, args: OffsetArgs, vm: &VirtualMachine) -> PyResult<PySketch> {
            zelf.sketch
                .offset(args.distance.into_float(), args.round)
                .map(PySketch::from)
                .or_raise(vm)
        }

        #[pymethod]
        fn translate(zelf: &Py<Self>, args: Move2Args, vm: &VirtualMachine) -> PyResult<PySketch> {
            let by = DVec2::new(args.x.into_float(), args.y.into_float());
            zelf.sketch
                .transformed(by, 0.0, DVec2::ONE)
                .map(PySketch::from)
                .or_raise(vm)
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
                .or_raise(vm)
        }

        #[pygetset]
        fn area(zelf: &Py<Self>) -> f64 {
            zelf.sketch.area()
        }
    }

    impl Shape for PySketch {
        const REPR: &'static str = "<Sketch>";

        fn union(&self, other: &Self) -> Self {
            Sketch::union([self.sketch.clone(), other.sketch.clone()]).into()
        }

        fn difference(&self, other: &Self) -> Self {
            self.sketch.difference([other.sketch.clone()]).into()
        }

        fn intersection(&self, other: &Self) -> Self {
            Sketch::intersection([self.sketch.clone(), other.sketch.clone()]).into()
        }
    }

    shape_slots!(PySketch);

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
            .or_raise(vm)
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
            .or_raise(vm)
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
        Sketch::polygon(&points).map(PySketch::from).or_raise(vm)
    }

    #[pyfunction]
    fn regular_polygon(sides: u32, r: ArgIntoFloat, vm: &VirtualMachine) -> PyResult<PySketch> {
        Sketch::regular_polygon(sides, r.into_float())
            .map(PySketch::from)
            .or_raise(vm)
    }
}

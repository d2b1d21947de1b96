//! Booleans of random solids (boxes, spheres, cylinders, moved and turned anywhere, including
//! exactly on top of each other): never a panic, and any result is a closed mesh.
#![no_main]

use arbitrary::Arbitrary;
use darbnica_geometry::primitives::{cuboid, cylinder, sphere};
use darbnica_geometry::{DVec3, Limits, Solid};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum Shape {
    Box {
        size: [u8; 3],
    },
    Sphere {
        radius: u8,
        segments: u8,
    },
    Cylinder {
        height: u8,
        bottom: u8,
        top: u8,
        segments: u8,
    },
}

#[derive(Debug, Arbitrary)]
struct Part {
    shape: Shape,
    /// In quarter units, so coincident faces and edges are common.
    at: [i8; 3],
    turn: [i8; 3],
}

#[derive(Debug, Arbitrary)]
enum Operation {
    Union,
    Difference,
    Intersection,
}

#[derive(Debug, Arbitrary)]
struct Input {
    parts: Vec<Part>,
    operation: Operation,
}

fn solid(part: &Part) -> Option<Solid> {
    let size = |value: u8| f64::from(value % 16 + 1) / 4.0;
    let mesh = match part.shape {
        Shape::Box { size: s } => cuboid(DVec3::new(size(s[0]), size(s[1]), size(s[2])), false),
        Shape::Sphere { radius, segments } => sphere(size(radius), u32::from(segments % 40)),
        Shape::Cylinder {
            height,
            bottom,
            top,
            segments,
        } => cylinder(
            size(height),
            f64::from(bottom % 8) / 4.0,
            f64::from(top % 8) / 4.0,
            u32::from(segments % 40),
            false,
        ),
    }
    .ok()?;
    let at = DVec3::from(part.at.map(|v| f64::from(v % 16) / 4.0));
    let turn = DVec3::from(part.turn.map(|v| f64::from(v) * 15.0));
    Solid::from_mesh(mesh)
        .ok()?
        .rotate(turn)
        .ok()?
        .translate(at)
        .ok()
}

fuzz_target!(|input: Input| {
    let parts: Vec<Solid> = input.parts.iter().take(6).filter_map(solid).collect();
    let Some(first) = parts.first().cloned() else {
        return;
    };
    let result = match input.operation {
        Operation::Union => Solid::union(parts),
        Operation::Difference => first.difference(parts.into_iter().skip(1)),
        Operation::Intersection => Solid::intersection(parts),
    };
    if let Ok(mesh) = result.mesh_within(&Limits::triangles(200_000)) {
        assert!(mesh.is_watertight(), "a boolean left an open mesh");
        assert!(mesh.vertices.iter().all(|v| v.is_finite()));
    }
});

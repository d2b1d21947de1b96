//! The basic solids, each a closed mesh with outward-facing triangles: box, sphere, cylinder and
//! cone, torus, and a polyhedron from points and faces. Round solids take a segment count (how many
//! sides a full circle has), as OpenSCAD's `$fn` does.

use std::f64::consts::TAU;

use glam::{DVec2, DVec3};

use crate::error::{GeometryError, Result, finite, positive, segments};
use crate::mesh::Mesh;

/// Fewest sides a circle may have.
pub const MIN_SEGMENTS: u32 = 3;
/// Most sides a circle may have: more is invisible on screen and a printer cannot make it.
pub const MAX_SEGMENTS: u32 = 1024;

/// A box with its corner at the origin, or its centre there when `center`.
pub fn cuboid(size: DVec3, center: bool) -> Result<Mesh> {
    let size = DVec3::new(
        positive("the box's width", size.x)?,
        positive("the box's depth", size.y)?,
        positive("the box's height", size.z)?,
    );
    let origin = if center { -size / 2.0 } else { DVec3::ZERO };
    let vertices = (0..8)
        .map(|corner| {
            let unit = DVec3::new(
                f64::from(corner & 1),
                f64::from((corner >> 1) & 1),
                f64::from((corner >> 2) & 1),
            );
            origin + unit * size
        })
        .collect();
    // Corner i has x = bit 0, y = bit 1, z = bit 2.
    let triangles = vec![
        [0, 2, 1],
        [1, 2, 3], // bottom (z = 0), facing down
        [4, 5, 6],
        [5, 7, 6], // top
        [0, 1, 4],
        [1, 5, 4], // front (y = 0)
        [2, 6, 3],
        [3, 6, 7], // back
        [0, 4, 2],
        [2, 4, 6], // left (x = 0)
        [1, 3, 5],
        [3, 7, 5], // right
    ];
    Ok(Mesh {
        vertices,
        triangles,
    })
}

/// A sphere about the origin: `segments` around, half as many rings from pole to pole.
pub fn sphere(radius: f64, segments_around: u32) -> Result<Mesh> {
    let radius = positive("the sphere's radius", radius)?;
    let around = segments(
        "the sphere's segments",
        segments_around,
        MIN_SEGMENTS,
        MAX_SEGMENTS,
    )?;
    let rings = (around / 2).max(2);
    let mut vertices = vec![DVec3::new(0.0, 0.0, radius)];
    for ring in 1..rings {
        let polar = std::f64::consts::PI * f64::from(ring) / f64::from(rings);
        let (sin, cos) = polar.sin_cos();
        for point in circle(around) {
            vertices.push(DVec3::new(point.x * sin, point.y * sin, cos) * radius);
        }
    }
    vertices.push(DVec3::new(0.0, 0.0, -radius));
    let bottom = vertices.len() as u32 - 1;
    let ring_start = |ring: u32| 1 + (ring - 1) * around;
    let mut triangles = Vec::with_capacity((2 * around * (rings - 1)) as usize);
    for i in 0..around {
        let next = (i + 1) % around;
        triangles.push([0, ring_start(1) + i, ring_start(1) + next]);
    }
    for ring in 1..rings - 1 {
        let (upper, lower) = (ring_start(ring), ring_start(ring + 1));
        for i in 0..around {
            let next = (i + 1) % around;
            triangles.push([upper + i, lower + i, lower + next]);
            triangles.push([upper + i, lower + next, upper + next]);
        }
    }
    let last = ring_start(rings - 1);
    for i in 0..around {
        let next = (i + 1) % around;
        triangles.push([bottom, last + next, last + i]);
    }
    Ok(Mesh {
        vertices,
        triangles,
    })
}

/// A cylinder, or a cone when one radius is 0, standing on the XY plane (centred on the origin
/// when `center`), `bottom_radius` at the bottom and `top_radius` at the top.
pub fn cylinder(
    height: f64,
    bottom_radius: f64,
    top_radius: f64,
    segments_around: u32,
    center: bool,
) -> Result<Mesh> {
    let height = positive("the cylinder's height", height)?;
    let radii = [
        finite("the cylinder's bottom radius", bottom_radius)?,
        finite("the cylinder's top radius", top_radius)?,
    ];
    for (what, radius) in [
        ("the cylinder's bottom radius", radii[0]),
        ("the cylinder's top radius", radii[1]),
    ] {
        if radius < 0.0 {
            return Err(GeometryError::NotPositive {
                what,
                value: radius,
            });
        }
    }
    if radii == [0.0, 0.0] {
        return Err(GeometryError::NotPositive {
            what: "one of the cylinder's radii",
            value: 0.0,
        });
    }
    let around = segments(
        "the cylinder's segments",
        segments_around,
        MIN_SEGMENTS,
        MAX_SEGMENTS,
    )?;
    let z0 = if center { -height / 2.0 } else { 0.0 };
    let mut vertices = Vec::new();
    // Each end is a ring of points, or one apex point when its radius is 0.
    let mut ends = Vec::new();
    for (radius, z) in [(radii[0], z0), (radii[1], z0 + height)] {
        let start = vertices.len() as u32;
        if radius == 0.0 {
            vertices.push(DVec3::new(0.0, 0.0, z));
            ends.push((start, 1));
        } else {
            vertices.extend(circle(around).map(|point| (point * radius).extend(z)));
            ends.push((start, around));
        }
    }
    let mut triangles = Vec::new();
    let index =
        |(start, count): (u32, u32), i: u32| start + if count == 1 { 0 } else { i % around };
    let rings = (ends[0].1 > 1, ends[1].1 > 1);
    for i in 0..around {
        let (b0, b1) = (index(ends[0], i), index(ends[0], i + 1));
        let (t0, t1) = (index(ends[1], i), index(ends[1], i + 1));
        match rings {
            (true, true) => {
                triangles.push([b0, b1, t1]);
                triangles.push([b0, t1, t0]);
            }
            // A cone: one triangle a side, to the apex.
            (true, false) => triangles.push([b0, b1, t0]),
            (false, _) => triangles.push([b0, t1, t0]),
        }
    }
    // Caps, fanned from their first point.
    for (end, facing_up) in [(ends[0], false), (ends[1], true)] {
        if end.1 == 1 {
            continue;
        }
        for i in 1..around - 1 {
            let (a, b, c) = (end.0, end.0 + i, end.0 + i + 1);
            triangles.push(if facing_up { [a, b, c] } else { [a, c, b] });
        }
    }
    Ok(Mesh {
        vertices,
        triangles,
    })
}

/// A ring about the Z axis: `major_radius` from the axis to the tube's centre, `minor_radius` the
/// tube's.
pub fn torus(
    major_radius: f64,
    minor_radius: f64,
    segments_major: u32,
    segments_minor: u32,
) -> Result<Mesh> {
    let major = positive("the torus's ring radius", major_radius)?;
    let minor = positive("the torus's tube radius", minor_radius)?;
    if minor >= major {
        return Err(GeometryError::OutOfRange {
            what: "the torus's tube radius",
            value: minor,
            min: 0.0,
            max: major,
        });
    }
    let around = segments(
        "the torus's segments",
        segments_major,
        MIN_SEGMENTS,
        MAX_SEGMENTS,
    )?;
    let tube = segments(
        "the torus's tube segments",
        segments_minor,
        MIN_SEGMENTS,
        MAX_SEGMENTS,
    )?;
    let mut vertices = Vec::with_capacity((around * tube) as usize);
    for direction in circle(around) {
        for section in circle(tube) {
            let radial = major + minor * section.x;
            vertices.push(DVec3::new(
                direction.x * radial,
                direction.y * radial,
                minor * section.y,
            ));
        }
    }
    let at = |i: u32, j: u32| (i % around) * tube + (j % tube);
    let mut triangles = Vec::with_capacity((2 * around * tube) as usize);
    for i in 0..around {
        for j in 0..tube {
            triangles.push([at(i, j), at(i + 1, j), at(i + 1, j + 1)]);
            triangles.push([at(i, j), at(i + 1, j + 1), at(i, j + 1)]);
        }
    }
    Ok(Mesh {
        vertices,
        triangles,
    })
}

/// A solid from `points` and `faces` (each a list of point indices around a flat, convex face).
/// Faces may be listed clockwise (as OpenSCAD does) or counter-clockwise seen from outside, as
/// long as all agree; the result must be a closed surface.
pub fn polyhedron(points: &[DVec3], faces: &[Vec<u32>]) -> Result<Mesh> {
    let invalid = |reason: String| GeometryError::InvalidPolyhedron { reason };
    for (index, point) in points.iter().enumerate() {
        if !point.is_finite() {
            return Err(invalid(format!("point {index} is not a finite position")));
        }
    }
    let mut triangles = Vec::new();
    for (number, face) in faces.iter().enumerate() {
        if face.len() < 3 {
            return Err(invalid(format!("face {number} has fewer than 3 points")));
        }
        if let Some(&bad) = face.iter().find(|&&index| index as usize >= points.len()) {
            return Err(invalid(format!(
                "face {number} names point {bad}, but there are only {} points",
                points.len()
            )));
        }
        for i in 1..face.len() - 1 {
            triangles.push([face[0], face[i], face[i + 1]]);
        }
    }
    let mesh = Mesh {
        vertices: points.to_vec(),
        triangles,
    };
    if !mesh.is_watertight() {
        return Err(invalid(
            "its faces do not close up: every edge must be shared by exactly two faces, listed in opposite directions".into(),
        ));
    }
    Ok(if mesh.volume() < 0.0 {
        mesh.flipped()
    } else {
        mesh
    })
}

/// The convex hull of `points`: the smallest convex solid that contains them all (as if shrink-
/// wrapped). Points all in one plane (or fewer than four) have no solid hull.
pub fn hull(points: &[DVec3]) -> Result<Mesh> {
    let invalid = |reason: String| GeometryError::InvalidPolyhedron { reason };
    if let Some(index) = points.iter().position(|point| !point.is_finite()) {
        return Err(invalid(format!("point {index} is not a finite position")));
    }
    let input: Vec<Vec<f64>> = points
        .iter()
        .map(|point| point.to_array().to_vec())
        .collect();
    let hull = chull::ConvexHullWrapper::try_new(&input, None).map_err(|_| {
        invalid(
            "the points lie in one plane (or are fewer than four), so they enclose nothing".into(),
        )
    })?;
    let (vertices, indices) = hull.vertices_indices();
    let mesh = Mesh {
        vertices: vertices
            .iter()
            .map(|vertex| DVec3::new(vertex[0], vertex[1], vertex[2]))
            .collect(),
        triangles: indices
            .as_chunks::<3>()
            .0
            .iter()
            .map(|t| t.map(|index| index as u32))
            .collect(),
    };
    Ok(if mesh.volume() < 0.0 {
        mesh.flipped()
    } else {
        mesh
    })
}

/// `count` points evenly around the unit circle, counter-clockwise from +X.
pub(crate) fn circle(count: u32) -> impl Iterator<Item = DVec2> {
    (0..count).map(move |i| {
        let angle = TAU * f64::from(i) / f64::from(count);
        DVec2::new(angle.cos(), angle.sin())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_solid(mesh: &Mesh, volume: f64, tolerance: f64) {
        assert!(mesh.is_watertight(), "not watertight");
        assert!(
            (mesh.volume() - volume).abs() <= tolerance * volume,
            "volume {} instead of {volume}",
            mesh.volume()
        );
    }

    #[test]
    fn a_box_has_its_volume_and_bounds() {
        let mesh = cuboid(DVec3::new(2.0, 3.0, 4.0), false).unwrap();
        assert_solid(&mesh, 24.0, 1e-12);
        assert_eq!(mesh.bounds().unwrap().max, DVec3::new(2.0, 3.0, 4.0));
        let centred = cuboid(DVec3::splat(2.0), true).unwrap();
        assert_eq!(centred.bounds().unwrap().min, DVec3::splat(-1.0));
    }

    #[test]
    fn round_solids_approach_their_exact_volumes() {
        use std::f64::consts::PI;
        assert_solid(&sphere(1.0, 256).unwrap(), 4.0 / 3.0 * PI, 2e-3);
        assert_solid(
            &cylinder(2.0, 1.0, 1.0, 256, false).unwrap(),
            2.0 * PI,
            1e-3,
        );
        assert_solid(&cylinder(3.0, 1.0, 0.0, 256, true).unwrap(), PI, 1e-3);
        assert_solid(&cylinder(3.0, 0.0, 1.0, 256, true).unwrap(), PI, 1e-3);
        assert_solid(
            &cylinder(1.0, 2.0, 1.0, 256, false).unwrap(),
            PI * 7.0 / 3.0,
            1e-3,
        );
        assert_solid(
            &torus(3.0, 1.0, 256, 128).unwrap(),
            2.0 * PI * PI * 3.0,
            1e-3,
        );
        assert_eq!(torus(3.0, 1.0, 32, 16).unwrap().genus(), Some(1));
    }

    #[test]
    fn bad_sizes_and_segment_counts_are_clear_errors() {
        assert_eq!(
            cuboid(DVec3::new(1.0, -1.0, 1.0), false)
                .unwrap_err()
                .to_string(),
            "the box's depth must be greater than 0, not -1"
        );
        assert_eq!(sphere(f64::NAN, 32).unwrap_err().code(), "not_finite");
        assert_eq!(
            sphere(1.0, 1_000_000).unwrap_err().to_string(),
            "the sphere's segments must be between 3 and 1024, not 1000000"
        );
        assert_eq!(sphere(1.0, 0).unwrap_err().code(), "out_of_range");
        assert!(cylinder(1.0, 0.0, 0.0, 16, false).is_err());
        assert!(torus(1.0, 2.0, 16, 16).is_err());
    }

    #[test]
    fn the_hull_of_a_cube_with_inner_and_face_points_is_the_cube() {
        let mut points: Vec<DVec3> = cuboid(DVec3::splat(2.0), true).unwrap().vertices;
        points.extend([
            DVec3::ZERO,
            DVec3::new(0.5, 0.2, 1.0),
            DVec3::new(1.0, 1.0, 1.0),
        ]);
        let mesh = hull(&points).unwrap();
        assert!(mesh.is_watertight());
        assert!((mesh.volume() - 8.0).abs() < 1e-12);
        let flat = [DVec3::ZERO, DVec3::X, DVec3::Y, DVec3::ONE.with_z(0.0)];
        assert_eq!(hull(&flat).unwrap_err().code(), "invalid_polyhedron");
        assert!(hull(&[DVec3::ZERO, DVec3::X, DVec3::Y, DVec3::splat(f64::NAN)]).is_err());
    }

    #[test]
    fn a_polyhedron_is_accepted_in_either_winding_and_must_close() {
        let points = [DVec3::ZERO, DVec3::X, DVec3::Y, DVec3::Z];
        let outward = vec![vec![0, 2, 1], vec![0, 1, 3], vec![0, 3, 2], vec![1, 2, 3]];
        let inward: Vec<Vec<u32>> = outward
            .iter()
            .map(|face| face.iter().rev().copied().collect())
            .collect();
        for faces in [&outward, &inward] {
            let mesh = polyhedron(&points, faces).unwrap();
            assert!((mesh.volume() - 1.0 / 6.0).abs() < 1e-12);
        }
        let open = &outward[..3];
        assert_eq!(
            polyhedron(&points, open).unwrap_err().code(),
            "invalid_polyhedron"
        );
        let out_of_range = vec![vec![0, 1, 9]];
        assert!(
            polyhedron(&points, &out_of_range)
                .unwrap_err()
                .to_string()
                .contains("point 9")
        );
    }
}

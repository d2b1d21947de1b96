//! Booleans on a corpus of nasty cases and on random solids: the result is always a closed,
//! finite mesh, and volumes obey inclusion–exclusion.

use darbnica_geometry::primitives::{cuboid, cylinder, sphere};
use darbnica_geometry::{DVec3, Mesh, Solid};
use proptest::prelude::*;

fn cube(size: DVec3, at: DVec3) -> Solid {
    Solid::from_mesh(cuboid(size, false).unwrap())
        .unwrap()
        .translate(at)
        .unwrap()
}

fn unit_cube(at: DVec3) -> Solid {
    cube(DVec3::ONE, at)
}

/// The mesh, checked: watertight and finite.
fn sound(solid: &Solid) -> std::sync::Arc<Mesh> {
    let mesh = solid.mesh().unwrap();
    assert!(mesh.is_watertight(), "not watertight");
    assert!(mesh.vertices.iter().all(|v| v.is_finite()));
    mesh
}

fn volume(solid: &Solid) -> f64 {
    sound(solid).volume()
}

#[test]
fn cubes_sharing_a_face_union_into_one_box() {
    let union = Solid::union([unit_cube(DVec3::ZERO), unit_cube(DVec3::X)]);
    let mesh = sound(&union);
    assert!((mesh.volume() - 2.0).abs() < 1e-12);
    assert_eq!(mesh.components(), 1);
    let bounds = mesh.bounds().unwrap();
    assert_eq!(bounds.max, DVec3::new(2.0, 1.0, 1.0));
}

#[test]
fn cubes_touching_at_an_edge_or_a_corner_stay_closed() {
    for offset in [DVec3::new(1.0, 1.0, 0.0), DVec3::ONE] {
        let union = Solid::union([unit_cube(DVec3::ZERO), unit_cube(offset)]);
        assert!((volume(&union) - 2.0).abs() < 1e-12, "{offset}");
        let common = Solid::intersection([unit_cube(DVec3::ZERO), unit_cube(offset)]);
        assert!(volume(&common).abs() < 1e-12, "{offset}");
    }
}

#[test]
fn coplanar_faces_cut_cleanly() {
    // A slot flush with the top face.
    let block = cube(DVec3::new(4.0, 2.0, 2.0), DVec3::ZERO);
    let slot = cube(DVec3::new(2.0, 4.0, 1.0), DVec3::new(1.0, -1.0, 1.0));
    assert!((volume(&block.difference([slot])) - 12.0).abs() < 1e-12);
}

#[test]
fn a_solid_with_itself() {
    let a = Solid::from_mesh(sphere(1.0, 32).unwrap()).unwrap();
    let own = sound(&a).volume();
    assert!((volume(&Solid::union([a.clone(), a.clone()])) - own).abs() < 1e-9);
    assert!((volume(&Solid::intersection([a.clone(), a.clone()])) - own).abs() < 1e-9);
    assert!(sound(&a.difference([a.clone()])).is_empty());
}

#[test]
fn a_rotated_grid_of_cubes_unions_into_one_piece() {
    let mut cubes = Vec::new();
    for i in 0..5 {
        for j in 0..5 {
            let at = DVec3::new(f64::from(i) * 0.8, f64::from(j) * 0.8, 0.0);
            cubes.push(
                unit_cube(at)
                    .rotate(DVec3::new(0.0, 0.0, 7.0 * f64::from(i + j)))
                    .unwrap(),
            );
        }
    }
    let mesh = sound(&Solid::union(cubes));
    assert_eq!(mesh.components(), 1);
    // Tiles turned by different angles leave gaps between them: through-holes, so a genus, but
    // always a closed surface.
    assert!(mesh.genus().is_some());
    assert!(mesh.volume() > 1.0 && mesh.volume() < 25.0);
}

#[test]
fn a_plate_with_holes_has_the_holes_volume_removed_and_genus_per_hole() {
    let plate = cube(DVec3::new(10.0, 10.0, 2.0), DVec3::ZERO);
    let mut holes = Vec::new();
    for i in 0..3 {
        for j in 0..3 {
            let hole = Solid::from_mesh(cylinder(4.0, 0.5, 0.5, 16, false).unwrap())
                .unwrap()
                .translate(DVec3::new(
                    2.5 + 2.5 * f64::from(i),
                    2.5 + 2.5 * f64::from(j),
                    -1.0,
                ))
                .unwrap();
            holes.push(hole);
        }
    }
    let hole_volume = sound(&holes[0]).volume() / 2.0;
    let mesh = sound(&plate.difference(holes));
    assert!((mesh.volume() - (200.0 - 9.0 * hole_volume)).abs() < 1e-9);
    assert_eq!(mesh.genus(), Some(9));
}

fn arbitrary_solid() -> impl Strategy<Value = Solid> {
    let position = (-2.0..2.0f64, -2.0..2.0f64, -2.0..2.0f64);
    let angles = (0.0..360.0f64, 0.0..360.0f64, 0.0..360.0f64);
    prop_oneof![
        (
            (0.2..3.0f64, 0.2..3.0f64, 0.2..3.0f64),
            position.clone(),
            angles.clone()
        )
            .prop_map(|(size, at, turn)| cube(
                DVec3::new(size.0, size.1, size.2),
                DVec3::new(at.0, at.1, at.2)
            )
            .rotate(DVec3::new(turn.0, turn.1, turn.2))
            .unwrap()),
        (0.2..2.0f64, 3u32..24, position).prop_map(|(radius, segments, at)| {
            Solid::from_mesh(sphere(radius, segments).unwrap())
                .unwrap()
                .translate(DVec3::new(at.0, at.1, at.2))
                .unwrap()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn booleans_stay_closed_and_volumes_add_up(a in arbitrary_solid(), b in arbitrary_solid()) {
        let (va, vb) = (volume(&a), volume(&b));
        let union = volume(&Solid::union([a.clone(), b.clone()]));
        let common = volume(&Solid::intersection([a.clone(), b.clone()]));
        let difference = volume(&a.difference([b.clone()]));
        let tolerance = 1e-6 * (va + vb);
        prop_assert!((union + common - (va + vb)).abs() < tolerance, "∪ {union} ∩ {common} a {va} b {vb}");
        prop_assert!((difference - (va - common)).abs() < tolerance, "− {difference} a {va} ∩ {common}");
        prop_assert!(common <= va.min(vb) + tolerance);
    }
}

//! Booleans' results kept across solids built the same way: what a slider run does not change is
//! not computed again, and what it changes is.

use darbnica_geometry::boolean_cache::{self, MAX_CACHED_FACES};
use darbnica_geometry::{DVec3, Solid, primitives};

fn plate_with_holes(hole_radius: f64) -> Solid {
    let plate =
        Solid::from_mesh(primitives::cuboid(DVec3::new(40.0, 40.0, 4.0), true).unwrap()).unwrap();
    let holes: Vec<Solid> = (0..4)
        .map(|i| {
            Solid::from_mesh(
                primitives::cylinder(10.0, hole_radius, hole_radius, 24, true).unwrap(),
            )
            .unwrap()
            .translate(DVec3::new(-12.0 + 8.0 * f64::from(i), 0.0, 0.0))
            .unwrap()
        })
        .collect();
    plate.difference(holes)
}

#[test]
fn the_same_solid_built_again_is_not_computed_again_and_comes_out_the_same() {
    let first = plate_with_holes(2.0).mesh().unwrap();
    let before = boolean_cache::stats();
    assert!(before.faces > 0, "the result was kept: {before:?}");

    // New solids, made the same way (as a run after a slider moved elsewhere makes them).
    let again = plate_with_holes(2.0).mesh().unwrap();
    let after = boolean_cache::stats();
    assert_eq!(after.misses, before.misses, "nothing computed again");
    assert!(after.hits > before.hits);
    assert!(*again == *first, "the kept result is the one computed");

    // Another hole radius is another solid: computed, and not the same.
    let wider = plate_with_holes(3.0).mesh().unwrap();
    assert!(boolean_cache::stats().misses > after.misses);
    assert!(wider.volume() < first.volume() - 1.0);
}

#[test]
fn a_part_that_did_not_change_is_kept_while_the_changed_one_is_computed() {
    let model = |lid: f64| {
        Solid::union([
            plate_with_holes(2.0),
            plate_with_holes(lid)
                .translate(DVec3::new(0.0, 0.0, 10.0))
                .unwrap(),
        ])
    };
    model(2.5).mesh().unwrap();
    let before = boolean_cache::stats();
    let moved = model(1.5).mesh().unwrap();
    let after = boolean_cache::stats();
    // The first plate is a hit; the second plate and the union are new.
    assert_eq!(after.hits - before.hits, 1, "{before:?} -> {after:?}");
    assert_eq!(after.misses - before.misses, 2, "{before:?} -> {after:?}");
    // Computed from nothing, the same solid (boolmesh may order its vertices differently).
    boolean_cache::clear();
    let fresh = model(1.5).mesh().unwrap();
    assert_eq!(fresh.triangle_count(), moved.triangle_count());
    assert!((fresh.volume() - moved.volume()).abs() < 1e-6);
}

#[test]
fn the_cache_keeps_no_more_than_its_bound() {
    let mut radius = 1.0;
    // Each new radius is a new result of a few hundred faces.
    while boolean_cache::stats().misses < 2 * (MAX_CACHED_FACES as u64 / 20_000 + 2) {
        let fine = Solid::from_mesh(primitives::sphere(10.0, 96).unwrap()).unwrap();
        let cut = Solid::from_mesh(primitives::sphere(radius, 96).unwrap())
            .unwrap()
            .translate(DVec3::new(8.0, 0.0, 0.0))
            .unwrap();
        fine.difference([cut]).mesh().unwrap();
        assert!(boolean_cache::stats().faces <= MAX_CACHED_FACES);
        radius += 0.01;
    }
    assert!(
        boolean_cache::stats().faces > MAX_CACHED_FACES / 2,
        "the cache was filled: {:?}",
        boolean_cache::stats()
    );
}

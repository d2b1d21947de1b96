//! The polyhedron builder on random points and faces: never a panic; what it accepts is closed
//! and faces outwards.
#![no_main]

use darbnica_geometry::DVec3;
use darbnica_geometry::primitives::polyhedron;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Vec<[f32; 3]>, Vec<Vec<u8>>)| {
    let (points, faces) = input;
    let points: Vec<DVec3> = points
        .iter()
        .take(64)
        .map(|p| DVec3::new(f64::from(p[0]), f64::from(p[1]), f64::from(p[2])))
        .collect();
    let faces: Vec<Vec<u32>> = faces
        .iter()
        .take(64)
        .map(|face| face.iter().take(16).map(|&i| u32::from(i)).collect())
        .collect();
    if let Ok(mesh) = polyhedron(&points, &faces) {
        assert!(mesh.is_watertight());
        assert!(mesh.volume() >= 0.0);
    }
});

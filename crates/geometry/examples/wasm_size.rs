//! A wasm module that uses the whole kernel, for `cargo xtask bench geometry` to weigh what the
//! kernel adds to the browser's Python worker: primitives, booleans, sketches, measures and every
//! export. Built for wasm32 with the lean `wasm-release` profile; not run.

use darbnica_geometry::export::{self, Shading};
use darbnica_geometry::primitives::{cuboid, cylinder, hull, sphere, torus};
use darbnica_geometry::{DVec2, DVec3, Sketch, Solid};

fn model(size: f64) -> darbnica_geometry::Result<Vec<u8>> {
    let block = Solid::from_mesh(cuboid(DVec3::splat(size), true)?)?;
    let ball = Solid::from_mesh(sphere(size * 0.6, 32)?)?;
    let ring = Solid::from_mesh(torus(size, size / 4.0, 32, 16)?)?;
    let peg = Solid::from_mesh(cylinder(size, 1.0, 0.5, 16, false)?)?;
    let frame = Sketch::rectangle(DVec2::splat(size), true)?
        .difference([Sketch::circle(size / 3.0, 32)?])
        .offset(0.5, true)?;
    let plate = Solid::from_mesh(frame.extrude(2.0, 30.0, DVec2::ONE, 4)?)?;
    let vase = Solid::from_mesh(
        Sketch::circle(1.0, 16)?
            .transformed(DVec2::new(3.0, 2.0), 0.0, DVec2::ONE)?
            .revolve(360.0, 32)?,
    )?;
    let shell = Solid::from_mesh(hull(&ball.mesh()?.vertices)?)?;
    let solid = Solid::union([block.difference([ball]), ring, peg, plate, vase])
        .rotate(DVec3::new(0.0, 0.0, 45.0))?;
    let solid = Solid::intersection([solid, shell.scale(DVec3::splat(3.0))?]);
    let mesh = solid.mesh()?;
    let mut bytes = export::stl(&mesh);
    bytes.extend(export::three_mf(&mesh)?);
    bytes.extend(export::obj(&mesh, Shading::Smooth).into_bytes());
    bytes.extend(export::glb(&mesh, Shading::Flat)?);
    bytes.extend(mesh.volume().to_le_bytes());
    bytes.extend(mesh.surface_area().to_le_bytes());
    bytes.extend(mesh.genus().unwrap_or(-1).to_le_bytes());
    Ok(bytes)
}

/// The size of the model's files, so nothing is optimised away.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn model_bytes(size: f64) -> usize {
    model(size).map(|bytes| bytes.len()).unwrap_or(0)
}

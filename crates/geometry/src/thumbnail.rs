//! A picture of a mesh for the gallery: flat-shaded triangles seen from the front right and
//! above (the viewport's first view), drawn far to near, as a PNG. Deterministic, so a stored
//! thumbnail can be checked against its model.

use glam::DVec3;
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Transform};

use crate::mesh::Mesh;

/// Drawn at this many times the size, then averaged down: smooth edges without seams between
/// neighbouring triangles.
const SUPERSAMPLE: u32 = 2;
const BACKGROUND: [u8; 3] = [0xf9, 0xf9, 0xfb];

/// A `width` × `height` PNG of `mesh`, each triangle in the colour of its part: `parts` gives
/// `(end, colour)` ranges of triangles in order (one part: the whole mesh).
pub fn png(mesh: &Mesh, parts: &[(usize, [u8; 3])], width: u32, height: u32) -> Vec<u8> {
    let (big_width, big_height) = (width * SUPERSAMPLE, height * SUPERSAMPLE);
    let Some(mut pixmap) = Pixmap::new(big_width, big_height) else {
        return Vec::new();
    };
    let [r, g, b] = BACKGROUND;
    pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, 255));

    let eye = DVec3::new(1.0, -1.2, 0.9).normalize();
    let right = DVec3::Z.cross(eye).normalize();
    let up = eye.cross(right);
    let light = (eye + 0.5 * up - 0.4 * right).normalize();
    let projected: Vec<(f64, f64, f64)> = mesh
        .vertices
        .iter()
        .map(|v| (v.dot(right), v.dot(up), v.dot(eye)))
        .collect();
    let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y, _) in &projected {
        (min_x, max_x, min_y, max_y) = (min_x.min(x), max_x.max(x), min_y.min(y), max_y.max(y));
    }
    if projected.is_empty() {
        return encode(&pixmap, width, height);
    }
    let margin = 0.9;
    let scale = (f64::from(big_width) * margin / (max_x - min_x).max(1e-9))
        .min(f64::from(big_height) * margin / (max_y - min_y).max(1e-9));
    let (centre_x, centre_y) = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
    let to_pixels = |(x, y, _): (f64, f64, f64)| {
        (
            (f64::from(big_width) / 2.0 + (x - centre_x) * scale) as f32,
            (f64::from(big_height) / 2.0 - (y - centre_y) * scale) as f32,
        )
    };

    // The triangles facing the eye, far ones first.
    let mut visible: Vec<(f64, usize, f64)> = Vec::with_capacity(mesh.triangles.len() / 2);
    for (index, triangle) in mesh.triangles.iter().enumerate() {
        let [a, b, c] = triangle.map(|i| mesh.vertices[i as usize]);
        let normal = (b - a).cross(c - a).normalize_or_zero();
        if normal.dot(eye) <= 0.0 {
            continue;
        }
        let depth = triangle
            .iter()
            .map(|&i| projected[i as usize].2)
            .sum::<f64>();
        visible.push((depth, index, normal.dot(light).max(0.0)));
    }
    visible.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));

    let colour_of = |triangle: usize| {
        parts
            .iter()
            .find(|(end, _)| triangle < *end)
            .or(parts.last())
            .map_or([0x3f, 0x9f, 0x93], |(_, colour)| *colour)
    };
    let mut paint = Paint {
        anti_alias: false,
        ..Paint::default()
    };
    for (_, index, lit) in visible {
        let brightness = 0.5 + 0.6 * lit;
        let [r, g, b] = colour_of(index).map(|c| (f64::from(c) * brightness).min(255.0) as u8);
        paint.set_color_rgba8(r, g, b, 255);
        let [a, b, c] = mesh.triangles[index].map(|i| to_pixels(projected[i as usize]));
        let mut path = PathBuilder::new();
        path.move_to(a.0, a.1);
        path.line_to(b.0, b.1);
        path.line_to(c.0, c.1);
        path.close();
        if let Some(path) = path.finish() {
            pixmap.fill_path(
                &path,
                &paint,
                FillRule::Winding,
                Transform::identity(),
                None,
            );
        }
    }
    encode(&pixmap, width, height)
}

/// Averages each block of supersampled pixels into one and encodes the result.
fn encode(big: &Pixmap, width: u32, height: u32) -> Vec<u8> {
    let Some(mut small) = Pixmap::new(width, height) else {
        return Vec::new();
    };
    let source = big.data();
    let big_width = big.width() as usize;
    let n = SUPERSAMPLE as usize;
    for (index, pixel) in small
        .data_mut()
        .as_chunks_mut::<4>()
        .0
        .iter_mut()
        .enumerate()
    {
        let (x, y) = (index % width as usize, index / width as usize);
        for (channel, value) in pixel.iter_mut().enumerate() {
            let mut sum = 0u32;
            for dy in 0..n {
                for dx in 0..n {
                    let at = ((y * n + dy) * big_width + x * n + dx) * 4 + channel;
                    sum += u32::from(source[at]);
                }
            }
            *value = (sum / (n * n) as u32) as u8;
        }
    }
    small.encode_png().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::primitives;

    fn pixel(png: &[u8], x: u32, y: u32) -> [u8; 4] {
        let pixmap = Pixmap::decode_png(png).unwrap();
        let colour = pixmap.pixel(x, y).unwrap();
        [colour.red(), colour.green(), colour.blue(), colour.alpha()]
    }

    #[test]
    fn a_cube_is_drawn_in_its_colour_in_the_middle_on_the_background() {
        let cube = primitives::cuboid(DVec3::splat(10.0), true).unwrap();
        let red = [200, 40, 40];
        let png = png(&cube, &[(cube.triangle_count(), red)], 64, 48);
        assert_eq!(&png[1..4], b"PNG");
        let middle = pixel(&png, 32, 24);
        assert!(
            middle[0] > 80 && middle[1] < 60 && middle[2] < 60,
            "{middle:?}"
        );
        assert_eq!(pixel(&png, 0, 0), [0xf9, 0xf9, 0xfb, 255]);
        // The same mesh gives the same picture, byte for byte.
        assert_eq!(
            png,
            super::png(&cube, &[(cube.triangle_count(), red)], 64, 48)
        );
    }

    #[test]
    fn an_empty_mesh_is_just_the_background() {
        let png = png(&Mesh::default(), &[], 8, 8);
        assert_eq!(pixel(&png, 4, 4), [0xf9, 0xf9, 0xfb, 255]);
    }
}

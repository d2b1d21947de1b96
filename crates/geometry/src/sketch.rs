//! Sketches: flat shapes in the XY plane (rectangles, circles, polygons), combined with 2D
//! booleans and offsets (`i_overlay`), then made solid by linear extrusion (height, twist, scale,
//! slices) or by revolving about the Z axis. Faces are triangulated by `i_triangle`.
//!
//! A sketch is kept as `i_overlay` leaves it: shapes, each an outer contour (counter-clockwise)
//! followed by its holes (clockwise). Coordinates pass through a 64-bit integer grid fitted to each
//! operation's bounds, so they move by about 1e-14 of the sketch's size.

use std::collections::HashMap;

use glam::{DMat2, DVec2, DVec3};
use i_overlay::core::fill_rule::FillRule;
use i_overlay::core::overlay_rule::OverlayRule;
use i_overlay::float::single::SingleFloatOverlay;
use i_overlay::mesh::float::outline::offset::OutlineOffset;
use i_overlay::mesh::float::style::{LineJoin, OutlineStyle};
use i_triangle::float::unchecked::UncheckedTriangulatable;

use crate::error::{GeometryError, Result, finite, positive, segments};
use crate::mesh::Mesh;
use crate::primitives::{MAX_SEGMENTS, MIN_SEGMENTS, circle};

type Point = [f64; 2];
type Contour = Vec<Point>;
type Shape = Vec<Contour>;

/// Most points a polygon may have.
pub const MAX_POLYGON_POINTS: usize = 100_000;
/// Most slices an extrusion may have.
pub const MAX_SLICES: u32 = 1_000;

/// A flat shape in the XY plane, possibly of several parts with holes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sketch {
    shapes: Vec<Shape>,
}

impl Sketch {
    /// Nothing (what a difference may leave).
    pub fn empty() -> Sketch {
        Sketch::default()
    }

    /// A rectangle with its corner at the origin, or its centre there.
    pub fn rectangle(size: DVec2, center: bool) -> Result<Sketch> {
        let size = DVec2::new(
            positive("the rectangle's width", size.x)?,
            positive("the rectangle's height", size.y)?,
        );
        let origin = if center { -size / 2.0 } else { DVec2::ZERO };
        Ok(Sketch::from_outline(
            [DVec2::ZERO, DVec2::X, DVec2::ONE, DVec2::Y]
                .map(|corner| origin + corner * size)
                .to_vec(),
        ))
    }

    /// A circle about the origin, as a polygon of `sides` sides.
    pub fn circle(radius: f64, sides: u32) -> Result<Sketch> {
        let radius = positive("the circle's radius", radius)?;
        let sides = segments("the circle's segments", sides, MIN_SEGMENTS, MAX_SEGMENTS)?;
        Ok(Sketch::from_outline(
            circle(sides).map(|point| point * radius).collect(),
        ))
    }

    /// A regular polygon about the origin, its first corner on +X at `radius`.
    pub fn regular_polygon(sides: u32, radius: f64) -> Result<Sketch> {
        let radius = positive("the polygon's radius", radius)?;
        let sides = segments("the polygon's sides", sides, MIN_SEGMENTS, MAX_SEGMENTS)?;
        Ok(Sketch::from_outline(
            circle(sides).map(|point| point * radius).collect(),
        ))
    }

    /// A polygon through `points`, in either direction. Its edges may not cross each other.
    pub fn polygon(points: &[DVec2]) -> Result<Sketch> {
        let invalid = |reason: String| GeometryError::InvalidPolygon { reason };
        if points.len() < 3 {
            return Err(invalid(format!(
                "it needs at least 3 points, not {}",
                points.len()
            )));
        }
        if points.len() > MAX_POLYGON_POINTS {
            return Err(invalid(format!(
                "it has {} points, more than {MAX_POLYGON_POINTS}",
                points.len()
            )));
        }
        for (index, point) in points.iter().enumerate() {
            if !point.is_finite() {
                return Err(invalid(format!("point {index} is not a finite position")));
            }
        }
        if let Some((a, b)) = crossing_edges(points) {
            return Err(invalid(format!(
                "its edges {a}–{} and {b}–{} cross",
                (a + 1) % points.len(),
                (b + 1) % points.len()
            )));
        }
        let sketch = Sketch::from_outline(points.to_vec());
        if sketch.area() <= 0.0 {
            return Err(invalid("it encloses no area".into()));
        }
        Ok(sketch)
    }

    /// A closed outline in either direction, made canonical (counter-clockwise outside).
    fn from_outline(points: Vec<DVec2>) -> Sketch {
        let contour: Contour = points.iter().map(|point| point.to_array()).collect();
        let shapes = vec![contour].overlay_as::<i64>(
            &Vec::<Contour>::new(),
            OverlayRule::Subject,
            FillRule::EvenOdd,
        );
        Sketch { shapes }
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// The enclosed area (holes subtracted).
    pub fn area(&self) -> f64 {
        self.shapes
            .iter()
            .flatten()
            .map(|contour| signed_area(contour))
            .sum()
    }

    /// Everything in any of `sketches`.
    pub fn union(sketches: impl IntoIterator<Item = Sketch>) -> Sketch {
        sketches
            .into_iter()
            .reduce(|all, next| all.overlay(&next, OverlayRule::Union))
            .unwrap_or_default()
    }

    /// This sketch with `others` cut away.
    pub fn difference(&self, others: impl IntoIterator<Item = Sketch>) -> Sketch {
        let cut = Sketch::union(others);
        self.overlay(&cut, OverlayRule::Difference)
    }

    /// What all of `sketches` have in common.
    pub fn intersection(sketches: impl IntoIterator<Item = Sketch>) -> Sketch {
        sketches
            .into_iter()
            .reduce(|common, next| common.overlay(&next, OverlayRule::Intersect))
            .unwrap_or_default()
    }

    fn overlay(&self, other: &Sketch, rule: OverlayRule) -> Sketch {
        if self.is_empty() && other.is_empty() {
            return Sketch::empty();
        }
        let subject: Vec<Contour> = self.shapes.iter().flatten().cloned().collect();
        let clip: Vec<Contour> = other.shapes.iter().flatten().cloned().collect();
        Sketch {
            shapes: subject.overlay_as::<i64>(&clip, rule, FillRule::NonZero),
        }
    }

    /// The outline moved outwards by `distance` (inwards when negative), with round corners or
    /// sharp (mitred) ones.
    pub fn offset(&self, distance: f64, round: bool) -> Result<Sketch> {
        let distance = finite("the offset", distance)?;
        if distance == 0.0 || self.is_empty() {
            return Ok(self.clone());
        }
        let join = if round {
            LineJoin::Round(0.1)
        } else {
            LineJoin::Miter(0.1)
        };
        let style = OutlineStyle::new(distance).line_join(join);
        let contours: Vec<Contour> = self.shapes.iter().flatten().cloned().collect();
        Ok(Sketch {
            shapes: contours.outline_as::<i64>(&style),
        })
    }

    /// The sketch moved, turned (degrees, counter-clockwise) and scaled about the origin.
    pub fn transformed(&self, translate: DVec2, degrees: f64, scale: DVec2) -> Result<Sketch> {
        for (what, value) in [
            ("the translation", translate.x),
            ("the translation", translate.y),
            ("the rotation", degrees),
        ] {
            finite(what, value)?;
        }
        let scale = DVec2::new(
            positive("the scale", scale.x.abs())? * scale.x.signum(),
            positive("the scale", scale.y.abs())? * scale.y.signum(),
        );
        let turn = DMat2::from_angle(degrees.to_radians());
        let mirrored = scale.x * scale.y < 0.0;
        let shapes = self
            .shapes
            .iter()
            .map(|shape| {
                shape
                    .iter()
                    .map(|contour| {
                        let mut moved: Contour = contour
                            .iter()
                            .map(|&point| {
                                (turn * (DVec2::from(point) * scale) + translate).to_array()
                            })
                            .collect();
                        if mirrored {
                            moved.reverse();
                        }
                        moved
                    })
                    .collect()
            })
            .collect();
        Ok(Sketch { shapes })
    }

    /// A solid: the sketch raised `height` along Z, turning by `twist` degrees and scaling to
    /// `scale` at the top, in `slices` steps (more slices, smoother twist).
    pub fn extrude(&self, height: f64, twist: f64, scale: DVec2, slices: u32) -> Result<Mesh> {
        let height = positive("the extrusion's height", height)?;
        let twist = finite("the extrusion's twist", twist)?;
        let scale = DVec2::new(
            positive("the extrusion's top scale", scale.x)?,
            positive("the extrusion's top scale", scale.y)?,
        );
        let slices = segments("the extrusion's slices", slices, 1, MAX_SLICES)?;
        let mut mesh = Mesh::default();
        for shape in &self.shapes {
            let layer = |point: Point, k: u32| {
                let t = f64::from(k) / f64::from(slices);
                let turned = DMat2::from_angle((twist * t).to_radians())
                    * (DVec2::from(point) * DVec2::ONE.lerp(scale, t));
                turned.extend(height * t)
            };
            let flat: Vec<Point> = shape.iter().flatten().copied().collect();
            let per_layer = flat.len() as u32;
            let base = mesh.vertices.len() as u32;
            for k in 0..=slices {
                mesh.vertices
                    .extend(flat.iter().map(|&point| layer(point, k)));
            }
            walls(
                &mut mesh,
                shape,
                |k, i| base + k * per_layer + i,
                slices,
                false,
            );
            for (triangle, top) in cap(shape)?.iter().flat_map(|t| [(t, false), (t, true)]) {
                let k = if top { slices } else { 0 };
                let [a, b, c] = triangle.map(|i| base + k * per_layer + i);
                mesh.triangles.push(if top { [a, b, c] } else { [a, c, b] });
            }
        }
        Ok(mesh)
    }

    /// A solid of revolution: the sketch, read as lying in the XZ plane (x the distance from the
    /// axis, y the height), turned `angle` degrees about Z in `segments` steps. The sketch must
    /// lie on one side of the axis (x ≥ 0); points on the axis are shared by every step.
    pub fn revolve(&self, angle: f64, segments_around: u32) -> Result<Mesh> {
        let angle = finite("the revolve angle", angle)?;
        if !(angle > 0.0 && angle <= 360.0) {
            return Err(GeometryError::OutOfRange {
                what: "the revolve angle",
                value: angle,
                min: 0.0,
                max: 360.0,
            });
        }
        let steps = segments(
            "the revolve's segments",
            segments_around,
            MIN_SEGMENTS,
            MAX_SEGMENTS,
        )?;
        if let Some(point) = self
            .shapes
            .iter()
            .flatten()
            .flatten()
            .find(|point| point[0] < 0.0)
        {
            return Err(GeometryError::InvalidPolygon {
                reason: format!(
                    "a revolved sketch must lie at x ≥ 0, but it has a point at x = {}",
                    point[0]
                ),
            });
        }
        let full = angle >= 360.0;
        let rings = if full { steps } else { steps + 1 };
        let mut mesh = Mesh::default();
        for shape in &self.shapes {
            let flat: Vec<Point> = shape.iter().flatten().copied().collect();
            // One vertex per (ring, point), except points on the axis: one for all rings.
            let mut index = HashMap::new();
            for ring in 0..rings {
                let theta = (angle * f64::from(ring) / f64::from(steps)).to_radians();
                let (sin, cos) = theta.sin_cos();
                for (i, &[x, y]) in flat.iter().enumerate() {
                    let key = if x == 0.0 { (0, i) } else { (ring, i) };
                    index.entry(key).or_insert_with(|| {
                        mesh.vertices.push(DVec3::new(x * cos, x * sin, y));
                        mesh.vertices.len() as u32 - 1
                    });
                }
            }
            let vertex = |ring: u32, i: u32| {
                let ring = ring % rings;
                let key = if flat[i as usize][0] == 0.0 {
                    (0, i as usize)
                } else {
                    (ring, i as usize)
                };
                index[&key]
            };
            // Turning the XZ sketch about Z keeps counter-clockwise outlines facing out when the
            // walls run from ring k to ring k + 1 in the order `walls` uses, reversed.
            walls(&mut mesh, shape, vertex, steps, true);
            if !full {
                for triangle in cap(shape)? {
                    let [a, b, c] = triangle.map(|i| vertex(0, i));
                    mesh.triangles.push([a, b, c]);
                    let [a, b, c] = triangle.map(|i| vertex(steps, i));
                    mesh.triangles.push([a, c, b]);
                }
            }
        }
        mesh.triangles
            .retain(|&[a, b, c]| a != b && b != c && c != a);
        Ok(mesh)
    }
}

/// The side walls between layers `0..=layers` of a shape's contours; `vertex(k, i)` is point `i`
/// (counted through all contours) of layer `k`.
fn walls(
    mesh: &mut Mesh,
    shape: &Shape,
    vertex: impl Fn(u32, u32) -> u32,
    layers: u32,
    reverse: bool,
) {
    let mut start = 0u32;
    for contour in shape {
        let count = contour.len() as u32;
        for k in 0..layers {
            for i in 0..count {
                let (p, q) = (start + i, start + (i + 1) % count);
                let (a, b, c, d) = (
                    vertex(k, p),
                    vertex(k, q),
                    vertex(k + 1, q),
                    vertex(k + 1, p),
                );
                if reverse {
                    mesh.triangles.push([a, c, b]);
                    mesh.triangles.push([a, d, c]);
                } else {
                    mesh.triangles.push([a, b, c]);
                    mesh.triangles.push([a, c, d]);
                }
            }
        }
        start += count;
    }
}

/// The shape's face as triangles (counter-clockwise, facing +Z) over its own points, counted
/// through all contours.
fn cap(shape: &Shape) -> Result<Vec<[u32; 3]>> {
    let raw = shape.unchecked_triangulate_as::<i64>();
    let lookup: HashMap<_, u32> = shape
        .iter()
        .flatten()
        .enumerate()
        .map(|(index, point)| (raw.adapter.float_to_int(point), index as u32))
        .collect();
    let triangulation = raw.raw.to_triangulation::<u32>();
    let map: Option<Vec<u32>> = triangulation
        .points
        .iter()
        .map(|point| lookup.get(point).copied())
        .collect();
    let map = map.ok_or_else(|| GeometryError::InvalidPolygon {
        reason: "its face could not be triangulated over its own points".into(),
    })?;
    Ok(triangulation
        .indices
        .as_chunks::<3>()
        .0
        .iter()
        .map(|t| t.map(|index| map[index as usize]))
        .collect())
}

fn signed_area(contour: &[Point]) -> f64 {
    let n = contour.len();
    (0..n)
        .map(|i| {
            let ([x1, y1], [x2, y2]) = (contour[i], contour[(i + 1) % n]);
            x1 * y2 - x2 * y1
        })
        .sum::<f64>()
        / 2.0
}

/// The first pair of edges (by their first point) that cross or overlap, if any; edges sharing a
/// point are neighbours and may touch there.
fn crossing_edges(points: &[DVec2]) -> Option<(usize, usize)> {
    let n = points.len();
    let edge = |i: usize| (points[i], points[(i + 1) % n]);
    let orient = |a: DVec2, b: DVec2, c: DVec2| (b - a).perp_dot(c - a);
    // Sorted by their lowest x, so each edge is only compared with edges that reach it.
    let mut order: Vec<usize> = (0..n).collect();
    let low = |i: usize| edge(i).0.x.min(edge(i).1.x);
    order.sort_by(|&a, &b| low(a).total_cmp(&low(b)));
    for (position, &i) in order.iter().enumerate() {
        let (a, b) = edge(i);
        let high = a.x.max(b.x);
        for &j in &order[position + 1..] {
            if low(j) > high {
                break;
            }
            if (i + 1) % n == j || (j + 1) % n == i {
                continue;
            }
            let (c, d) = edge(j);
            let (o1, o2) = (orient(a, b, c), orient(a, b, d));
            let (o3, o4) = (orient(c, d, a), orient(c, d, b));
            let crosses = o1 * o2 <= 0.0 && o3 * o4 <= 0.0;
            let disjoint_collinear = o1 == 0.0
                && o2 == 0.0
                && (a.max(b).cmplt(c.min(d)).any() || c.max(d).cmplt(a.min(b)).any());
            if crosses && !disjoint_collinear {
                return Some((i.min(j), i.max(j)));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::f64::consts::PI;

    use super::*;

    #[test]
    fn shapes_have_their_areas_and_booleans_combine_them() {
        let square = Sketch::rectangle(DVec2::splat(10.0), false).unwrap();
        assert!((square.area() - 100.0).abs() < 1e-9);
        let hole = Sketch::rectangle(DVec2::splat(4.0), false)
            .unwrap()
            .transformed(DVec2::splat(3.0), 0.0, DVec2::ONE)
            .unwrap();
        let frame = square.difference([hole.clone()]);
        assert!((frame.area() - 84.0).abs() < 1e-9);
        assert!((Sketch::intersection([square.clone(), hole]).area() - 16.0).abs() < 1e-9);
        let disc = Sketch::circle(1.0, 256).unwrap();
        assert!((disc.area() - PI).abs() < 1e-3);
    }

    #[test]
    fn offsets_grow_and_shrink() {
        let square = Sketch::rectangle(DVec2::splat(10.0), false).unwrap();
        let sharp = square.offset(1.0, false).unwrap();
        assert!((sharp.area() - 144.0).abs() < 1e-6);
        let round = square.offset(1.0, true).unwrap();
        assert!(round.area() < 144.0 && round.area() > 140.0 + PI - 1.0);
        assert!((square.offset(-1.0, false).unwrap().area() - 64.0).abs() < 1e-6);
        assert!(square.offset(-6.0, true).unwrap().is_empty());
    }

    #[test]
    fn a_crossing_polygon_is_refused_and_either_direction_is_accepted() {
        let bow_tie = [
            DVec2::ZERO,
            DVec2::new(1.0, 1.0),
            DVec2::new(1.0, 0.0),
            DVec2::new(0.0, 1.0),
        ];
        let error = Sketch::polygon(&bow_tie).unwrap_err();
        assert_eq!(error.code(), "invalid_polygon");
        assert!(error.to_string().contains("cross"), "{error}");
        let clockwise = [DVec2::ZERO, DVec2::Y, DVec2::ONE, DVec2::X];
        assert!((Sketch::polygon(&clockwise).unwrap().area() - 1.0).abs() < 1e-12);
        assert!(Sketch::polygon(&clockwise[..2]).is_err());
        assert!(Sketch::polygon(&[DVec2::ZERO, DVec2::X, DVec2::new(f64::NAN, 1.0)]).is_err());
    }

    #[test]
    fn an_extruded_frame_is_closed_with_its_hole_through_it() {
        let frame = Sketch::rectangle(DVec2::splat(10.0), true)
            .unwrap()
            .difference([Sketch::circle(3.0, 64).unwrap()]);
        let mesh = frame.extrude(5.0, 0.0, DVec2::ONE, 1).unwrap();
        assert!(mesh.is_watertight());
        assert!((mesh.volume() - 5.0 * frame.area()).abs() < 1e-9);
        assert_eq!(mesh.genus(), Some(1));
    }

    #[test]
    fn a_twisted_and_tapered_extrusion_stays_closed() {
        let star = Sketch::regular_polygon(5, 10.0).unwrap();
        let mesh = star.extrude(20.0, 90.0, DVec2::splat(0.5), 24).unwrap();
        assert!(mesh.is_watertight());
        assert!(mesh.volume() > 0.0);
        let bounds = mesh.bounds().unwrap();
        assert!((bounds.max.z - 20.0).abs() < 1e-12);
    }

    #[test]
    fn revolving_makes_cylinders_rings_and_wedges() {
        // A rectangle touching the axis: a cylinder of radius 2 and height 3.
        let profile = Sketch::rectangle(DVec2::new(2.0, 3.0), false).unwrap();
        let cylinder = profile.revolve(360.0, 128).unwrap();
        assert!(cylinder.is_watertight());
        assert!((cylinder.volume() - PI * 4.0 * 3.0).abs() < 0.02);
        // Away from the axis: a ring (genus 1).
        let ring = Sketch::circle(1.0, 32)
            .unwrap()
            .transformed(DVec2::new(4.0, 0.0), 0.0, DVec2::ONE)
            .unwrap()
            .revolve(360.0, 64)
            .unwrap();
        assert!(ring.is_watertight());
        assert_eq!(ring.genus(), Some(1));
        // A quarter turn, with end caps.
        let wedge = profile.revolve(90.0, 32).unwrap();
        assert!(wedge.is_watertight());
        assert!((wedge.volume() - PI * 4.0 * 3.0 / 4.0).abs() < 0.01);
        assert!(Sketch::circle(1.0, 16).unwrap().revolve(360.0, 16).is_err());
        assert!(profile.revolve(0.0, 16).is_err());
    }
}

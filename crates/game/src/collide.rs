//! Colliders: boxes aligned with the axes, or spheres, and whether two of them meet.

use glam::{EulerRot, Mat3, Vec3};
use serde::{Deserialize, Serialize};

/// How an entity meets others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collider {
    /// The box around its model (turned, scaled and moved), aligned with the axes.
    #[default]
    Box,
    /// The ball around its model's centre, as wide as the model's widest half.
    Sphere,
    /// It meets nothing (scenery, texts on signs).
    None,
}

/// A box aligned with the axes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aabb {
    pub min: Vec3,
    pub max: Vec3,
}

impl Aabb {
    /// The box of a model `(min, max)` after scaling, turning (degrees about X, Y, Z) and moving:
    /// the smallest box aligned with the axes that holds the turned one.
    pub fn placed(model: Aabb, position: Vec3, rotation_degrees: Vec3, scale: Vec3) -> Aabb {
        let min = model.min * scale;
        let max = model.max * scale;
        let (min, max) = (min.min(max), min.max(max));
        if rotation_degrees == Vec3::ZERO {
            return Aabb {
                min: min + position,
                max: max + position,
            };
        }
        let turn = rotation(rotation_degrees);
        // The turned box's extent along each axis is the sum of the absolute columns (Arvo).
        let centre = turn * ((min + max) * 0.5);
        let half = (max - min) * 0.5;
        let abs = Mat3::from_cols(turn.x_axis.abs(), turn.y_axis.abs(), turn.z_axis.abs());
        let reach = abs * half;
        Aabb {
            min: position + centre - reach,
            max: position + centre + reach,
        }
    }

    pub fn centre(self) -> Vec3 {
        (self.min + self.max) * 0.5
    }

    pub fn overlaps(self, other: Aabb) -> bool {
        self.min.cmple(other.max).all() && other.min.cmple(self.max).all()
    }

    /// The squared distance from `point` to the box (0 inside).
    fn distance_squared(self, point: Vec3) -> f32 {
        (point.clamp(self.min, self.max) - point).length_squared()
    }
}

/// The turn of Euler angles in degrees, applied about X, then Y, then Z.
pub(crate) fn rotation(degrees: Vec3) -> Mat3 {
    Mat3::from_euler(
        EulerRot::ZYX,
        degrees.z.to_radians(),
        degrees.y.to_radians(),
        degrees.x.to_radians(),
    )
}

/// A placed collider.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Shape {
    Box(Aabb),
    Sphere { centre: Vec3, radius: f32 },
}

impl Shape {
    pub(crate) fn of(collider: Collider, placed: Aabb) -> Option<Shape> {
        match collider {
            Collider::None => None,
            Collider::Box => Some(Shape::Box(placed)),
            Collider::Sphere => Some(Shape::Sphere {
                centre: placed.centre(),
                radius: ((placed.max - placed.min) * 0.5).max_element(),
            }),
        }
    }

    /// The box around the shape, for sorting into the grid.
    pub(crate) fn bounds(self) -> Aabb {
        match self {
            Shape::Box(aabb) => aabb,
            Shape::Sphere { centre, radius } => Aabb {
                min: centre - Vec3::splat(radius),
                max: centre + Vec3::splat(radius),
            },
        }
    }

    /// Whether the two meet; touching counts.
    pub(crate) fn meets(self, other: Shape) -> bool {
        match (self, other) {
            (Shape::Box(a), Shape::Box(b)) => a.overlaps(b),
            (Shape::Sphere { centre, radius }, Shape::Box(aabb))
            | (Shape::Box(aabb), Shape::Sphere { centre, radius }) => {
                aabb.distance_squared(centre) <= radius * radius
            }
            (
                Shape::Sphere {
                    centre: a,
                    radius: ra,
                },
                Shape::Sphere {
                    centre: b,
                    radius: rb,
                },
            ) => a.distance_squared(b) <= (ra + rb) * (ra + rb),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: Aabb = Aabb {
        min: Vec3::splat(-0.5),
        max: Vec3::splat(0.5),
    };

    #[test]
    fn a_placed_box_is_scaled_then_moved() {
        let placed = Aabb::placed(
            UNIT,
            Vec3::new(10.0, 0.0, 0.0),
            Vec3::ZERO,
            Vec3::splat(2.0),
        );
        assert_eq!(placed.min, Vec3::new(9.0, -1.0, -1.0));
        assert_eq!(placed.max, Vec3::new(11.0, 1.0, 1.0));
    }

    #[test]
    fn a_negative_scale_mirrors_without_turning_the_box_inside_out() {
        let placed = Aabb::placed(UNIT, Vec3::ZERO, Vec3::ZERO, Vec3::new(-2.0, 1.0, 1.0));
        assert_eq!(placed.min.x, -1.0);
        assert_eq!(placed.max.x, 1.0);
    }

    #[test]
    fn a_turned_box_grows_to_hold_its_corners() {
        let long = Aabb {
            min: Vec3::new(-2.0, -0.5, -0.5),
            max: Vec3::new(2.0, 0.5, 0.5),
        };
        let turned = Aabb::placed(long, Vec3::ZERO, Vec3::new(0.0, 90.0, 0.0), Vec3::ONE);
        assert!((turned.max.z - 2.0).abs() < 1e-5, "{turned:?}");
        assert!((turned.max.x - 0.5).abs() < 1e-5, "{turned:?}");
        let diagonal = Aabb::placed(UNIT, Vec3::ZERO, Vec3::new(0.0, 45.0, 0.0), Vec3::ONE);
        assert!(
            (diagonal.max.x - 0.5 * 2f32.sqrt()).abs() < 1e-5,
            "{diagonal:?}"
        );
        assert!((diagonal.max.y - 0.5).abs() < 1e-5, "{diagonal:?}");
    }

    #[test]
    fn shapes_meet_when_they_touch_and_not_when_apart() {
        let a = Shape::Box(UNIT);
        let touching = Shape::Box(Aabb::placed(UNIT, Vec3::X, Vec3::ZERO, Vec3::ONE));
        let apart = Shape::Box(Aabb::placed(UNIT, Vec3::X * 1.01, Vec3::ZERO, Vec3::ONE));
        assert!(a.meets(touching));
        assert!(!a.meets(apart));

        let ball = |x: f32| Shape::Sphere {
            centre: Vec3::new(x, 0.0, 0.0),
            radius: 0.5,
        };
        assert!(ball(0.0).meets(ball(1.0)));
        assert!(!ball(0.0).meets(ball(1.01)));
        // A ball near a box's corner: inside the box's bounds on each axis, but not touching.
        let corner = Shape::Sphere {
            centre: Vec3::splat(0.5 + 0.4),
            radius: 0.5,
        };
        assert!(!a.meets(corner));
        assert!(a.meets(ball(0.99)));
        assert!(corner.bounds().overlaps(UNIT));
    }
}

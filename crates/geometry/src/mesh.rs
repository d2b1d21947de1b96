//! A triangle mesh, and what can be measured on it: volume, surface area, bounds, counts,
//! watertightness and genus. Units are millimetres; Z is up.

use std::collections::HashMap;

use glam::{DMat4, DVec3};

/// Triangles over shared vertices, counter-clockwise seen from outside.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mesh {
    pub vertices: Vec<DVec3>,
    pub triangles: Vec<[u32; 3]>,
}

/// An axis-aligned box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: DVec3,
    pub max: DVec3,
}

impl Bounds {
    pub fn size(&self) -> DVec3 {
        self.max - self.min
    }

    pub fn center(&self) -> DVec3 {
        (self.min + self.max) / 2.0
    }

    /// True when the two boxes share any point (touching counts).
    pub fn overlaps(&self, other: &Bounds) -> bool {
        self.min.cmple(other.max).all() && other.min.cmple(self.max).all()
    }

    pub fn union(&self, other: &Bounds) -> Bounds {
        Bounds {
            min: self.min.min(other.min),
            max: self.max.max(other.max),
        }
    }
}

impl Mesh {
    pub fn is_empty(&self) -> bool {
        self.triangles.is_empty()
    }

    pub fn vertex_count(&self) -> usize {
        self.vertices.len()
    }

    pub fn triangle_count(&self) -> usize {
        self.triangles.len()
    }

    fn corners(&self, triangle: &[u32; 3]) -> [DVec3; 3] {
        triangle.map(|index| self.vertices[index as usize])
    }

    /// The enclosed volume (positive for outward-facing triangles), by the divergence theorem.
    pub fn volume(&self) -> f64 {
        self.triangles
            .iter()
            .map(|triangle| {
                let [a, b, c] = self.corners(triangle);
                a.dot(b.cross(c))
            })
            .sum::<f64>()
            / 6.0
    }

    pub fn surface_area(&self) -> f64 {
        self.triangles
            .iter()
            .map(|triangle| {
                let [a, b, c] = self.corners(triangle);
                (b - a).cross(c - a).length() / 2.0
            })
            .sum()
    }

    /// The bounds of the vertices used by triangles; `None` for an empty mesh.
    pub fn bounds(&self) -> Option<Bounds> {
        let mut used = self
            .triangles
            .iter()
            .flatten()
            .map(|&index| self.vertices[index as usize]);
        let first = used.next()?;
        Some(used.fold(
            Bounds {
                min: first,
                max: first,
            },
            |bounds, point| Bounds {
                min: bounds.min.min(point),
                max: bounds.max.max(point),
            },
        ))
    }

    /// True when the mesh is a closed, consistently oriented surface: every edge is used exactly
    /// twice, once in each direction, no triangle is degenerate in its indices, and every
    /// coordinate is finite. An empty mesh is watertight (it encloses nothing).
    pub fn is_watertight(&self) -> bool {
        if self.vertices.iter().any(|vertex| !vertex.is_finite()) {
            return false;
        }
        let mut edges: HashMap<(u32, u32), u32> = HashMap::with_capacity(self.triangles.len() * 3);
        for &[a, b, c] in &self.triangles {
            if a == b
                || b == c
                || c == a
                || [a, b, c].iter().any(|&i| i as usize >= self.vertices.len())
            {
                return false;
            }
            for edge in [(a, b), (b, c), (c, a)] {
                *edges.entry(edge).or_default() += 1;
            }
        }
        edges
            .iter()
            .all(|(&(a, b), &count)| count == 1 && edges.get(&(b, a)) == Some(&1))
    }

    /// The number of handles (0 for a ball, 1 for a ring), summed over the separate parts; `None`
    /// unless the mesh is watertight.
    pub fn genus(&self) -> Option<i64> {
        if !self.is_watertight() {
            return None;
        }
        let components = self.components() as i64;
        let used: std::collections::HashSet<u32> =
            self.triangles.iter().flatten().copied().collect();
        let faces = self.triangles.len() as i64;
        let edges = faces * 3 / 2;
        let euler = used.len() as i64 - edges + faces;
        // Each closed part has Euler characteristic 2 - 2g.
        Some(components - euler / 2)
    }

    /// How many separate connected parts the triangles form.
    pub fn components(&self) -> usize {
        let mut parent: Vec<u32> = (0..self.vertices.len() as u32).collect();
        fn root(parent: &mut [u32], mut index: u32) -> u32 {
            while parent[index as usize] != index {
                parent[index as usize] = parent[parent[index as usize] as usize];
                index = parent[index as usize];
            }
            index
        }
        for &[a, b, c] in &self.triangles {
            for (x, y) in [(a, b), (b, c)] {
                let (x, y) = (root(&mut parent, x), root(&mut parent, y));
                if x != y {
                    parent[x as usize] = y;
                }
            }
        }
        let mut roots: Vec<u32> = self
            .triangles
            .iter()
            .map(|triangle| root(&mut parent, triangle[0]))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        roots.len()
    }

    /// The mesh moved by `matrix`; a mirroring matrix also flips the triangles, so they still
    /// face outwards.
    pub fn transformed(&self, matrix: &DMat4) -> Mesh {
        let flip = matrix.determinant() < 0.0;
        Mesh {
            vertices: self
                .vertices
                .iter()
                .map(|&vertex| matrix.transform_point3(vertex))
                .collect(),
            triangles: if flip {
                self.triangles.iter().map(|&[a, b, c]| [a, c, b]).collect()
            } else {
                self.triangles.clone()
            },
        }
    }

    /// Both meshes as one (for parts that do not touch).
    pub fn merged(mut self, other: &Mesh) -> Mesh {
        let offset = self.vertices.len() as u32;
        self.vertices.extend_from_slice(&other.vertices);
        self.triangles.extend(
            other
                .triangles
                .iter()
                .map(|triangle| triangle.map(|index| index + offset)),
        );
        self
    }

    /// The same triangles, each with the other winding.
    pub fn flipped(mut self) -> Mesh {
        for triangle in &mut self.triangles {
            triangle.swap(1, 2);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit tetrahedron, outward-facing.
    fn tetrahedron() -> Mesh {
        Mesh {
            vertices: vec![DVec3::ZERO, DVec3::X, DVec3::Y, DVec3::Z],
            triangles: vec![[0, 2, 1], [0, 1, 3], [0, 3, 2], [1, 2, 3]],
        }
    }

    #[test]
    fn a_tetrahedron_measures_right() {
        let mesh = tetrahedron();
        assert!((mesh.volume() - 1.0 / 6.0).abs() < 1e-12);
        assert!(mesh.is_watertight());
        assert_eq!(mesh.genus(), Some(0));
        assert_eq!(mesh.components(), 1);
        let bounds = mesh.bounds().unwrap();
        assert_eq!(bounds.min, DVec3::ZERO);
        assert_eq!(bounds.max, DVec3::ONE);
        let area = 1.5 + 3f64.sqrt() / 2.0;
        assert!((mesh.surface_area() - area).abs() < 1e-12);
    }

    #[test]
    fn a_missing_or_flipped_triangle_is_not_watertight() {
        let mut open = tetrahedron();
        open.triangles.pop();
        assert!(!open.is_watertight());
        assert_eq!(open.genus(), None);
        let mut flipped = tetrahedron();
        flipped.triangles[0].swap(1, 2);
        assert!(!flipped.is_watertight());
    }

    #[test]
    fn mirroring_keeps_the_triangles_facing_out() {
        let mirror = DMat4::from_scale(DVec3::new(-1.0, 1.0, 1.0));
        let mesh = tetrahedron().transformed(&mirror);
        assert!((mesh.volume() - 1.0 / 6.0).abs() < 1e-12);
        assert!(mesh.is_watertight());
    }
}

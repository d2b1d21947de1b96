//! Solids as a deferred CSG tree: transforms and booleans are recorded, and the mesh is computed
//! when asked for, once. Unions of many solids are reduced as a balanced tree of pairs, and parts
//! whose bounds do not meet are joined without a boolean at all, so a chain of 100 unions costs
//! about log₂ 100 rounds of small booleans rather than 100 rebuilds of an ever larger mesh.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use boolmesh::prelude::{Manifold, OpType, compute_boolean};
use glam::{DMat4, DVec3};

use crate::boolean_cache::{self, Key, KeyBuilder};
use crate::error::{GeometryError, Result, finite};
use crate::mesh::{Bounds, Mesh};

/// How big a model may get before it is refused, and how long building it may take: the browser
/// must stay responsive, and a native run (a content check in CI) must end.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_triangles: usize,
    /// When building must have ended: checked before each part is built and each boolean, so a
    /// model of many slow booleans stops with [`GeometryError::TimeLimit`] soon after it (one
    /// boolean is not cut short). `None` in the browser, where there is no clock to read from a
    /// worker's wasm (`Instant::now` panics there) and the page stops an overdue worker instead.
    pub deadline: Option<Instant>,
    /// Asked as often as the deadline: true when the caller's memory budget is spent, which
    /// stops the building with [`GeometryError::MemoryLimit`] (the kernel cannot count memory
    /// itself).
    pub over_memory: Option<fn() -> bool>,
}

impl Limits {
    /// Two million triangles, no deadline, no memory check.
    pub const DEFAULT: Limits = Limits::triangles(2_000_000);

    pub const fn triangles(max_triangles: usize) -> Limits {
        Limits {
            max_triangles,
            deadline: None,
            over_memory: None,
        }
    }

    /// [`GeometryError::TooManyTriangles`] when `count` is over the limit.
    pub fn check_triangles(&self, count: usize) -> Result<()> {
        if count > self.max_triangles {
            return Err(GeometryError::TooManyTriangles {
                count,
                limit: self.max_triangles,
            });
        }
        Ok(())
    }

    /// An error once the deadline has passed or the memory budget is spent.
    #[cfg_attr(
        target_arch = "wasm32",
        expect(
            clippy::disallowed_methods,
            reason = "the deadline is set natively only; in the browser it is None"
        )
    )]
    fn check_budget(&self) -> Result<()> {
        if let Some(deadline) = self.deadline
            && Instant::now() >= deadline
        {
            return Err(GeometryError::TimeLimit);
        }
        if self.over_memory.is_some_and(|over| over()) {
            return Err(GeometryError::MemoryLimit);
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}

/// A solid: cheap to clone and to combine; [`Solid::mesh`] computes it.
#[derive(Debug, Clone)]
pub struct Solid(Arc<Node>);

struct Node {
    kind: Kind,
    /// The computed mesh, once asked for.
    mesh: OnceLock<Result<Arc<Mesh>>>,
    /// The solid in boolmesh's form (`None` when empty), once a boolean needed it: kept, so that
    /// booleans chain without converting back and forth, and a solid used twice is built once.
    manifold: OnceLock<Result<Option<Arc<Manifold>>>>,
    /// A hash of everything the solid is made of, once asked for: booleans' results are kept
    /// across solids by it ([`crate::boolean_cache`]).
    key: OnceLock<Key>,
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Node")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

#[derive(Debug)]
enum Kind {
    Mesh(Arc<Mesh>),
    Transform(DMat4, Solid),
    Union(Vec<Solid>),
    Difference(Solid, Vec<Solid>),
    Intersection(Vec<Solid>),
}

impl Solid {
    fn new(kind: Kind) -> Solid {
        Solid(Arc::new(Node {
            kind,
            mesh: OnceLock::new(),
            manifold: OnceLock::new(),
            key: OnceLock::new(),
        }))
    }

    /// The solid with nothing in it (what `a - a` gives).
    pub fn empty() -> Solid {
        Solid::new(Kind::Mesh(Arc::new(Mesh::default())))
    }

    /// A solid from a closed mesh (the primitives make only closed ones).
    pub fn from_mesh(mesh: Mesh) -> Result<Solid> {
        if !mesh.is_watertight() {
            return Err(GeometryError::InvalidPolyhedron {
                reason: "the mesh is not closed".into(),
            });
        }
        Ok(Solid::new(Kind::Mesh(Arc::new(mesh))))
    }

    /// Everything that is in any of `solids`.
    pub fn union(solids: impl IntoIterator<Item = Solid>) -> Solid {
        Solid::flat(solids, Kind::Union, |solid| match &solid.0.kind {
            Kind::Mesh(mesh) if mesh.is_empty() => Some(&[]),
            // Unions of unions are one union, so the whole set is balanced at once.
            Kind::Union(inner) if solid.0.mesh.get().is_none() => Some(inner),
            _ => None,
        })
    }

    /// This solid with everything in `others` cut away.
    pub fn difference(&self, others: impl IntoIterator<Item = Solid>) -> Solid {
        let mut others: Vec<Solid> = others.into_iter().collect();
        if others.is_empty() {
            return self.clone();
        }
        // (a − x) − y is a − (x ∪ y): a chain of cuts made in a loop becomes one difference, whose
        // cuts are joined as a balanced tree, instead of a tree as deep as the loop was long.
        if let Kind::Difference(base, cuts) = &self.0.kind
            && self.0.mesh.get().is_none()
            && self.0.manifold.get().is_none()
        {
            let mut all = cuts.clone();
            all.append(&mut others);
            return Solid::new(Kind::Difference(base.clone(), all));
        }
        Solid::new(Kind::Difference(self.clone(), others))
    }

    /// What all of `solids` have in common.
    pub fn intersection(solids: impl IntoIterator<Item = Solid>) -> Solid {
        Solid::flat(solids, Kind::Intersection, |solid| match &solid.0.kind {
            // As with unions: one flat intersection, however it was written.
            Kind::Intersection(inner)
                if solid.0.mesh.get().is_none() && solid.0.manifold.get().is_none() =>
            {
                Some(inner)
            }
            _ => None,
        })
    }

    /// A union or an intersection (`operation`) of `solids`, flat: a solid for which `operands`
    /// gives a list stands for the solids in it instead (those of a nested operation of the same
    /// kind, or none at all). Of one solid, that solid; of none, the empty solid.
    fn flat(
        solids: impl IntoIterator<Item = Solid>,
        operation: fn(Vec<Solid>) -> Kind,
        operands: fn(&Solid) -> Option<&[Solid]>,
    ) -> Solid {
        let mut parts = Vec::new();
        for solid in solids {
            match operands(&solid) {
                Some(inner) => parts.extend(inner.iter().cloned()),
                None => parts.push(solid),
            }
        }
        match parts.len() {
            0 => Solid::empty(),
            1 => parts.pop().unwrap_or_else(Solid::empty),
            _ => Solid::new(operation(parts)),
        }
    }

    /// This solid moved by a general (affine) matrix. A matrix that flattens the solid is refused.
    pub fn transform(&self, matrix: DMat4) -> Result<Solid> {
        if !matrix.is_finite() {
            return Err(GeometryError::NotFinite {
                what: "the transform matrix",
                value: f64::NAN,
            });
        }
        let determinant = matrix.determinant();
        if determinant.abs() < 1e-12 {
            return Err(GeometryError::NotPositive {
                what: "the transform's scale (its determinant)",
                value: determinant,
            });
        }
        // Consecutive transforms become one.
        if let Kind::Transform(inner, solid) = &self.0.kind {
            return Ok(Solid::new(Kind::Transform(matrix * *inner, solid.clone())));
        }
        Ok(Solid::new(Kind::Transform(matrix, self.clone())))
    }

    pub fn translate(&self, offset: DVec3) -> Result<Solid> {
        check_vector("the translation", offset)?;
        self.transform(DMat4::from_translation(offset))
    }

    /// Rotation by angles in degrees about X, then Y, then Z (as OpenSCAD's `rotate([x, y, z])`).
    pub fn rotate(&self, degrees: DVec3) -> Result<Solid> {
        check_vector("the rotation", degrees)?;
        let radians = degrees * (std::f64::consts::PI / 180.0);
        self.transform(
            DMat4::from_rotation_z(radians.z)
                * DMat4::from_rotation_y(radians.y)
                * DMat4::from_rotation_x(radians.x),
        )
    }

    pub fn scale(&self, factors: DVec3) -> Result<Solid> {
        check_vector("the scale", factors)?;
        for factor in factors.to_array() {
            if factor == 0.0 {
                return Err(GeometryError::NotPositive {
                    what: "a scale factor",
                    value: 0.0,
                });
            }
        }
        self.transform(DMat4::from_scale(factors))
    }

    /// The mirror image in the plane through the origin with this normal.
    pub fn mirror(&self, normal: DVec3) -> Result<Solid> {
        check_vector("the mirror's normal", normal)?;
        let length = normal.length();
        if length == 0.0 {
            return Err(GeometryError::NotPositive {
                what: "the length of the mirror's normal",
                value: 0.0,
            });
        }
        let n = normal / length;
        let reflect = |axis: DVec3| axis - 2.0 * axis.dot(n) * n;
        self.transform(DMat4::from_cols(
            reflect(DVec3::X).extend(0.0),
            reflect(DVec3::Y).extend(0.0),
            reflect(DVec3::Z).extend(0.0),
            glam::DVec4::W,
        ))
    }

    /// The solid as a closed mesh, computed on first use and kept.
    pub fn mesh(&self) -> Result<Arc<Mesh>> {
        self.mesh_within(&Limits::default())
    }

    /// As [`Solid::mesh`], refusing results over `limits`.
    pub fn mesh_within(&self, limits: &Limits) -> Result<Arc<Mesh>> {
        self.0
            .mesh
            .get_or_init(|| self.evaluate(limits).map(Arc::new))
            .clone()
    }

    fn evaluate(&self, limits: &Limits) -> Result<Mesh> {
        limits.check_budget()?;
        let mesh = match &self.0.kind {
            Kind::Mesh(mesh) => Mesh::clone(mesh),
            Kind::Transform(matrix, solid) => solid.mesh_within(limits)?.transformed(matrix),
            _ => match self.manifold(limits)? {
                Some(manifold) => from_manifold(&manifold),
                None => Mesh::default(),
            },
        };
        limits.check_triangles(mesh.triangle_count())?;
        Ok(mesh)
    }

    /// The solid in boolmesh's form, `None` when empty; computed once.
    fn manifold(&self, limits: &Limits) -> Result<Option<Arc<Manifold>>> {
        self.0
            .manifold
            .get_or_init(|| self.evaluate_manifold(limits))
            .clone()
    }

    /// What the solid is made of, as a hash: its meshes' numbers, its transforms and its
    /// booleans' operands, in order.
    fn key(&self) -> Key {
        *self.0.key.get_or_init(|| {
            let mut key = KeyBuilder::new(match &self.0.kind {
                Kind::Mesh(_) => 0,
                Kind::Transform(..) => 1,
                Kind::Union(_) => 2,
                Kind::Difference(..) => 3,
                Kind::Intersection(_) => 4,
            });
            match &self.0.kind {
                Kind::Mesh(mesh) => {
                    key.add_f64s(mesh.vertices.iter().flat_map(|vertex| vertex.to_array()));
                    key.add(&mesh.triangles);
                }
                Kind::Transform(matrix, solid) => {
                    key.add_f64s(matrix.to_cols_array());
                    key.add(&solid.key());
                }
                Kind::Union(parts) | Kind::Intersection(parts) => {
                    key.add(&parts.iter().map(Solid::key).collect::<Vec<_>>());
                }
                Kind::Difference(base, cut) => {
                    key.add(&base.key());
                    key.add(&cut.iter().map(Solid::key).collect::<Vec<_>>());
                }
            }
            key.finish()
        })
    }

    fn evaluate_manifold(&self, limits: &Limits) -> Result<Option<Arc<Manifold>>> {
        limits.check_budget()?;
        // A boolean made the same way before (the last run's, before a slider moved) is kept.
        let is_boolean = !matches!(&self.0.kind, Kind::Mesh(_) | Kind::Transform(..));
        let key = is_boolean.then(|| self.key());
        if let Some(kept) = key.and_then(boolean_cache::get) {
            if let Some(manifold) = &kept {
                limits.check_triangles(manifold.nf)?;
            }
            return Ok(kept);
        }
        let manifold = match &self.0.kind {
            Kind::Mesh(_) | Kind::Transform(..) => {
                let mesh = self.mesh_within(limits)?;
                if mesh.is_empty() {
                    return Ok(None);
                }
                Some(Arc::new(to_manifold(&mesh)?))
            }
            Kind::Union(parts) => union_all(manifolds(parts, limits)?, limits)?,
            Kind::Difference(base, cut) => match base.manifold(limits)? {
                None => None,
                Some(base) => {
                    let cut = union_all(manifolds(cut, limits)?, limits)?;
                    boolean(Some(base), cut, Operation::Difference, limits)?
                }
            },
            Kind::Intersection(parts) => {
                let mut parts = manifolds(parts, limits)?.into_iter();
                let first = parts.next().flatten();
                parts.try_fold(first, |common, next| {
                    boolean(common, next, Operation::Intersection, limits)
                })?
            }
        };
        if let Some(manifold) = &manifold {
            limits.check_triangles(manifold.nf)?;
        }
        if let Some(key) = key {
            boolean_cache::put(key, &manifold);
        }
        Ok(manifold)
    }
}

fn check_vector(what: &'static str, vector: DVec3) -> Result<()> {
    for value in vector.to_array() {
        finite(what, value)?;
    }
    Ok(())
}

fn manifolds(solids: &[Solid], limits: &Limits) -> Result<Vec<Option<Arc<Manifold>>>> {
    solids.iter().map(|solid| solid.manifold(limits)).collect()
}

fn bounds_of(manifold: &Manifold) -> Bounds {
    Bounds {
        min: manifold.bb.min,
        max: manifold.bb.max,
    }
}

/// The union of many solids. Parts are first grouped by whether their bounds meet (directly or
/// through others); each group is joined as a balanced tree of pairs, sorted along its longest
/// axis so neighbours pair up; groups that meet nothing are then put together without a boolean.
fn union_all(parts: Vec<Option<Arc<Manifold>>>, limits: &Limits) -> Result<Option<Arc<Manifold>>> {
    let parts: Vec<Arc<Manifold>> = parts.into_iter().flatten().collect();
    let groups = overlapping_groups(&parts);
    let mut joined = Vec::with_capacity(groups.len());
    for group in groups {
        let mut members: Vec<Arc<Manifold>> = group.into_iter().map(|i| parts[i].clone()).collect();
        let all = members
            .iter()
            .map(|member| bounds_of(member))
            .reduce(|a, b| a.union(&b));
        if let Some(all) = all {
            let axis = all.size().max_position();
            members.sort_by(|a, b| {
                bounds_of(a).center()[axis].total_cmp(&bounds_of(b).center()[axis])
            });
        }
        let mut round: Vec<Option<Arc<Manifold>>> = members.into_iter().map(Some).collect();
        while round.len() > 1 {
            let mut next = Vec::with_capacity(round.len().div_ceil(2));
            let mut pairs = round.into_iter();
            while let Some(a) = pairs.next() {
                next.push(match pairs.next() {
                    Some(b) => boolean(a, b, Operation::Union, limits)?,
                    None => a,
                });
            }
            round = next;
        }
        joined.extend(round.into_iter().flatten());
    }
    match joined.len() {
        0 => Ok(None),
        1 => Ok(joined.pop()),
        _ => {
            let mesh = joined
                .iter()
                .map(|part| from_manifold(part))
                .fold(Mesh::default(), |all, part| all.merged(&part));
            limits.check_triangles(mesh.triangle_count())?;
            Ok(Some(Arc::new(to_manifold(&mesh)?)))
        }
    }
}

/// Indices of `parts` grouped so that parts whose bounds meet, directly or through others, share
/// a group: a sweep along X, then union–find.
fn overlapping_groups(parts: &[Arc<Manifold>]) -> Vec<Vec<usize>> {
    let bounds: Vec<Bounds> = parts.iter().map(|part| bounds_of(part)).collect();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| bounds[a].min.x.total_cmp(&bounds[b].min.x));
    let mut parent: Vec<usize> = (0..parts.len()).collect();
    fn root(parent: &mut [usize], mut index: usize) -> usize {
        while parent[index] != index {
            parent[index] = parent[parent[index]];
            index = parent[index];
        }
        index
    }
    for (position, &a) in order.iter().enumerate() {
        for &b in &order[position + 1..] {
            if bounds[b].min.x > bounds[a].max.x {
                break;
            }
            if bounds[a].overlaps(&bounds[b]) {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[ra] = rb;
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for index in 0..parts.len() {
        let group = root(&mut parent, index);
        groups.entry(group).or_default().push(index);
    }
    groups.into_values().collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    Union,
    Difference,
    Intersection,
}

/// One boolean of two solids (`None` is empty). Empty inputs and parts whose bounds do not meet
/// are settled without `boolmesh`.
fn boolean(
    a: Option<Arc<Manifold>>,
    b: Option<Arc<Manifold>>,
    operation: Operation,
    limits: &Limits,
) -> Result<Option<Arc<Manifold>>> {
    let (a, b) = match (a, b) {
        (None, b) => {
            return Ok(if operation == Operation::Union {
                b
            } else {
                None
            });
        }
        (a, None) => {
            return Ok(if operation == Operation::Intersection {
                None
            } else {
                a
            });
        }
        (Some(a), Some(b)) => (a, b),
    };
    if !bounds_of(&a).overlaps(&bounds_of(&b)) {
        return Ok(match operation {
            Operation::Union => {
                let mesh = from_manifold(&a).merged(&from_manifold(&b));
                Some(Arc::new(to_manifold(&mesh)?))
            }
            Operation::Difference => Some(a),
            Operation::Intersection => None,
        });
    }
    limits.check_triangles(a.nf + b.nf)?;
    limits.check_budget()?;
    let a_split = split_if_crowded(a.clone(), &b)?;
    let (a, b) = (a_split, split_if_crowded(b, &a)?);
    let op = match operation {
        Operation::Union => OpType::Add,
        Operation::Difference => OpType::Subtract,
        Operation::Intersection => OpType::Intersect,
    };
    match compute_boolean(&a, &b, op) {
        Ok(result) if result.nf == 0 => Ok(None),
        Ok(result) => Ok(Some(Arc::new(result))),
        // boolmesh reports an empty result (a - a) this way; for us it is the empty solid.
        Err(reason) if reason == BOOLMESH_EMPTY => Ok(None),
        Err(reason) => Err(GeometryError::Boolean { reason }),
    }
}

/// Operands with at most this many triangles may be split by [`split_if_crowded`].
const COARSE: usize = 64;
/// How many of the other operand's triangles may cross one triangle's bounds before it is split.
const CROWDED: usize = 256;
/// At most this many rounds of splitting (each triangle into 4, so 256 from one).
const MOST_SPLITS: u32 = 4;

/// `solid`, with its triangles split in four (once or more) when it is coarse and one of its
/// triangles is crossed by many of `other`'s: a plate's face under a grid of 256 pins.
///
/// boolmesh makes each input triangle's share of the result one polygon, with a hole for each pin
/// inside it, and ear-clips it in time that grows with the square of the polygon's vertices: its
/// point queries scan every vertex (`compute_query_flat_tree`), and so does its loop assembly
/// (`assemble_halfs`). Smaller triangles hold fewer holes each. Splitting at edge midpoints keeps
/// the shape exactly (and the mesh closed); the result has a few more triangles.
fn split_if_crowded(solid: Arc<Manifold>, other: &Manifold) -> Result<Arc<Manifold>> {
    // A fine solid is left as it is; so is any solid when `other` has too few triangles to crowd
    // one of its triangles (the common case, and then nothing needs measuring).
    if solid.nf > COARSE || other.nf <= CROWDED {
        return Ok(solid);
    }
    let mesh = from_manifold(&solid);
    let others: Vec<Bounds> = other
        .hs
        .as_chunks::<3>()
        .0
        .iter()
        .map(|half| triangle_bounds(&other.ps, &half.each_ref().map(|half| half.tail as u32)))
        .collect();
    let crowd = mesh
        .triangles
        .iter()
        .map(|triangle| {
            let own = triangle_bounds(&mesh.vertices, triangle);
            others.iter().filter(|bounds| bounds.overlaps(&own)).count()
        })
        .max()
        .unwrap_or(0);
    // Each split halves a triangle's sides: about a quarter of the crossings stay with each part.
    let splits = (0..MOST_SPLITS)
        .find(|&splits| crowd >> (2 * splits) <= CROWDED)
        .unwrap_or(MOST_SPLITS);
    if splits == 0 {
        return Ok(solid);
    }
    let split = (0..splits).fold(mesh, |mesh, _| split_in_four(&mesh));
    Ok(Arc::new(to_manifold(&split)?))
}

fn triangle_bounds(vertices: &[DVec3], triangle: &[u32; 3]) -> Bounds {
    let [a, b, c] = triangle.map(|index| vertices[index as usize]);
    Bounds {
        min: a.min(b).min(c),
        max: a.max(b).max(c),
    }
}

/// Each triangle into four at its edges' midpoints (shared by the triangles on either side).
fn split_in_four(mesh: &Mesh) -> Mesh {
    let mut vertices = mesh.vertices.clone();
    let mut midpoints: std::collections::HashMap<(u32, u32), u32> = Default::default();
    let mut midpoint = |a: u32, b: u32| {
        *midpoints.entry((a.min(b), a.max(b))).or_insert_with(|| {
            vertices.push((vertices[a as usize] + vertices[b as usize]) / 2.0);
            u32::try_from(vertices.len() - 1).expect("a coarse mesh")
        })
    };
    let mut triangles = Vec::with_capacity(mesh.triangles.len() * 4);
    for &[a, b, c] in &mesh.triangles {
        let (ab, bc, ca) = (midpoint(a, b), midpoint(b, c), midpoint(c, a));
        triangles.extend([[a, ab, ca], [ab, b, bc], [ca, bc, c], [ab, bc, ca]]);
    }
    Mesh {
        vertices,
        triangles,
    }
}

/// What `boolmesh` 0.2 says when a boolean leaves nothing (its own tests treat it so).
const BOOLMESH_EMPTY: &str = "empty pos matrix";

fn to_manifold(mesh: &Mesh) -> Result<Manifold> {
    let positions: Vec<f64> = mesh.vertices.iter().flat_map(|v| v.to_array()).collect();
    let indices: Vec<usize> = mesh
        .triangles
        .iter()
        .flatten()
        .map(|&index| index as usize)
        .collect();
    Manifold::new(&positions, &indices).map_err(|reason| GeometryError::Boolean { reason })
}

fn from_manifold(manifold: &Manifold) -> Mesh {
    Mesh {
        vertices: manifold.ps.clone(),
        triangles: manifold
            .hs
            .as_chunks::<3>()
            .0
            .iter()
            .map(|half| half.each_ref().map(|half| half.tail as u32))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::primitives::{cuboid, sphere};

    fn cube(size: f64, at: DVec3) -> Solid {
        Solid::from_mesh(cuboid(DVec3::splat(size), false).unwrap())
            .unwrap()
            .translate(at)
            .unwrap()
    }

    fn volume(solid: &Solid) -> f64 {
        let mesh = solid.mesh().unwrap();
        assert!(mesh.is_watertight(), "not watertight");
        mesh.volume()
    }

    #[test]
    fn overlapping_cubes_combine_with_exact_volumes() {
        let a = cube(2.0, DVec3::ZERO);
        let b = cube(2.0, DVec3::splat(1.0));
        assert!((volume(&Solid::union([a.clone(), b.clone()])) - 15.0).abs() < 1e-9);
        assert!((volume(&a.difference([b.clone()])) - 7.0).abs() < 1e-9);
        assert!((volume(&Solid::intersection([a, b])) - 1.0).abs() < 1e-9);
    }

    fn manifold_of(mesh: &Mesh) -> Arc<Manifold> {
        Arc::new(to_manifold(mesh).unwrap())
    }

    #[test]
    fn a_coarse_solid_crossed_by_many_triangles_is_split_and_keeps_its_shape() {
        let plate = cuboid(DVec3::new(10.0, 10.0, 2.0), false).unwrap();
        let pin = crate::primitives::cylinder(4.0, 0.2, 0.2, 24, false).unwrap();
        let pins = (0..64).fold(Mesh::default(), |all, i| {
            let at = DVec3::new(
                0.6 + 1.2 * f64::from(i % 8),
                0.6 + 1.2 * f64::from(i / 8),
                -1.0,
            );
            all.merged(&pin.transformed(&DMat4::from_translation(at)))
        });
        let split = split_if_crowded(manifold_of(&plate), &manifold_of(&pins)).unwrap();
        // The 64 pins' 3,072 side triangles cross the top face's bounds: about 768 a triangle
        // after one split, 192 (within 256) after two.
        assert_eq!(split.nf, 12 * 4 * 4);
        let mesh = from_manifold(&split);
        assert!(mesh.is_watertight());
        assert!((mesh.volume() - 200.0).abs() < 1e-9);

        // One pin: left as it is.
        let one =
            manifold_of(&pin.transformed(&DMat4::from_translation(DVec3::new(5.0, 5.0, -1.0))));
        let plate = manifold_of(&plate);
        assert!(Arc::ptr_eq(
            &split_if_crowded(plate.clone(), &one).unwrap(),
            &plate
        ));
        // And a fine solid is never split, however crowded.
        let fine = manifold_of(&sphere(1.0, 32).unwrap());
        assert!(Arc::ptr_eq(
            &split_if_crowded(fine.clone(), &manifold_of(&pins)).unwrap(),
            &fine
        ));
    }

    #[test]
    fn a_minus_a_is_empty_and_a_union_a_is_a() {
        let a = cube(1.0, DVec3::ZERO);
        let empty = a.difference([a.clone()]).mesh().unwrap();
        assert!(empty.is_empty());
        assert!((volume(&Solid::union([a.clone(), a.clone()])) - 1.0).abs() < 1e-9);
        assert!(volume(&Solid::union([Solid::empty(), a])) > 0.99);
    }

    #[test]
    fn a_hundred_unions_are_one_balanced_tree() {
        let mut model = Solid::empty();
        for i in 0..100 {
            let ball = Solid::from_mesh(sphere(0.6, 12).unwrap())
                .unwrap()
                .translate(DVec3::new(f64::from(i), 0.0, 0.0))
                .unwrap();
            model = Solid::union([model, ball]);
        }
        let Kind::Union(parts) = &model.0.kind else {
            panic!("not a union");
        };
        assert_eq!(parts.len(), 100);
        let mesh = model.mesh().unwrap();
        assert!(mesh.is_watertight());
        assert_eq!(mesh.components(), 1);
    }

    #[test]
    fn transforms_check_their_input_and_mirroring_keeps_the_volume() {
        let a = cube(1.0, DVec3::ZERO);
        assert_eq!(
            a.scale(DVec3::new(1.0, 0.0, 1.0)).unwrap_err().code(),
            "not_positive"
        );
        assert_eq!(
            a.translate(DVec3::new(f64::NAN, 0.0, 0.0))
                .unwrap_err()
                .code(),
            "not_finite"
        );
        let mirrored = a.mirror(DVec3::new(1.0, 1.0, 0.0)).unwrap();
        assert!((volume(&mirrored) - 1.0).abs() < 1e-9);
        let turned = a.rotate(DVec3::new(0.0, 0.0, 90.0)).unwrap();
        let bounds = turned.mesh().unwrap().bounds().unwrap();
        assert!((bounds.min.x + 1.0).abs() < 1e-12 && bounds.max.x.abs() < 1e-12);
    }

    #[test]
    fn the_triangle_limit_is_enforced() {
        let limits = Limits::triangles(100);
        let ball = Solid::from_mesh(sphere(1.0, 64).unwrap()).unwrap();
        assert_eq!(
            ball.mesh_within(&limits).unwrap_err().code(),
            "too_many_triangles"
        );
    }

    fn overlapping_balls(count: usize) -> Solid {
        let ball = Solid::from_mesh(sphere(1.0, 16).unwrap()).unwrap();
        let moved = (0..count).map(|i| {
            ball.translate(DVec3::new(i as f64 * 0.5, 0.0, 0.0))
                .unwrap()
        });
        Solid::union(moved)
    }

    #[test]
    fn building_stops_at_the_deadline_and_when_memory_is_spent() {
        let past = Limits {
            deadline: Some(Instant::now()),
            ..Limits::default()
        };
        assert_eq!(
            overlapping_balls(8).mesh_within(&past).unwrap_err().code(),
            "time_limit"
        );
        let spent = Limits {
            over_memory: Some(|| true),
            ..Limits::default()
        };
        assert_eq!(
            overlapping_balls(8).mesh_within(&spent).unwrap_err().code(),
            "memory_limit"
        );
        let later = Limits {
            deadline: Instant::now().checked_add(std::time::Duration::from_secs(600)),
            over_memory: Some(|| false),
            ..Limits::default()
        };
        assert!(
            overlapping_balls(8)
                .mesh_within(&later)
                .unwrap()
                .is_watertight()
        );
    }

    #[test]
    fn chains_of_cuts_and_intersections_are_flat() {
        let ball = Solid::from_mesh(sphere(1.0, 16).unwrap()).unwrap();
        let mut cut = ball.clone();
        let mut common = ball.clone();
        for i in 1..200 {
            let moved = ball
                .translate(DVec3::new(0.5 + i as f64 * 0.001, 0.0, 0.0))
                .unwrap();
            cut = cut.difference([moved.clone()]);
            common = Solid::intersection([common, moved]);
        }
        assert!(matches!(&cut.0.kind, Kind::Difference(_, cuts) if cuts.len() == 199));
        assert!(matches!(&common.0.kind, Kind::Intersection(parts) if parts.len() == 200));
        assert!(cut.mesh().unwrap().is_watertight());
        assert!(common.mesh().unwrap().is_watertight());
    }
}

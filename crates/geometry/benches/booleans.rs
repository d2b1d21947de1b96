//! `cargo xtask bench geometry`: the kernel's booleans on the cases the Manifold comparison uses.
//!
//! Each case is built here as a tree of solids. Its input meshes and the tree are also written to
//! `$DARBNICA_BENCH_DIR` (when set) in the format `xtask/bench/manifold_bench.py` reads, with this
//! kernel's own result (volume, triangles, watertight), so Manifold runs on exactly the same
//! meshes and the two results can be compared. Criterion times the evaluation of the tree from
//! the input meshes (building the inputs is not timed, for either side).

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use darbnica_geometry::primitives::{cuboid, cylinder, sphere, torus};
use darbnica_geometry::{DVec3, Mesh, Solid};

/// A case: a tree over input meshes.
enum Tree {
    Mesh(usize),
    Union(Vec<Tree>),
    Difference(Box<Tree>, Vec<Tree>),
}

struct Case {
    name: &'static str,
    meshes: Vec<Mesh>,
    tree: Tree,
}

fn moved(mesh: Mesh, offset: DVec3) -> Mesh {
    mesh.transformed(&darbnica_geometry::DMat4::from_translation(offset))
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // (a) Two spheres of about 20,000 triangles each.
    let ball = sphere(1.0, 142).expect("a sphere");
    cases.push(Case {
        name: "a_sphere_union",
        meshes: vec![ball.clone(), moved(ball, DVec3::new(0.3, 0.2, 0.1))],
        tree: Tree::Union(vec![Tree::Mesh(0), Tree::Mesh(1)]),
    });

    // (b) A 10 × 10 × 2 plate minus a 16 × 16 grid of cylinders.
    let mut meshes = vec![cuboid(DVec3::new(10.0, 10.0, 2.0), false).expect("a plate")];
    let pin = cylinder(4.0, 0.2, 0.2, 24, false).expect("a cylinder");
    for i in 0..16 {
        for j in 0..16 {
            let at = DVec3::new(
                0.6 + 0.5625 * f64::from(i),
                0.6 + 0.5625 * f64::from(j),
                -1.0,
            );
            meshes.push(moved(pin.clone(), at));
        }
    }
    let cuts = (1..meshes.len()).map(Tree::Mesh).collect();
    cases.push(Case {
        name: "b_plate_minus_cylinders",
        meshes,
        tree: Tree::Difference(Box::new(Tree::Mesh(0)), cuts),
    });

    // (c) 100 small spheres, each overlapping the next, along a spiral.
    let small = sphere(0.5, 24).expect("a sphere");
    let meshes: Vec<Mesh> = (0..100)
        .map(|i| {
            let t = f64::from(i) * 0.35;
            moved(
                small.clone(),
                DVec3::new(3.0 * t.cos(), 3.0 * t.sin(), 0.1 * f64::from(i)),
            )
        })
        .collect();
    cases.push(Case {
        name: "c_hundred_sphere_unions",
        tree: Tree::Union((0..meshes.len()).map(Tree::Mesh).collect()),
        meshes,
    });

    // (d) A workshop model: a pen cup (a tube with a floor) with a ring handle, and a band of
    // round windows cut through its wall.
    let mut meshes = vec![
        cylinder(80.0, 30.0, 30.0, 96, false).expect("the cup"),
        moved(
            cylinder(80.0, 27.0, 27.0, 96, false).expect("the inside"),
            DVec3::new(0.0, 0.0, 3.0),
        ),
        moved(
            torus(18.0, 4.0, 64, 24).expect("the handle").transformed(
                &darbnica_geometry::DMat4::from_rotation_x(std::f64::consts::FRAC_PI_2),
            ),
            DVec3::new(34.0, 0.0, 45.0),
        ),
    ];
    let window = cylinder(80.0, 4.0, 4.0, 32, true)
        .expect("a window")
        .transformed(&darbnica_geometry::DMat4::from_rotation_x(
            std::f64::consts::FRAC_PI_2,
        ));
    for i in 0..12 {
        let angle = f64::from(i) * std::f64::consts::TAU / 24.0 + 0.2;
        let turned = window.transformed(&darbnica_geometry::DMat4::from_rotation_z(angle));
        meshes.push(moved(turned, DVec3::new(0.0, 0.0, 20.0)));
    }
    let windows = (3..meshes.len()).map(Tree::Mesh).collect();
    cases.push(Case {
        name: "d_pen_cup",
        tree: Tree::Difference(
            Box::new(Tree::Difference(
                Box::new(Tree::Union(vec![Tree::Mesh(0), Tree::Mesh(2)])),
                vec![Tree::Mesh(1)],
            )),
            windows,
        ),
        meshes,
    });
    cases
}

fn solid(tree: &Tree, inputs: &[Solid]) -> Solid {
    match tree {
        Tree::Mesh(index) => inputs[*index].clone(),
        Tree::Union(parts) => Solid::union(parts.iter().map(|part| solid(part, inputs))),
        Tree::Difference(base, cuts) => {
            solid(base, inputs).difference(cuts.iter().map(|cut| solid(cut, inputs)))
        }
    }
}

fn tree_json(tree: &Tree, name: &str) -> String {
    match tree {
        Tree::Mesh(index) => format!("\"{name}-{index}.mesh\""),
        Tree::Union(parts) => format!(
            "{{\"op\": \"union\", \"args\": [{}]}}",
            parts
                .iter()
                .map(|part| tree_json(part, name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Tree::Difference(base, cuts) => format!(
            "{{\"op\": \"difference\", \"args\": [{}]}}",
            std::iter::once(base.as_ref())
                .chain(cuts)
                .map(|part| tree_json(part, name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `u32 vertex count, u32 triangle count, f64 xyz per vertex, u32 × 3 per triangle`, little endian.
fn mesh_bytes(mesh: &Mesh) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(&(mesh.vertices.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&(mesh.triangles.len() as u32).to_le_bytes());
    for value in mesh.vertices.iter().flat_map(|vertex| vertex.to_array()) {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    for index in mesh.triangles.iter().flatten() {
        bytes.extend_from_slice(&index.to_le_bytes());
    }
    bytes
}

fn write_case(dir: &Path, case: &Case, result: &Mesh) {
    std::fs::create_dir_all(dir).expect("the benchmark folder");
    for (index, mesh) in case.meshes.iter().enumerate() {
        std::fs::write(
            dir.join(format!("{}-{index}.mesh", case.name)),
            mesh_bytes(mesh),
        )
        .expect("writing a mesh");
    }
    std::fs::write(
        dir.join(format!("{}.json", case.name)),
        format!(
            "{{\"tree\": {}, \"darbnica\": {{\"volume\": {:?}, \"triangles\": {}, \"watertight\": {}}}}}\n",
            tree_json(&case.tree, case.name),
            result.volume(),
            result.triangle_count(),
            result.is_watertight()
        ),
    )
    .expect("writing a case");
}

fn booleans(c: &mut Criterion) {
    let dir = std::env::var_os("DARBNICA_BENCH_DIR").map(PathBuf::from);
    let mut group = c.benchmark_group("booleans");
    group.sample_size(10);
    for case in cases() {
        let inputs: Vec<Solid> = case
            .meshes
            .iter()
            .map(|mesh| Solid::from_mesh(mesh.clone()).expect("closed input"))
            .collect();
        let result = solid(&case.tree, &inputs)
            .mesh()
            .expect("the case evaluates");
        if let Some(dir) = &dir {
            write_case(dir, &case, &result);
        }
        group.bench_function(case.name, |bench| {
            // A fresh tree each time (a solid keeps its computed mesh), and no results kept from
            // the last (`boolean_cache`): the booleans themselves are timed.
            bench.iter(|| {
                darbnica_geometry::boolean_cache::clear();
                solid(&case.tree, &inputs)
                    .mesh()
                    .expect("the case evaluates")
            });
        });
    }
    group.finish();
}

criterion_group!(benches, booleans);
criterion_main!(benches);

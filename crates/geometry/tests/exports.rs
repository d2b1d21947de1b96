//! Every export is read back by an independent reader and checked: triangle and vertex counts,
//! sizes, units and axes.

use darbnica_geometry::export::{self, Shading};
use darbnica_geometry::primitives::{cuboid, sphere};
use darbnica_geometry::{DVec3, Mesh, Solid};

/// A 20 × 30 × 10 mm box with a sphere cut out of one corner: flat faces and round ones.
fn model() -> Mesh {
    let block = Solid::from_mesh(cuboid(DVec3::new(20.0, 30.0, 10.0), false).unwrap()).unwrap();
    let ball = Solid::from_mesh(sphere(6.0, 24).unwrap())
        .unwrap()
        .translate(DVec3::new(20.0, 30.0, 10.0))
        .unwrap();
    let mesh = block.difference([ball]).mesh().unwrap();
    assert!(mesh.is_watertight());
    (*mesh).clone()
}

#[test]
fn stl_reads_back_with_the_same_triangles_in_millimetres() {
    let mesh = model();
    let bytes = export::stl(&mesh);
    assert_eq!(bytes.len(), 84 + 50 * mesh.triangle_count());
    let read = stl_io::read_stl(&mut std::io::Cursor::new(&bytes)).unwrap();
    assert_eq!(read.faces.len(), mesh.triangle_count());
    read.validate().unwrap();
    let max_z = read
        .vertices
        .iter()
        .map(|vertex| vertex[2])
        .fold(f32::MIN, f32::max);
    assert_eq!(max_z, 10.0);
}

#[test]
fn three_mf_is_a_zip_whose_model_xml_declares_millimetres() {
    let mesh = model();
    let bytes = export::three_mf(&mesh).unwrap();
    let models = threemf::read(std::io::Cursor::new(&bytes)).unwrap();
    assert_eq!(models.len(), 1);
    let model = &models[0];
    assert!(matches!(model.unit, threemf::model::Unit::Millimeter));
    let object = &model.resources.object[0];
    let read = object.mesh.as_ref().expect("the object is a mesh");
    assert_eq!(read.triangles.triangle.len(), mesh.triangle_count());
    assert_eq!(read.vertices.vertex.len(), mesh.vertex_count());
}

#[test]
fn obj_reads_back_y_up_in_metres_with_normals() {
    let mesh = model();
    for (shading, vertices) in [
        (Shading::Smooth, mesh.vertex_count()),
        (Shading::Flat, mesh.triangle_count() * 3),
    ] {
        let text = export::obj(&mesh, shading);
        let (models, _) = tobj::load_obj_buf(
            &mut std::io::BufReader::new(text.as_bytes()),
            &tobj::LoadOptions {
                single_index: true,
                triangulate: true,
                ..tobj::LoadOptions::default()
            },
            |_| Err(tobj::LoadError::OpenFileFailed),
        )
        .unwrap();
        let read = &models[0].mesh;
        assert_eq!(read.indices.len(), mesh.triangle_count() * 3);
        assert_eq!(read.positions.len(), vertices * 3);
        assert_eq!(read.normals.len(), read.positions.len());
        // The model's height (10 mm along Z) is its Y extent, in metres.
        let max_y = read
            .positions
            .chunks(3)
            .map(|p| p[1])
            .fold(f32::MIN, f32::max);
        assert!((max_y - 0.010).abs() < 1e-6, "{max_y}");
        // Its depth (30 mm along +Y) goes along −Z.
        let min_z = read
            .positions
            .chunks(3)
            .map(|p| p[2])
            .fold(f32::MAX, f32::min);
        assert!((min_z + 0.030).abs() < 1e-6, "{min_z}");
    }
}

#[test]
fn glb_passes_the_gltf_validator_with_the_right_counts_and_bounds() {
    let mesh = model();
    for shading in [Shading::Smooth, Shading::Flat] {
        let bytes = export::glb(&mesh, shading).unwrap();
        assert_eq!(bytes.len() % 4, 0);
        let gltf = gltf::Gltf::from_slice(&bytes).unwrap();
        let read = gltf.meshes().next().expect("a mesh");
        let primitive = read.primitives().next().expect("a primitive");
        assert_eq!(
            primitive.indices().unwrap().count(),
            mesh.triangle_count() * 3
        );
        let positions = primitive.get(&gltf::Semantic::Positions).unwrap();
        assert_eq!(
            positions.count(),
            primitive.get(&gltf::Semantic::Normals).unwrap().count()
        );
        let bounds = primitive.bounding_box();
        assert!((bounds.max[1] - 0.010).abs() < 1e-6);
        assert!((bounds.min[2] + 0.030).abs() < 1e-6);
        assert!((bounds.max[0] - 0.020).abs() < 1e-6);
    }
}

#[test]
fn an_empty_mesh_exports_without_failing() {
    let empty = Mesh::default();
    assert_eq!(export::stl(&empty).len(), 84);
    export::three_mf(&empty).unwrap();
    gltf::Gltf::from_slice(&export::glb(&empty, Shading::Flat).unwrap()).unwrap();
}

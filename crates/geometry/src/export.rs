//! Files for 3D printers and game engines, made from a mesh.
//!
//! | format | for | axes and units |
//! | --- | --- | --- |
//! | STL (binary) | slicers, 3D printers | as modelled: Z up, millimetres |
//! | 3MF | slicers, 3D printers | Z up, millimetres (declared in the file) |
//! | OBJ | game engines, Blender | Y up, metres: (x, y, z) mm → (x, z, −y) / 1000 |
//! | GLB (binary glTF 2.0) | game engines, the web | Y up, metres, as glTF requires: the same mapping |
//!
//! The Y-up mapping is a rotation (−90° about X), so triangles keep facing outwards. OBJ and GLB
//! can carry smooth normals (averaged at shared vertices) or flat ones (each triangle its own).

use std::io::Cursor;

use glam::DVec3;

use crate::error::{GeometryError, Result};
use crate::mesh::Mesh;

/// How normals are given to game engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shading {
    /// Each triangle flat: crisp edges (vertices are repeated per triangle).
    #[default]
    Flat,
    /// Normals averaged at shared vertices: round surfaces look round.
    Smooth,
}

/// Binary STL: an 80-byte header, the triangle count, then each triangle's normal and corners.
pub fn stl(mesh: &Mesh) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(84 + 50 * mesh.triangles.len());
    let mut header = [b' '; 80];
    let title = b"Darbnica model, millimetres, Z up";
    header[..title.len()].copy_from_slice(title);
    bytes.extend_from_slice(&header);
    bytes.extend_from_slice(&(mesh.triangles.len() as u32).to_le_bytes());
    for triangle in &mesh.triangles {
        let [a, b, c] = triangle.map(|index| mesh.vertices[index as usize]);
        let normal = (b - a).cross(c - a).normalize_or_zero();
        for vector in [normal, a, b, c] {
            for value in vector.to_array() {
                bytes.extend_from_slice(&(value as f32).to_le_bytes());
            }
        }
        bytes.extend_from_slice(&0u16.to_le_bytes());
    }
    bytes
}

/// 3MF: the 3D Manufacturing Format, a zip of XML with the unit declared (millimetres).
pub fn three_mf(mesh: &Mesh) -> Result<Vec<u8>> {
    let model = threemf::model::Mesh {
        vertices: threemf::model::Vertices {
            vertex: mesh
                .vertices
                .iter()
                .map(|vertex| threemf::model::Vertex {
                    x: vertex.x,
                    y: vertex.y,
                    z: vertex.z,
                })
                .collect(),
        },
        triangles: threemf::model::Triangles {
            triangle: mesh
                .triangles
                .iter()
                .map(|&[v1, v2, v3]| threemf::model::Triangle {
                    v1: v1 as usize,
                    v2: v2 as usize,
                    v3: v3 as usize,
                })
                .collect(),
        },
    };
    let mut file = Cursor::new(Vec::new());
    threemf::write(&mut file, model).map_err(|error| GeometryError::Export {
        format: "3MF",
        reason: error.to_string(),
    })?;
    Ok(file.into_inner())
}

/// Millimetres, Z up → metres, Y up.
fn to_y_up_metres(point: DVec3) -> DVec3 {
    DVec3::new(point.x, point.z, -point.y) / 1000.0
}

/// What OBJ and GLB share: positions (Y up, metres), normals and triangles, with vertices
/// repeated per triangle for flat shading.
struct EngineMesh {
    positions: Vec<[f32; 3]>,
    normals: Vec<[f32; 3]>,
    triangles: Vec<[u32; 3]>,
}

fn engine_mesh(mesh: &Mesh, shading: Shading) -> EngineMesh {
    let points: Vec<DVec3> = mesh.vertices.iter().map(|&v| to_y_up_metres(v)).collect();
    let face_normal = |&[a, b, c]: &[u32; 3]| {
        let [a, b, c] = [a, b, c].map(|index| points[index as usize]);
        (b - a).cross(c - a)
    };
    let f32s = |vector: DVec3| vector.as_vec3().to_array();
    match shading {
        Shading::Flat => {
            let mut engine = EngineMesh {
                positions: Vec::with_capacity(mesh.triangles.len() * 3),
                normals: Vec::with_capacity(mesh.triangles.len() * 3),
                triangles: Vec::with_capacity(mesh.triangles.len()),
            };
            for triangle in &mesh.triangles {
                let normal = f32s(face_normal(triangle).normalize_or_zero());
                let first = engine.positions.len() as u32;
                for &index in triangle {
                    engine.positions.push(f32s(points[index as usize]));
                    engine.normals.push(normal);
                }
                engine.triangles.push([first, first + 1, first + 2]);
            }
            engine
        }
        Shading::Smooth => {
            // Area-weighted: the cross product's length is twice the triangle's area.
            let mut sums = vec![DVec3::ZERO; points.len()];
            for triangle in &mesh.triangles {
                let normal = face_normal(triangle);
                for &index in triangle {
                    sums[index as usize] += normal;
                }
            }
            EngineMesh {
                positions: points.iter().map(|&point| f32s(point)).collect(),
                normals: sums
                    .into_iter()
                    .map(|sum| f32s(sum.normalize_or_zero()))
                    .collect(),
                triangles: mesh.triangles.clone(),
            }
        }
    }
}

/// Wavefront OBJ, Y up, in metres, with normals.
pub fn obj(mesh: &Mesh, shading: Shading) -> String {
    use std::fmt::Write as _;
    let engine = engine_mesh(mesh, shading);
    let mut text = String::from("# Darbnica model: Y up, metres\no model\n");
    for [x, y, z] in &engine.positions {
        let _ = writeln!(text, "v {x} {y} {z}");
    }
    for [x, y, z] in &engine.normals {
        let _ = writeln!(text, "vn {x} {y} {z}");
    }
    if shading == Shading::Smooth {
        text.push_str("s 1\n");
    }
    for triangle in &engine.triangles {
        let [a, b, c] = triangle.map(|index| index + 1);
        let _ = writeln!(text, "f {a}//{a} {b}//{b} {c}//{c}");
    }
    text
}

/// Binary glTF 2.0 (GLB): a JSON chunk describing one mesh and a binary chunk with its
/// positions, normals and indices. Y up, metres.
pub fn glb(mesh: &Mesh, shading: Shading) -> Result<Vec<u8>> {
    use gltf_json as json;
    use json::validation::Checked::Valid;
    use json::validation::USize64;

    let engine = engine_mesh(mesh, shading);
    if engine.triangles.is_empty() {
        // glTF has no empty accessors: nothing to draw is a scene with one empty node.
        let mut root = json::Root::default();
        with_scene(&mut root, json::Node::default());
        return glb_file(&root, Vec::new());
    }
    let mut binary = Vec::new();
    for vector in engine.positions.iter().chain(&engine.normals) {
        for value in vector {
            binary.extend_from_slice(&value.to_le_bytes());
        }
    }
    let indices_offset = binary.len();
    for index in engine.triangles.iter().flatten() {
        binary.extend_from_slice(&index.to_le_bytes());
    }
    let vertex_bytes = engine.positions.len() * 12;

    let mut root = json::Root {
        asset: json::Asset {
            generator: Some("Darbnica".into()),
            ..json::Asset::default()
        },
        ..json::Root::default()
    };
    let buffer = root.push(json::Buffer {
        byte_length: USize64::from(binary.len()),
        name: None,
        uri: None,
        extensions: None,
        extras: Default::default(),
    });
    let mut view = |offset: usize, length: usize, target: json::buffer::Target| {
        root.push(json::buffer::View {
            buffer,
            byte_length: USize64::from(length),
            byte_offset: Some(USize64::from(offset)),
            byte_stride: None,
            name: None,
            target: Some(Valid(target)),
            extensions: None,
            extras: Default::default(),
        })
    };
    let positions_view = view(0, vertex_bytes, json::buffer::Target::ArrayBuffer);
    let normals_view = view(
        vertex_bytes,
        vertex_bytes,
        json::buffer::Target::ArrayBuffer,
    );
    let indices_view = view(
        indices_offset,
        engine.triangles.len() * 12,
        json::buffer::Target::ElementArrayBuffer,
    );
    let (min, max) =
        engine
            .positions
            .iter()
            .fold(([f32::MAX; 3], [f32::MIN; 3]), |(min, max), position| {
                (
                    [0, 1, 2].map(|axis| min[axis].min(position[axis])),
                    [0, 1, 2].map(|axis| max[axis].max(position[axis])),
                )
            });
    let mut accessor =
        |view, count: usize, component, kind, bounds: Option<([f32; 3], [f32; 3])>| {
            root.push(json::Accessor {
                buffer_view: Some(view),
                byte_offset: Some(USize64(0)),
                count: USize64::from(count),
                component_type: Valid(json::accessor::GenericComponentType(component)),
                type_: Valid(kind),
                min: bounds.map(|(min, _)| json::Value::from(min.to_vec())),
                max: bounds.map(|(_, max)| json::Value::from(max.to_vec())),
                name: None,
                normalized: false,
                sparse: None,
                extensions: None,
                extras: Default::default(),
            })
        };
    let vertex_count = engine.positions.len();
    let positions = accessor(
        positions_view,
        vertex_count,
        json::accessor::ComponentType::F32,
        json::accessor::Type::Vec3,
        (vertex_count > 0).then_some((min, max)),
    );
    let normals = accessor(
        normals_view,
        vertex_count,
        json::accessor::ComponentType::F32,
        json::accessor::Type::Vec3,
        None,
    );
    let indices = accessor(
        indices_view,
        engine.triangles.len() * 3,
        json::accessor::ComponentType::U32,
        json::accessor::Type::Scalar,
        None,
    );
    let primitive = json::mesh::Primitive {
        attributes: [
            (Valid(json::mesh::Semantic::Positions), positions),
            (Valid(json::mesh::Semantic::Normals), normals),
        ]
        .into_iter()
        .collect(),
        indices: Some(indices),
        material: None,
        mode: Valid(json::mesh::Mode::Triangles),
        targets: None,
        extensions: None,
        extras: Default::default(),
    };
    let mesh_index = root.push(json::Mesh {
        name: Some("model".into()),
        primitives: vec![primitive],
        weights: None,
        extensions: None,
        extras: Default::default(),
    });
    with_scene(
        &mut root,
        json::Node {
            mesh: Some(mesh_index),
            ..json::Node::default()
        },
    );
    glb_file(&root, binary)
}

/// Makes `node` the one node of the file's default scene.
fn with_scene(root: &mut gltf_json::Root, node: gltf_json::Node) {
    let node = root.push(node);
    let scene = root.push(gltf_json::Scene {
        name: None,
        nodes: vec![node],
        extensions: None,
        extras: Default::default(),
    });
    root.scene = Some(scene);
}

/// The GLB container: header, JSON chunk, and the binary chunk when there is one.
fn glb_file(root: &gltf_json::Root, mut binary: Vec<u8>) -> Result<Vec<u8>> {
    let mut json_bytes =
        gltf_json::serialize::to_vec(root).map_err(|error| GeometryError::Export {
            format: "glTF",
            reason: error.to_string(),
        })?;
    // Chunks are 4-byte aligned: JSON padded with spaces, binary with zeros.
    while !json_bytes.len().is_multiple_of(4) {
        json_bytes.push(b' ');
    }
    while !binary.len().is_multiple_of(4) {
        binary.push(0);
    }
    let binary_chunk = if binary.is_empty() {
        0
    } else {
        8 + binary.len()
    };
    let total = 12 + 8 + json_bytes.len() + binary_chunk;
    let mut glb = Vec::with_capacity(total);
    glb.extend_from_slice(b"glTF");
    glb.extend_from_slice(&2u32.to_le_bytes());
    glb.extend_from_slice(&(total as u32).to_le_bytes());
    glb.extend_from_slice(&(json_bytes.len() as u32).to_le_bytes());
    glb.extend_from_slice(b"JSON");
    glb.extend_from_slice(&json_bytes);
    if !binary.is_empty() {
        glb.extend_from_slice(&(binary.len() as u32).to_le_bytes());
        glb.extend_from_slice(b"BIN\0");
        glb.extend_from_slice(&binary);
    }
    Ok(glb)
}

//! What a game looks like: three-d on the page's own WebGL2 canvas. Each model the worker sends
//! is one instanced mesh (flat shaded, as low-poly games are), drawn once a frame for all the
//! entities that use it, each with its place, turn, size and colour. The camera is where the game
//! put it. Y is up.

use std::collections::{BTreeMap, BTreeSet};

use darbnica_game::{CameraState, EntityId, EntityState, FrameChanges, ModelId, ModelMesh};
use three_d::{
    AmbientLight, ClearState, Context, CpuMaterial, CpuMesh, DirectionalLight, Gm, Indices,
    InnerSpace, InstancedMesh, Instances, Light, Mat4, Object, PhysicalMaterial, Positions,
    RenderTarget, Srgba, Vec3, degrees, vec3,
};
use web_sys::HtmlCanvasElement;

pub struct GameScene {
    canvas: HtmlCanvasElement,
    context: Context,
    camera: three_d::Camera,
    fov: f32,
    ambient: AmbientLight,
    sun: DirectionalLight,
    models: BTreeMap<ModelId, Gm<InstancedMesh, PhysicalMaterial>>,
    /// The models' triangles as they came, for saving the level as a file.
    meshes: BTreeMap<ModelId, ModelMesh>,
    entities: BTreeMap<EntityId, EntityState>,
    /// Models whose entities changed since the last draw.
    changed_models: BTreeSet<ModelId>,
    /// The drawing buffer's size at the last draw (`None`: nothing drawn yet).
    drawn_at_size: Option<(u32, u32)>,
}

impl GameScene {
    pub fn new(canvas: HtmlCanvasElement) -> Result<GameScene, String> {
        // Tests compare screenshots of what was drawn.
        let context = crate::sandbox::viewport::webgl2_context(&canvas, true)?;
        let camera = three_d::Camera::new_perspective(
            three_d::Viewport::new_at_origo(1, 1),
            vec3(0.0, 6.0, 14.0),
            vec3(0.0, 0.0, 0.0),
            vec3(0.0, 1.0, 0.0),
            degrees(50.0),
            0.1,
            1000.0,
        );
        let ambient = AmbientLight::new(&context, 0.5, Srgba::WHITE);
        let sun = DirectionalLight::new(&context, 1.8, Srgba::WHITE, vec3(-0.4, -1.0, -0.6));
        Ok(GameScene {
            canvas,
            context,
            camera,
            fov: 50.0,
            ambient,
            sun,
            models: BTreeMap::new(),
            meshes: BTreeMap::new(),
            entities: BTreeMap::new(),
            changed_models: BTreeSet::new(),
            drawn_at_size: None,
        })
    }

    /// Forgets the game drawn so far (a new one starts).
    pub fn clear(&mut self) {
        self.models.clear();
        self.meshes.clear();
        self.entities.clear();
        self.changed_models.clear();
    }

    /// The entities as the page knows them, for the inspector.
    pub fn entities(&self) -> impl Iterator<Item = &EntityState> {
        self.entities.values()
    }

    /// Takes in what a frame changed.
    pub fn apply(&mut self, changes: &FrameChanges) {
        for model in &changes.models {
            let gm = Gm::new(
                InstancedMesh::new(&self.context, &Instances::default(), &flat_shaded(model)),
                PhysicalMaterial::new_opaque(
                    &self.context,
                    &CpuMaterial {
                        albedo: Srgba::WHITE,
                        roughness: 0.7,
                        metallic: 0.0,
                        ..Default::default()
                    },
                ),
            );
            self.models.insert(model.id, gm);
            self.meshes.insert(model.id, model.clone());
        }
        for state in changes.spawned.iter().chain(&changes.changed) {
            if let Some(old) = self.entities.insert(state.id, state.clone()) {
                self.changed_models.insert(old.model);
            }
            self.changed_models.insert(state.model);
        }
        for id in &changes.destroyed {
            if let Some(old) = self.entities.remove(id) {
                self.changed_models.insert(old.model);
            }
        }
        if let Some(camera) = changes.camera {
            self.place_camera(camera);
        }
    }

    fn place_camera(&mut self, camera: CameraState) {
        let position = Vec3::from(camera.position);
        let mut target = Vec3::from(camera.target);
        if (target - position).magnitude2() < 1e-9 {
            target = position - vec3(0.0, 0.0, 1.0);
        }
        self.camera.set_view(position, target, vec3(0.0, 1.0, 0.0));
        self.fov = camera.fov;
        self.camera
            .set_perspective_projection(degrees(self.fov), 0.1, 1000.0);
    }

    /// Puts the changed models' instances in place, then draws; unless the frame changed nothing
    /// (`changed`: the worker's changes were not empty) and the canvas kept its size: a game that
    /// stands still (before a serve, say) then costs no drawing, and a phone's battery nothing.
    pub fn render(&mut self, changed: bool) {
        let (width, height) = self.sync_size();
        if !changed && self.changed_models.is_empty() && self.drawn_at_size == Some((width, height))
        {
            return;
        }
        self.drawn_at_size = Some((width, height));
        for model in std::mem::take(&mut self.changed_models) {
            let Some(gm) = self.models.get_mut(&model) else {
                continue;
            };
            let drawn = self
                .entities
                .values()
                .filter(|entity| entity.model == model && entity.visible);
            let (transformations, colours): (Vec<Mat4>, Vec<Srgba>) = drawn
                .map(|entity| {
                    let [r, g, b] = entity.colour;
                    (placement(entity), Srgba::new_opaque(r, g, b))
                })
                .unzip();
            gm.geometry.set_instances(&Instances {
                transformations,
                colors: Some(colours),
                ..Default::default()
            });
        }
        let screen = RenderTarget::screen(&self.context, width, height);
        screen.clear(ClearState::color_and_depth(0.55, 0.76, 0.93, 1.0, 1.0));
        let lights: [&dyn Light; 2] = [&self.ambient, &self.sun];
        let objects: Vec<&dyn Object> = self.models.values().map(|gm| gm as &dyn Object).collect();
        screen.render(&self.camera, objects, &lights);
    }

    /// The drawing buffer as big as the canvas on screen, in device pixels.
    fn sync_size(&mut self) -> (u32, u32) {
        let (width, height) = crate::sandbox::viewport::fit_drawing_buffer(&self.canvas);
        self.camera
            .set_viewport(three_d::Viewport::new_at_origo(width, height));
        (width, height)
    }
}

impl GameScene {
    /// The level as it stands: every visible entity's triangles where it is, as one mesh for the
    /// geometry kernel's exporters (millimetres, Z up, so that a game unit is a metre in GLB and
    /// OBJ, and a millimetre-scaled model for a printer).
    pub fn level_mesh(&self) -> crate::running::runner::ModelMesh {
        let mut level = crate::running::runner::ModelMesh::default();
        for entity in self.entities.values().filter(|entity| entity.visible) {
            let Some(mesh) = self.meshes.get(&entity.model) else {
                continue;
            };
            let first = u32::try_from(level.positions.len() / 3).unwrap_or(u32::MAX);
            let place = placement(entity);
            for &[x, y, z] in mesh.positions.as_chunks::<3>().0 {
                let at = place * three_d::vec4(x, y, z, 1.0);
                // Y up in the game is Z up in the kernel.
                level
                    .positions
                    .extend([at.x * 1000.0, -at.z * 1000.0, at.y * 1000.0]);
            }
            level.indices.extend(
                mesh.indices
                    .iter()
                    .map(|index| first.saturating_add(*index)),
            );
        }
        level
    }
}

/// An entity's place, turn (degrees about X, then Y, then Z) and size as one matrix.
fn placement(entity: &EntityState) -> Mat4 {
    let [x, y, z] = entity.position;
    let [rx, ry, rz] = entity.rotation;
    let [sx, sy, sz] = entity.scale;
    Mat4::from_translation(vec3(x, y, z))
        * Mat4::from_angle_z(degrees(rz))
        * Mat4::from_angle_y(degrees(ry))
        * Mat4::from_angle_x(degrees(rx))
        * Mat4::from_nonuniform_scale(sx, sy, sz)
}

/// The model's triangles apart, each with its own normal: the crisp look of low-poly games.
fn flat_shaded(model: &ModelMesh) -> CpuMesh {
    let vertices: Vec<Vec3> = model
        .positions
        .as_chunks::<3>()
        .0
        .iter()
        .map(|&[x, y, z]| vec3(x, y, z))
        .collect();
    let mut positions = Vec::with_capacity(model.indices.len());
    let mut normals = Vec::with_capacity(model.indices.len());
    for triangle in model.indices.as_chunks::<3>().0 {
        let Some((corners, normal)) =
            crate::sandbox::viewport::flat_face(&vertices, *triangle, vec3(0.0, 1.0, 0.0))
        else {
            continue;
        };
        positions.extend(corners);
        normals.extend([normal; 3]);
    }
    CpuMesh {
        positions: Positions::F32(positions),
        indices: Indices::None,
        normals: Some(normals),
        ..Default::default()
    }
}

//! The 3D viewport: three-d on the page's own WebGL2 canvas (no window library, no event loop):
//! a print bed with a millimetre grid and axes, the model lit softly from the viewer's side,
//! optional wireframe, and orbit (drag), pan (right or middle drag, or Shift) and zoom (wheel,
//! pinch) by hand on the camera. Z is up, as on a printer.
use std::sync::Arc;

use three_d::{
    AmbientLight, Axes, Blend, ClearState, Context, CpuMaterial, CpuMesh, DirectionalLight,
    EffectMaterialId, Geometry, Gm, Indices, InnerSpace, Light, Mat4, Material, MaterialType, Mesh,
    Object, PhysicalMaterial, Positions, Program, RenderStates, RenderTarget, Srgba, Vec3, Viewer,
    Wireframe, WriteMask, degrees, vec3,
};
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlCanvasElement, PointerEvent, WebGl2RenderingContext, WebGlContextAttributes, WheelEvent,
};

const FOV_DEG: f32 = 40.0;

/// Procedural millimetre grid on the z = 0 plane (one quad, anti-aliased lines via fwidth).
pub struct GridMaterial {
    pub minor_step: f32,
    pub major_step: f32,
    pub half_size: (f32, f32),
    /// The page is dark: a dark bed with lighter lines.
    pub dark: bool,
}

impl Material for GridMaterial {
    fn fragment_shader_source(&self, _lights: &[&dyn Light]) -> String {
        r#"
uniform float minorStep;
uniform float majorStep;
uniform vec2 halfSize;
uniform float dark;
in vec3 pos;
layout (location = 0) out vec4 outColor;

float line(vec2 p, float stepSize) {
    vec2 c = p / stepSize;
    vec2 w = fwidth(c);
    vec2 g = abs(fract(c - 0.5) - 0.5) / max(w, vec2(1e-6));
    return 1.0 - min(min(g.x, g.y), 1.0);
}

void main() {
    if (abs(pos.x) > halfSize.x || abs(pos.y) > halfSize.y) discard;
    float minor = line(pos.xy, minorStep);
    float major = line(pos.xy, majorStep);
    vec3 bed = mix(vec3(0.93, 0.93, 0.95), vec3(0.12, 0.15, 0.14), dark);
    vec3 c = mix(bed, mix(vec3(0.78, 0.78, 0.82), vec3(0.22, 0.27, 0.25), dark), minor);
    c = mix(c, mix(vec3(0.55, 0.55, 0.62), vec3(0.40, 0.47, 0.44), dark), major);
    outColor = vec4(c, 1.0);
}
"#
        .to_string()
    }

    fn id(&self) -> EffectMaterialId {
        EffectMaterialId(0x0100) // public range is 0x0000..=0x4FFF
    }

    fn use_uniforms(&self, program: &Program, _viewer: &dyn Viewer, _lights: &[&dyn Light]) {
        program.use_uniform("minorStep", self.minor_step);
        program.use_uniform("dark", if self.dark { 1.0f32 } else { 0.0 });
        program.use_uniform("majorStep", self.major_step);
        program.use_uniform(
            "halfSize",
            three_d::vec2(self.half_size.0, self.half_size.1),
        );
    }

    fn render_states(&self) -> RenderStates {
        // Colour only: the grid never occludes the model (parts resting on z = 0 do not z-fight).
        RenderStates {
            write_mask: WriteMask::COLOR,
            blend: Blend::Disabled,
            ..Default::default()
        }
    }

    fn material_type(&self) -> MaterialType {
        MaterialType::Opaque
    }
}

/// three-d's context over a new WebGL2 context of the canvas: multisampled (where the GPU, or
/// SwiftShader, allows), with depth and without alpha. `preserve_drawing_buffer` keeps the last
/// frame readable after it is shown, for a view whose screenshots the tests compare. Made once
/// for a canvas and kept (glow wraps and tracks the handles).
pub(crate) fn webgl2_context(
    canvas: &HtmlCanvasElement,
    preserve_drawing_buffer: bool,
) -> Result<Context, String> {
    let attributes = WebGlContextAttributes::new();
    attributes.set_antialias(true);
    attributes.set_depth(true);
    attributes.set_alpha(false);
    attributes.set_preserve_drawing_buffer(preserve_drawing_buffer);
    let gl: WebGl2RenderingContext = canvas
        .get_context_with_context_options("webgl2", &attributes)
        .map_err(|error| format!("getContext failed: {error:?}"))?
        .ok_or("WebGL2 is not available")?
        .dyn_into()
        .map_err(|_| "not a WebGl2RenderingContext")?;
    Context::from_gl_context(gl_context(gl)?).map_err(|error| error.to_string())
}

/// three-d's context over the canvas's WebGL2 one: in an `Arc`, although the page has one thread.
/// Only the browser has WebGL; the app's native build (its unit tests) never draws.
#[cfg(target_arch = "wasm32")]
#[expect(
    clippy::arc_with_non_send_sync,
    reason = "three-d wants its context in an Arc; WebGL lives on the page's one thread"
)]
fn gl_context(gl: WebGl2RenderingContext) -> Result<Arc<three_d::context::Context>, String> {
    Ok(Arc::new(three_d::context::Context::from_webgl2_context(gl)))
}

#[cfg(not(target_arch = "wasm32"))]
fn gl_context(_gl: WebGl2RenderingContext) -> Result<Arc<three_d::context::Context>, String> {
    Err("WebGL2 exists only in the browser".to_owned())
}

/// Makes the canvas's drawing buffer as big as the canvas on screen, in device pixels (sharp on
/// any screen), and gives its size.
pub(crate) fn fit_drawing_buffer(canvas: &HtmlCanvasElement) -> (u32, u32) {
    let ratio = web_sys::window().map_or(1.0, |window| window.device_pixel_ratio());
    let width = (f64::from(canvas.client_width().max(1)) * ratio).round() as u32;
    let height = (f64::from(canvas.client_height().max(1)) * ratio).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    (width, height)
}

/// A triangle's corners (when its indices are in range) and its face normal; `up` for a triangle
/// with no area.
pub(crate) fn flat_face(
    vertices: &[Vec3],
    triangle: [u32; 3],
    up: Vec3,
) -> Option<([Vec3; 3], Vec3)> {
    let corner = |index: u32| vertices.get(index as usize).copied();
    let corners = [
        corner(triangle[0])?,
        corner(triangle[1])?,
        corner(triangle[2])?,
    ];
    let [a, b, c] = corners;
    let normal = (b - a).cross(c - a);
    let normal = if normal.magnitude2() > 0.0 {
        normal.normalize()
    } else {
        up
    };
    Some((corners, normal))
}

pub struct Viewport {
    canvas: HtmlCanvasElement,
    context: Context,
    camera: three_d::Camera,
    parts: Vec<Gm<Mesh, PhysicalMaterial>>,
    /// Each part's triangles, for its wireframe, which is made only when first shown.
    part_meshes: Vec<CpuMesh>,
    wireframes: Option<Vec<Wireframe>>,
    pub show_wireframe: bool,
    grid: Gm<Mesh, GridMaterial>,
    axes: Axes,
    ambient: AmbientLight,
    key: DirectionalLight,
    fill: DirectionalLight,
    /// Active pointers: (pointerId, css x, css y).
    pointers: Vec<(i32, f32, f32)>,
    /// Mouse button mode of the current drag: 0 = orbit, 1 = pan.
    drag_pan: bool,
    pinch_distance: Option<f32>,
}

impl Viewport {
    /// Draws the bed and the background dark (the page is) or light.
    pub fn set_dark(&mut self, dark: bool) {
        self.grid.material.dark = dark;
    }

    pub fn new(canvas: HtmlCanvasElement, bed_mm: (f32, f32)) -> Result<Self, String> {
        let context = webgl2_context(&canvas, false)?;

        let camera = three_d::Camera::new_perspective(
            three_d::Viewport::new_at_origo(1, 1),
            vec3(200.0, -250.0, 180.0),
            vec3(0.0, 0.0, 0.0),
            vec3(0.0, 0.0, 1.0), // Z up, like a printer
            degrees(FOV_DEG),
            1.0,
            5000.0,
        );

        let mut quad = CpuMesh::square(); // [-1,1]^2 in the xy-plane
        quad.normals = None;
        quad.tangents = None;
        quad.uvs = None;
        let (hx, hy) = (bed_mm.0 * 0.5, bed_mm.1 * 0.5);
        quad.transform(Mat4::from_nonuniform_scale(hx, hy, 1.0))
            .map_err(|e| e.to_string())?;
        let grid = Gm::new(
            Mesh::new(&context, &quad),
            GridMaterial {
                minor_step: 10.0,
                major_step: 50.0,
                half_size: (hx, hy),
                dark: false,
            },
        );
        let axes = Axes::new(&context, 0.6, 25.0);

        let ambient = AmbientLight::new(&context, 0.45, Srgba::WHITE);
        let key = DirectionalLight::new(&context, 1.6, Srgba::WHITE, vec3(-0.4, 0.6, -1.0));
        let fill = DirectionalLight::new(&context, 0.6, Srgba::WHITE, vec3(0.5, -0.3, 0.6));

        Ok(Self {
            canvas,
            context,
            camera,
            parts: Vec::new(),
            part_meshes: Vec::new(),
            wireframes: None,
            show_wireframe: false,
            grid,
            axes,
            ambient,
            key,
            fill,
            pointers: Vec::new(),
            drag_pan: false,
            pinch_distance: None,
        })
    }

    /// Replace the model. `positions`: xyz f32, `indices`: u32 triangles,
    /// `part_of_triangle` + `part_colors`: optional per-triangle part id and its sRGB colour.
    pub fn set_mesh(
        &mut self,
        positions: &[f32],
        indices: &[u32],
        part_of_triangle: Option<&[u32]>,
        part_colors: &[[u8; 3]],
    ) {
        self.parts.clear();
        self.part_meshes.clear();
        self.wireframes = None;
        let verts: Vec<Vec3> = positions
            .as_chunks::<3>()
            .0
            .iter()
            .map(|p| vec3(p[0], p[1], p[2]))
            .collect();
        let n_parts = part_colors.len().max(1);
        // Unweld into flat-shaded triangles per part (crisp CAD look; normals per face).
        let mut buckets: Vec<(Vec<Vec3>, Vec<Vec3>)> = vec![(Vec::new(), Vec::new()); n_parts];
        for (t, tri) in indices.as_chunks::<3>().0.iter().enumerate() {
            let Some(([a, b, c], n)) = flat_face(&verts, *tri, vec3(0.0, 0.0, 1.0)) else {
                continue;
            };
            let part = part_of_triangle
                .and_then(|p| p.get(t))
                .map_or(0, |&p| p as usize)
                .min(n_parts - 1);
            let (pos, nor) = &mut buckets[part];
            pos.extend([a, b, c]);
            nor.extend([n, n, n]);
        }
        for (i, (pos, nor)) in buckets.into_iter().enumerate() {
            if pos.is_empty() {
                continue;
            }
            let [r, g, b] = part_colors.get(i).copied().unwrap_or([180, 185, 195]);
            let cpu = CpuMesh {
                positions: Positions::F32(pos),
                indices: Indices::None,
                normals: Some(nor),
                ..Default::default()
            };
            let material = PhysicalMaterial::new_opaque(
                &self.context,
                &CpuMaterial {
                    albedo: Srgba::new_opaque(r, g, b),
                    roughness: 0.65,
                    metallic: 0.0,
                    ..Default::default()
                },
            );
            self.parts
                .push(Gm::new(Mesh::new(&self.context, &cpu), material));
            self.part_meshes.push(cpu);
        }
    }

    /// Resize the drawing buffer to CSS size × devicePixelRatio; returns physical (w, h).
    fn sync_size(&mut self) -> (u32, u32) {
        let (w, h) = fit_drawing_buffer(&self.canvas);
        self.camera
            .set_viewport(three_d::Viewport::new_at_origo(w, h));
        (w, h)
    }

    pub fn fit_to_view(&mut self) {
        let mut aabb = three_d::AxisAlignedBoundingBox::EMPTY;
        for p in &self.parts {
            aabb.expand_with_aabb(p.aabb());
        }
        if aabb.is_empty() {
            aabb = self.grid.aabb();
        }
        let center = aabb.center();
        let radius = (0.5 * aabb.size().magnitude()).max(1.0);
        self.sync_size();
        let t = (FOV_DEG.to_radians() * 0.5).tan();
        let half = t.min(t * self.camera.viewport().aspect()).atan(); // narrower of v/h half-FOV
        let dist = radius / half.sin() * 1.05;
        let mut dir = self.camera.position() - self.camera.target();
        if dir.magnitude2() < 1e-9 {
            dir = vec3(1.0, -1.2, 0.9);
        }
        let eye = center + dir.normalize() * dist;
        self.camera.set_view(eye, center, vec3(0.0, 0.0, 1.0));
        self.update_clip_planes();
    }

    fn update_clip_planes(&mut self) {
        let dist = (self.camera.position() - self.camera.target()).magnitude();
        let near = (dist * 0.01).max(0.05);
        let far = dist * 20.0 + 2000.0;
        self.camera
            .set_perspective_projection(degrees(FOV_DEG), near, far);
    }

    pub fn render(&mut self) {
        let (w, h) = self.sync_size();
        if self.show_wireframe && self.wireframes.is_none() {
            self.wireframes = Some(
                self.part_meshes
                    .iter()
                    .map(|cpu| {
                        Wireframe::new_from_cpu_mesh(
                            &self.context,
                            cpu,
                            1.0,
                            Srgba::new(20, 20, 30, 200),
                        )
                    })
                    .collect(),
            );
        }
        // Head-light: key light follows the view so the visible side is always lit.
        self.key.direction = self.camera.view_direction() + 0.4 * self.camera.up_orthogonal()
            - 0.3 * self.camera.right_direction().normalize();
        let screen = RenderTarget::screen(&self.context, w, h);
        let background = if self.grid.material.dark {
            (0.07, 0.09, 0.085)
        } else {
            (0.98, 0.98, 0.99)
        };
        screen.clear(ClearState::color_and_depth(
            background.0,
            background.1,
            background.2,
            1.0,
            1.0,
        ));
        // Grid first (colour only), then everything else with depth.
        screen.render(&self.camera, &self.grid, &[]);
        let lights: [&dyn Light; 3] = [&self.ambient, &self.key, &self.fill];
        let mut objects: Vec<&dyn Object> = Vec::new();
        objects.push(&self.axes);
        for p in &self.parts {
            objects.push(p);
        }
        if self.show_wireframe {
            for wf in self.wireframes.iter().flatten() {
                objects.push(wf);
            }
        }
        screen.render(&self.camera, objects, &lights);
    }

    // ---- input -------------------------------------------------------------------------

    fn css_pos(&self, x: i32, y: i32) -> (f32, f32) {
        let r = self.canvas.get_bounding_client_rect();
        (x as f32 - r.left() as f32, y as f32 - r.top() as f32)
    }

    /// Returns true when the view changed and a redraw is needed.
    pub fn on_pointer_down(&mut self, ev: &PointerEvent) -> bool {
        let _ = self.canvas.set_pointer_capture(ev.pointer_id());
        let (x, y) = self.css_pos(ev.client_x(), ev.client_y());
        self.pointers.retain(|p| p.0 != ev.pointer_id());
        self.pointers.push((ev.pointer_id(), x, y));
        // button: 0 left, 1 middle, 2 right
        self.drag_pan = ev.button() == 1 || ev.button() == 2 || ev.shift_key();
        self.pinch_distance = None;
        ev.prevent_default();
        false
    }

    /// Also for pointercancel / lostpointercapture.
    pub fn on_pointer_up(&mut self, ev: &PointerEvent) -> bool {
        self.pointers.retain(|p| p.0 != ev.pointer_id());
        self.pinch_distance = None;
        false
    }

    pub fn on_pointer_move(&mut self, ev: &PointerEvent) -> bool {
        let Some(i) = self.pointers.iter().position(|p| p.0 == ev.pointer_id()) else {
            return false;
        };
        let (x, y) = self.css_pos(ev.client_x(), ev.client_y());
        let (_, px, py) = self.pointers[i];
        self.pointers[i] = (ev.pointer_id(), x, y);
        let (dx, dy) = (x - px, y - py);
        match self.pointers.len() {
            1 if self.drag_pan => self.pan(dx, dy),
            1 => {
                let target = self.camera.target();
                self.camera
                    .rotate_around_with_fixed_up(target, dx * 0.008, dy * 0.008);
            }
            2 => {
                // Two fingers: midpoint moves by half of this finger's delta -> pan; spread -> zoom.
                self.pan(dx * 0.5, dy * 0.5);
                let (a, b) = (self.pointers[0], self.pointers[1]);
                let d = ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt();
                if let Some(prev) = self.pinch_distance
                    && prev > 1.0
                    && d > 1.0
                {
                    self.zoom_by(prev / d, None);
                }
                self.pinch_distance = Some(d);
            }
            _ => return false,
        }
        true
    }

    pub fn on_wheel(&mut self, ev: &WheelEvent) -> bool {
        ev.prevent_default();
        let scale = match ev.delta_mode() {
            1 => 16.0,  // lines
            2 => 400.0, // pages
            _ => 1.0,
        };
        let dy = (ev.delta_y() * scale) as f32;
        let at = self.css_pos(ev.client_x(), ev.client_y());
        self.zoom_by((dy * 0.0015).exp(), Some(at));
        true
    }

    /// The keys of a focused view: arrows turn the model (15° a press), `+` and `-` zoom, Shift
    /// with an arrow pans. True (and the key is the view's, not the page's) when handled.
    pub fn on_key(&mut self, ev: &web_sys::KeyboardEvent) -> bool {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return false;
        }
        const TURN: f32 = std::f32::consts::PI / 12.0;
        const PAN: f32 = 40.0;
        let (dx, dy) = match ev.key().as_str() {
            "ArrowLeft" => (-1.0, 0.0),
            "ArrowRight" => (1.0, 0.0),
            "ArrowUp" => (0.0, -1.0),
            "ArrowDown" => (0.0, 1.0),
            "+" | "=" => {
                self.zoom_by(0.8, None);
                ev.prevent_default();
                return true;
            }
            "-" | "_" => {
                self.zoom_by(1.25, None);
                ev.prevent_default();
                return true;
            }
            _ => return false,
        };
        if ev.shift_key() {
            self.pan(dx * PAN, dy * PAN);
        } else {
            let target = self.camera.target();
            self.camera
                .rotate_around_with_fixed_up(target, dx * TURN, dy * TURN);
        }
        ev.prevent_default();
        true
    }

    /// Multiply the camera-target distance by `factor`, moving towards the point under the cursor.
    fn zoom_by(&mut self, factor: f32, at_css: Option<(f32, f32)>) {
        let dist = (self.camera.position() - self.camera.target()).magnitude();
        let delta = dist * (1.0 - factor); // > 0 moves closer
        let point = match at_css {
            Some((x, y)) => {
                let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()) as f32;
                let h = self.canvas.client_height() as f32;
                let pixel = (x * dpr, (h - y) * dpr); // physical, origin bottom-left
                let dir = self.camera.view_direction_at_pixel(pixel);
                let cos = dir.dot(self.camera.view_direction()).max(1e-3);
                self.camera.position() + dir * (dist / cos)
            }
            None => self.camera.target(),
        };
        self.camera.zoom_towards(point, delta, 0.5, 20_000.0);
        self.update_clip_planes();
    }

    fn pan(&mut self, dx: f32, dy: f32) {
        let dist = (self.camera.position() - self.camera.target()).magnitude();
        let h = self.canvas.client_height().max(1) as f32;
        let per_px = 2.0 * dist * (FOV_DEG.to_radians() * 0.5).tan() / h;
        let right = self.camera.right_direction().normalize();
        let up = self.camera.up_orthogonal().normalize();
        self.camera.translate((-right * dx + up * dy) * per_px);
    }
}
